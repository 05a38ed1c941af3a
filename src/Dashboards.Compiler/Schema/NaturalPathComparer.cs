namespace Dashboards.Model.Schema;

/// <summary>Orders JSON paths so that <c>panels[2]</c> comes before <c>panels[10]</c>.</summary>
internal sealed class NaturalPathComparer : IComparer<string>
{
    public static readonly NaturalPathComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return string.CompareOrdinal(x, y);
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var si = i;
                var sj = j;
                while (i < x.Length && char.IsAsciiDigit(x[i])) i++;
                while (j < y.Length && char.IsAsciiDigit(y[j])) j++;
                var a = x.AsSpan(si, i - si).TrimStart('0');
                var b = y.AsSpan(sj, j - sj).TrimStart('0');
                var byLength = a.Length.CompareTo(b.Length);
                if (byLength != 0) return byLength;
                var byDigits = a.SequenceCompareTo(b);
                if (byDigits != 0) return byDigits;
                continue;
            }

            var byChar = x[i].CompareTo(y[j]);
            if (byChar != 0) return byChar;
            i++;
            j++;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }
}
