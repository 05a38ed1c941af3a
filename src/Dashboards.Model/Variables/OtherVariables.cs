namespace Dashboards.Model;

/// <summary>A fixed list of options, e.g. <c>new CustomVariable("env", "prod", "staging")</c>.</summary>
public sealed record CustomVariable : SelectVariable<CustomVariable>
{
    public CustomVariable(string name, params string[] values) : base(name)
    {
        if (values.Length == 0) throw new ArgumentException($"Custom variable '{name}' needs at least one value.", nameof(values));
        foreach (var v in values)
            if (string.IsNullOrEmpty(v) || v.Contains(','))
                throw new ArgumentException($"Custom variable '{name}': value '{v}' is empty or contains ',' (Grafana's separator).", nameof(values));
        Values = [.. values];
    }

    public ImmutableArray<string> Values { get; }
}

/// <summary>A time span choice, e.g. <c>new IntervalVariable("window", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5))</c>.</summary>
public sealed record IntervalVariable : Variable<IntervalVariable>
{
    public IntervalVariable(string name, params TimeSpan[] intervals) : base(name)
    {
        if (intervals.Length == 0) throw new ArgumentException($"Interval variable '{name}' needs at least one interval.", nameof(intervals));
        Intervals = [.. intervals];
    }

    public ImmutableArray<TimeSpan> Intervals { get; }

    /// <summary>Offers an "auto" option dividing the time range into <see cref="AutoCount"/> steps of at least <see cref="AutoMin"/>.</summary>
    public bool Auto { get; init; }
    public int AutoCount { get; init; } = 30;
    public TimeSpan AutoMin { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan? Current { get; init; }

    public IntervalVariable WithAuto(int steps = 30, TimeSpan? minimum = null) =>
        this with { Auto = true, AutoCount = steps, AutoMin = minimum ?? AutoMin };
    public IntervalVariable WithCurrent(TimeSpan interval) => this with { Current = interval };
}

/// <summary>Lets users pick a datasource instance of one plugin type; reference it with <see cref="DataSourceRef.Variable"/>.</summary>
public sealed record DatasourceVariable : SelectVariable<DatasourceVariable>
{
    public DatasourceVariable(string name, string pluginType = DataSourceType.Prometheus) : base(name) =>
        PluginType = string.IsNullOrWhiteSpace(pluginType) ? throw new ArgumentException("A datasource variable needs a plugin type.", nameof(pluginType)) : pluginType;

    public string PluginType { get; }
    /// <summary>Only datasources whose name matches this regex are offered.</summary>
    public string? Regex { get; init; }

    public DatasourceVariable WithRegex(string regex) => this with { Regex = regex };

    /// <summary>The reference panels and targets use to query through this variable.</summary>
    public DataSourceRef Ref => DataSourceRef.Variable(Name, PluginType);
}

/// <summary>A hidden constant, e.g. a shared label filter.</summary>
public sealed record ConstantVariable : Variable<ConstantVariable>
{
    public ConstantVariable(string name, string value) : base(name)
    {
        Value = value ?? throw new ArgumentNullException(nameof(value));
        Hide = VariableHide.Variable;
    }

    public string Value { get; }
}

/// <summary>A free-text input with an optional default.</summary>
public sealed record TextboxVariable : Variable<TextboxVariable>
{
    public TextboxVariable(string name, string defaultValue = "") : base(name) => DefaultValue = defaultValue ?? "";

    public string DefaultValue { get; }
}

/// <summary>Ad hoc key/value filters added to every query of a datasource.</summary>
public sealed record AdhocVariable : Variable<AdhocVariable>
{
    public AdhocVariable(string name, DataSourceRef datasource) : base(name) =>
        Datasource = datasource ?? throw new ArgumentNullException(nameof(datasource));

    public DataSourceRef Datasource { get; }
}
