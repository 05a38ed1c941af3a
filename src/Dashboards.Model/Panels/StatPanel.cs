namespace Dashboards.Model;

public enum StatGraphMode { None, Line, Area }
public enum StatColorMode { Value, Background, BackgroundSolid, None }
public enum StatJustifyMode { Auto, Center }
public enum StatTextMode { Auto, Value, ValueAndName, Name, None }
public enum PercentChangeColorMode { Standard, Inverted, SameAsValue }

/// <summary>Options of <see cref="StatPanel"/> (<c>options</c> of the <c>stat</c> plugin).</summary>
public sealed record StatOptions
{
    public static StatOptions Default { get; } = new();

    public StatGraphMode GraphMode { get; init; } = StatGraphMode.Area;
    public StatColorMode ColorMode { get; init; } = StatColorMode.Value;
    public StatJustifyMode JustifyMode { get; init; } = StatJustifyMode.Auto;
    public StatTextMode TextMode { get; init; } = StatTextMode.Auto;
    public bool WideLayout { get; init; } = true;
    public bool ShowPercentChange { get; init; }
    public PercentChangeColorMode PercentChangeColorMode { get; init; } = PercentChangeColorMode.Standard;
    public Orientation Orientation { get; init; } = Orientation.Auto;
    public ReduceOptions Reduce { get; init; } = ReduceOptions.Default;
    public TextSizes? Text { get; init; }
}

/// <summary>Single big value (<c>stat</c>).</summary>
public sealed record StatPanel : Panel<StatPanel>
{
    public StatPanel(string title) : base(title, 6, 4) { }

    public override string PluginId => "stat";

    public StatOptions Options { get; init; } = StatOptions.Default;

    public StatPanel GraphMode(StatGraphMode mode) => this with { Options = Options with { GraphMode = mode } };
    public StatPanel ColorMode(StatColorMode mode) => this with { Options = Options with { ColorMode = mode } };
    public StatPanel JustifyMode(StatJustifyMode mode) => this with { Options = Options with { JustifyMode = mode } };
    public StatPanel TextMode(StatTextMode mode) => this with { Options = Options with { TextMode = mode } };
    public StatPanel WideLayout(bool wide) => this with { Options = Options with { WideLayout = wide } };
    public StatPanel PercentChange(bool show = true, PercentChangeColorMode colorMode = PercentChangeColorMode.Standard) =>
        this with { Options = Options with { ShowPercentChange = show, PercentChangeColorMode = colorMode } };
    public StatPanel Orientation(Orientation orientation) => this with { Options = Options with { Orientation = orientation } };
    public StatPanel TextSize(TextSizes sizes) => this with { Options = Options with { Text = sizes } };

    /// <summary>How each series becomes one value, e.g. <c>r => r.Calc(Reducer.Last)</c>.</summary>
    public StatPanel Reduce(Func<ReduceOptions, ReduceOptions> configure) => this with { Options = Options with { Reduce = configure(Options.Reduce) } };

    /// <summary>Shortcut for <c>Reduce(r => r.Calc(reducer))</c>.</summary>
    public StatPanel Reduce(Reducer reducer) => Reduce(r => r.Calc(reducer));
}
