using System.Text.RegularExpressions;

namespace Dashboards.Model;

/// <summary>Where a variable shows on the dashboard.</summary>
public enum VariableHide { Nothing = 0, Label = 1, Variable = 2, InControlsMenu = 3 }

/// <summary>When a query variable reloads its options.</summary>
public enum VariableRefresh { Never = 0, OnDashboardLoad = 1, OnTimeRangeChange = 2 }

/// <summary>Order of a query variable's options.</summary>
public enum VariableSort
{
    Disabled = 0,
    AlphabeticalAscending = 1,
    AlphabeticalDescending = 2,
    NumericalAscending = 3,
    NumericalDescending = 4,
    AlphabeticalCaseInsensitiveAscending = 5,
    AlphabeticalCaseInsensitiveDescending = 6,
    NaturalAscending = 7,
    NaturalDescending = 8,
}

/// <summary>The selected option(s) of a variable.</summary>
public sealed record VariableSelection(ImmutableArray<string> Texts, ImmutableArray<string> Values)
{
    public static VariableSelection Of(string value) => new([value], [value]);
    public static VariableSelection Of(string text, string value) => new([text], [value]);
    public static VariableSelection All { get; } = new(["All"], ["$__all"]);
}

/// <summary>
/// A dashboard template variable. Closed hierarchy: <see cref="QueryVariable"/>, <see cref="CustomVariable"/>,
/// <see cref="IntervalVariable"/>, <see cref="DatasourceVariable"/>, <see cref="ConstantVariable"/>,
/// <see cref="TextboxVariable"/>, <see cref="AdhocVariable"/>.
/// </summary>
public abstract partial record Variable
{
    private protected Variable(string name)
    {
        // ASCII letters, digits and '_' settle the usual case without the regex (\w also takes other letters and digits).
        if (!IsAsciiWord(name) && !NamePattern().IsMatch(name ?? ""))
            throw new ArgumentException($"'{name}' is not a valid variable name (letters, digits and '_', not starting with '__').", nameof(name));
        if (name!.StartsWith("__", StringComparison.Ordinal))
            throw new ArgumentException($"Variable names starting with '__' are reserved for Grafana's built-ins ('{name}').", nameof(name));
        Name = name;
    }

    public string Name { get; }
    public string? Label { get; init; }
    public string? Description { get; init; }
    public VariableHide Hide { get; init; } = VariableHide.Nothing;
    public bool SkipUrlSync { get; init; }

    private static bool IsAsciiWord(string? name)
    {
        if (string.IsNullOrEmpty(name)) return false;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_') return false;
        }
        return true;
    }

    [GeneratedRegex(@"^\w+$")]
    private static partial Regex NamePattern();
}

/// <summary>Fluent members shared by all variable types.</summary>
public abstract record Variable<TSelf> : Variable where TSelf : Variable<TSelf>
{
    private protected Variable(string name) : base(name) { }

    public TSelf WithLabel(string label) => (TSelf)(this with { Label = label });
    public TSelf WithDescription(string description) => (TSelf)(this with { Description = description });
    public TSelf Hidden(VariableHide hide = VariableHide.Variable) => (TSelf)(this with { Hide = hide });
    public TSelf WithSkipUrlSync(bool skip = true) => (TSelf)(this with { SkipUrlSync = skip });
}

/// <summary>Members of variables that offer a list of options (query, custom, datasource).</summary>
public abstract record SelectVariable<TSelf> : Variable<TSelf> where TSelf : SelectVariable<TSelf>
{
    private protected SelectVariable(string name) : base(name) { }

    public bool Multi { get; init; }
    public bool IncludeAll { get; init; }
    /// <summary>Value sent when "All" is selected (e.g. <c>.*</c>); null sends every option.</summary>
    public string? AllValue { get; init; }
    public VariableSelection? Current { get; init; }

    public TSelf MultiSelect(bool multi = true) => (TSelf)(this with { Multi = multi });

    /// <summary>Adds an "All" option; <paramref name="allValue"/> (e.g. <c>.*</c>) replaces the list of every value.</summary>
    public TSelf WithAll(string? allValue = null) => (TSelf)(this with { IncludeAll = true, AllValue = allValue });
    public TSelf WithCurrent(VariableSelection current) => (TSelf)(this with { Current = current });
    public TSelf WithCurrent(string value) => WithCurrent(VariableSelection.Of(value));
}
