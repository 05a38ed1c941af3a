namespace Dashboards.Review.DataCheck.Grafana;

/// <summary>The value a variable has while a query is interpolated.</summary>
public abstract record VariableValue
{
    private protected VariableValue() { }
}

/// <summary>A built-in (<c>$__interval</c>, <c>$__range</c>, ...) or a constant: substituted as is, never escaped.</summary>
public sealed record RawValue(string Value) : VariableValue;

/// <summary>
/// A dashboard template variable set to some of its options, or to "All".
/// <paramref name="Multi"/> and <paramref name="IncludeAll"/> come from the variable definition and decide escaping
/// (Grafana's Prometheus datasource regex-escapes only variables that can hold several values).
/// </summary>
/// <param name="Values">The selected values; for "All", every option value.</param>
/// <param name="IsAll">"All" is selected.</param>
/// <param name="Multi">The variable allows several values.</param>
/// <param name="IncludeAll">The variable has an "All" option.</param>
/// <param name="AllValue">The variable's custom all value (e.g. <c>.*</c>), used verbatim when "All" is selected.</param>
public sealed record TemplateValue(IReadOnlyList<string> Values, bool IsAll, bool Multi, bool IncludeAll, string? AllValue = null) : VariableValue
{
    public static TemplateValue Single(string value) => new([value], IsAll: false, Multi: false, IncludeAll: false);
}
