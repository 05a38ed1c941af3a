
namespace Dashboards.EndToEnd.Tests.GrafanaTests;

public sealed class VariableResolverTests
{
    private static VariableDefinition Variable(bool multi = false, bool includeAll = false, string? allValue = null, params string[] current) =>
        new("v", "query", "label_values(v)", "prometheus", multi, includeAll, allValue, null, 0, current, []);

    [Theory]
    // {custom variable query, options}
    [InlineData("a,b , c", new[] { "a", "b", "c" })]
    [InlineData("Lab : lab, Office : office", new[] { "lab", "office" })]
    [InlineData("1\\,5,2", new[] { "1,5", "2" })]
    public void Reads_custom_variable_options(string query, string[] options) => Assert.Equal(options, VariableResolver.CustomOptions(query));

    [Fact]
    public void Regex_filters_and_captures()
    {
        string[] options = ["10.0.0.1:9100", "10.0.0.2:9100", "db:5432"];
        Assert.Equal(["10.0.0.1", "10.0.0.2"], VariableResolver.ApplyRegex(options, "/(.*):9100/"));
        Assert.Equal(["db"], VariableResolver.ApplyRegex(options, "/^(?<value>DB)/i"));
        Assert.Equal(options, VariableResolver.ApplyRegex(options, null));
    }

    [Fact]
    public void Sorts_like_grafana()
    {
        string[] options = ["b10", "a2", "B1"];
        Assert.Equal(["B1", "a2", "b10"], VariableResolver.Sort(options, 1));
        Assert.Equal(["B1", "a2", "b10"], VariableResolver.Sort(options, 3));
        Assert.Equal(["a2", "B1", "b10"], VariableResolver.Sort(options, 5));
        Assert.Equal(options, VariableResolver.Sort(options, 0));
    }

    private static string Describe(VariableValue? value) => value is TemplateValue t
        ? $"[{string.Join(",", t.Values)}] all={t.IsAll} multi={t.Multi} includeAll={t.IncludeAll} allValue={t.AllValue}"
        : $"{value}";

    [Fact]
    public void All_selection_uses_all_for_include_all_every_option_for_multi_and_current_for_single()
    {
        string[] options = ["a", "b"];
        Assert.Equal("[a,b] all=True multi=True includeAll=True allValue=.*",
            Describe(VariableResolver.Select(Variable(multi: true, includeAll: true, allValue: ".*"), options, VariableSelection.All)));
        Assert.Equal("[a,b] all=False multi=True includeAll=False allValue=",
            Describe(VariableResolver.Select(Variable(multi: true), options, VariableSelection.All)));
        Assert.Equal("[b] all=False multi=False includeAll=False allValue=",
            Describe(VariableResolver.Select(Variable(false, false, null, "b"), options, VariableSelection.All)));
        Assert.Equal("[a] all=False multi=False includeAll=False allValue=",
            Describe(VariableResolver.Select(Variable(false, false, null, "gone"), options, VariableSelection.All)));
    }

    [Fact]
    public void First_selection_takes_one_value_even_for_multi_value_variables()
    {
        var value = (TemplateValue)VariableResolver.Select(Variable(multi: true, includeAll: true), ["a", "b"], VariableSelection.First)!;
        Assert.Equal(["a"], value.Values);
        Assert.False(value.IsAll);
        Assert.Equal("x=~\"a\\\\.b\"", TemplateInterpolator.Interpolate("x=~\"$v\"",
            new Dictionary<string, VariableValue> { ["v"] = value with { Values = ["a.b"] } }).Text); // still regex-escaped
    }
}
