using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Dashboards.Import;

/// <summary>C# literals for generated code.</summary>
internal static class CSharp
{
    public static string Str(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    public static string Num(double d) =>
        d == Math.Floor(d) && Math.Abs(d) < 1e15 ? ((long)d).ToString(CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A JsonNode expression: primitives directly (JsonNode converts implicitly), objects and arrays parsed from a raw string.</summary>
    public static string Json(JsonNode? node, string indent)
    {
        switch (node)
        {
            case null: return "null";
            case JsonValue v when v.TryGetValue(out bool b): return b ? "true" : "false";
            case JsonValue v when v.TryGetValue(out string? s): return Str(s);
            case JsonValue when Numbers.Of(node) is { } d: return "JsonValue.Create(" + Num(d) + ")";
        }
        var text = node.ToJsonString();
        var longest = 0;
        for (int i = 0, run = 0; i < text.Length; i++) { run = text[i] == '"' ? run + 1 : 0; longest = Math.Max(longest, run); }
        var quotes = new string('"', Math.Max(3, longest + 1));
        return $"JsonNode.Parse({quotes}\n{indent}    {text}\n{indent}    {quotes})";
    }

    public static bool IsIdentifierPart(char c) => c < 128 && (char.IsLetterOrDigit(c) || c == '_');
}
