using System.Security.Cryptography;
using System.Text;

namespace Dashboards.Import;

/// <summary>C# names and Grafana uids made from titles.</summary>
public static class Naming
{
    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long",
        "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected", "public",
        "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch",
        "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void",
        "volatile", "while", "var", "dashboard",
    ];

    /// <summary>PascalCase words of <paramref name="title"/> (letters and digits only), e.g. "CPU / Memory" → "CpuMemory".</summary>
    public static string Pascal(string title, string fallback)
    {
        var sb = new StringBuilder();
        foreach (var word in Words(title))
        {
            var w = word.Length > 1 && word.All(char.IsUpper) ? word[0] + word[1..].ToLowerInvariant() : word;
            sb.Append(char.ToUpperInvariant(w[0])).Append(w.AsSpan(1));
        }
        var name = sb.Length == 0 ? fallback : sb.ToString();
        return char.IsDigit(name[0]) ? fallback + name : name;
    }

    /// <summary>camelCase local name from a title.</summary>
    public static string Camel(string title, string fallback)
    {
        var pascal = Pascal(title, fallback);
        var name = char.ToLowerInvariant(pascal[0]) + pascal[1..];
        return Keywords.Contains(name) ? name + "Panel" : name;
    }

    private static IEnumerable<string> Words(string title)
    {
        var sb = new StringBuilder();
        foreach (var c in title)
        {
            if (c < 128 && char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0) { yield return sb.ToString(); sb.Clear(); }
        }
        if (sb.Length > 0) yield return sb.ToString();
    }

    /// <summary>A stable Grafana uid for a title: its slug when short enough, else a slug prefix plus a hash.</summary>
    public static string Uid(string title)
    {
        var slug = string.Join('-', Words(title).Select(w => w.ToLowerInvariant()));
        if (slug.Length == 0) slug = "dashboard";
        if (slug.Length <= 40) return slug;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title)))[..8];
        return slug[..31].TrimEnd('-') + "-" + hash;
    }

    /// <summary>Makes <paramref name="name"/> unique within <paramref name="taken"/> by numbering repeats.</summary>
    public static string Unique(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var i = 2; !taken.Add(candidate); i++) candidate = name + i;
        return candidate;
    }
}
