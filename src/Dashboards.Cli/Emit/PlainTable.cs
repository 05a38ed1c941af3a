using System.Text;

namespace Dashboards.Cli.Emit;

/// <summary>
/// Writes the summary table as Spectre.Console's rounded table renders it on a console without colours, for the simple
/// case (printable ASCII, fits the width); anything else is left to Spectre. A test compares the two.
/// </summary>
internal static class PlainTable
{
    /// <summary>Writes the table and returns true, or writes nothing and returns false (Spectre must render it).</summary>
    public static bool TryWrite(TextWriter output, string[] headers, bool[] rightAligned, IReadOnlyList<string[]> rows, int maxWidth)
    {
        var widths = new int[headers.Length];
        for (var c = 0; c < headers.Length; c++)
        {
            if (!IsPlain(headers[c])) return false;
            widths[c] = headers[c].Length;
        }
        foreach (var row in rows)
        {
            if (row.Length != headers.Length) return false;
            for (var c = 0; c < row.Length; c++)
            {
                if (!IsPlain(row[c])) return false;
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }
        if (widths.Sum() + 3 * widths.Length + 1 > maxWidth) return false; // Spectre would shrink and wrap columns

        var text = new StringBuilder();
        Rule(text, widths, '╭', '┬', '╮');
        Row(text, widths, rightAligned, headers);
        if (rows.Count > 0) Rule(text, widths, '├', '┼', '┤'); // Spectre draws no separator under a header alone
        foreach (var row in rows) Row(text, widths, rightAligned, row);
        Rule(text, widths, '╰', '┴', '╯');
        output.Write(text.ToString());
        return true;
    }

    private static void Rule(StringBuilder text, int[] widths, char left, char middle, char right)
    {
        text.Append(left);
        for (var c = 0; c < widths.Length; c++)
        {
            if (c > 0) text.Append(middle);
            text.Append('─', widths[c] + 2);
        }
        text.Append(right).Append(Environment.NewLine);
    }

    private static void Row(StringBuilder text, int[] widths, bool[] rightAligned, string[] cells)
    {
        text.Append('│');
        for (var c = 0; c < widths.Length; c++)
        {
            var pad = widths[c] - cells[c].Length;
            text.Append(' ');
            if (rightAligned[c]) text.Append(' ', pad).Append(cells[c]);
            else text.Append(cells[c]).Append(' ', pad);
            text.Append(" │");
        }
        text.Append(Environment.NewLine);
    }

    // Printable ASCII only: one cell per character, nothing Spectre would treat as markup or wrap differently.
    private static bool IsPlain(string text)
    {
        foreach (var c in text)
            if (c is < ' ' or > '~') return false;
        return text.Length > 0 && text[0] != ' ' && text[^1] != ' ';
    }
}
