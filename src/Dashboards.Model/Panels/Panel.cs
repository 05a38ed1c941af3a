using System.Runtime.InteropServices;
using System.Text.Json.Nodes;

namespace Dashboards.Model;

public enum RepeatDirection { Horizontal, Vertical }

/// <summary>
/// A visualization panel. Closed hierarchy: one sealed record per Grafana panel type (<see cref="TimeSeriesPanel"/>,
/// <see cref="StatPanel"/>...). Common members live here; fluent methods are on <see cref="Panel{TSelf}"/>.
/// </summary>
public abstract record Panel
{
    private protected Panel(string title, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(title);
        Title = title;
        _settings = PanelSettings.OfSize(width, height);
    }

    /// <summary>Grafana's panel plugin id, e.g. <c>timeseries</c>.</summary>
    public abstract string PluginId { get; }

    public string Title { get; init; }

    public string? Description { get => _settings.Description; init => _settings = _settings with { Description = value }; }

    /// <summary>Panel datasource; null means the dashboard's default datasource (if any).</summary>
    public DataSourceRef? Datasource { get => _settings.Datasource; init => _settings = _settings with { Datasource = value }; }

    public ImmutableArray<Target> Targets { get; init; } = [];

    /// <summary>Standard field options (<c>fieldConfig.defaults</c> minus <c>custom</c>).</summary>
    public FieldDefaults Defaults { get; init; } = FieldDefaults.Empty;

    public ImmutableArray<FieldOverride> Overrides { get => _settings.Overrides; init => _settings = _settings with { Overrides = value }; }
    public ImmutableArray<Transformation> Transformations { get => _settings.Transformations; init => _settings = _settings with { Transformations = value }; }
    public ImmutableArray<PanelLink> Links { get => _settings.Links; init => _settings = _settings with { Links = value }; }

    /// <summary>Width in grid columns (1–24).</summary>
    public int Width { get => _settings.Width; init => _settings = _settings.WithSize(value, _settings.Height); }

    /// <summary>Height in grid units of 30 px.</summary>
    public int Height { get => _settings.Height; init => _settings = _settings.WithSize(_settings.Width, value); }

    /// <summary>Explicit top-left corner; null means the panel flows after the previous one.</summary>
    public (int X, int Y)? FixedPosition { get => _settings.FixedPosition; init => _settings = _settings with { FixedPosition = value }; }

    /// <summary>Template variable the panel repeats for.</summary>
    public string? RepeatVariable { get => _settings.RepeatVariable; init => _settings = _settings with { RepeatVariable = value }; }
    public RepeatDirection RepeatDirection { get => _settings.RepeatDirection; init => _settings = _settings with { RepeatDirection = value }; }
    public int? MaxPerRow { get => _settings.MaxPerRow; init => _settings = _settings with { MaxPerRow = value }; }

    /// <summary>Lower bound of <c>$__interval</c> for this panel.</summary>
    public TimeSpan? MinInterval { get => _settings.MinInterval; init => _settings = _settings with { MinInterval = value }; }
    public int? MaxDataPoints { get => _settings.MaxDataPoints; init => _settings = _settings with { MaxDataPoints = value }; }

    /// <summary>The panel's own time range instead of the dashboard's (last 24h, today so far, ...).</summary>
    public RelativeTime? RelativeTimeRange { get => _settings.RelativeTimeRange; init => _settings = _settings with { RelativeTimeRange = value }; }
    public TimeSpan? TimeShift { get => _settings.TimeShift; init => _settings = _settings with { TimeShift = value }; }
    public bool IsTransparent { get => _settings.IsTransparent; init => _settings = _settings with { IsTransparent = value }; }

    public ImmutableArray<RawField> RawFields { get => _settings.RawFields; init => _settings = _settings with { RawFields = value }; }

    /// <summary>Lint rules turned off for this panel, each with a reason.</summary>
    public ImmutableArray<LintSilence> LintSilences { get => _settings.LintSilences; init => _settings = _settings with { LintSilences = value }; }

    /// <summary>The panel with <paramref name="fields"/> added to its raw fields (the reader's unknown keys).</summary>
    internal static Panel WithRawFields(Panel panel, IEnumerable<RawField> fields) => panel with { RawFields = panel.RawFields.AddRange(fields) };

    // Every fluent call copies the panel, and most panels only ever set a title, queries and field defaults. The other
    // options, the size included, live in one immutable object that copies share, so a copy is a few fields instead of
    // twenty. It takes part in equality by value, like the fields it replaces.
    private readonly PanelSettings _settings = PanelSettings.None;

    private sealed record PanelSettings
    {
        public static PanelSettings None { get; } = new();

        // Settings that hold nothing but a size, shared: panels of a type start with the same size, and Size() on a
        // panel with no other settings picks another shared one instead of making a copy.
        private const int CachedHeights = 64;
        private static readonly PanelSettings?[] SizeOnly = new PanelSettings?[(GridPos.Columns + 1) * CachedHeights];

        public static PanelSettings OfSize(int width, int height)
        {
            if (width is < 0 or > GridPos.Columns || height is < 0 or >= CachedHeights) return None with { Width = width, Height = height };
            ref var slot = ref SizeOnly[width * CachedHeights + height];
            return slot ??= None with { Width = width, Height = height }; // a race makes two equal objects; either is fine
        }

        public PanelSettings WithSize(int width, int height)
        {
            if (width == Width && height == Height) return this;
            var sizeOnly = Width is >= 0 and <= GridPos.Columns && Height is >= 0 and < CachedHeights
                && ReferenceEquals(this, SizeOnly[Width * CachedHeights + Height]);
            return sizeOnly ? OfSize(width, height) : this with { Width = width, Height = height };
        }

        public int Width { get; init; }
        public int Height { get; init; }

        public string? Description { get; init; }
        public DataSourceRef? Datasource { get; init; }
        public ImmutableArray<FieldOverride> Overrides { get; init; } = [];
        public ImmutableArray<Transformation> Transformations { get; init; } = [];
        public ImmutableArray<PanelLink> Links { get; init; } = [];
        public (int X, int Y)? FixedPosition { get; init; }
        public string? RepeatVariable { get; init; }
        public RepeatDirection RepeatDirection { get; init; } = RepeatDirection.Horizontal;
        public int? MaxPerRow { get; init; }
        public TimeSpan? MinInterval { get; init; }
        public int? MaxDataPoints { get; init; }
        public RelativeTime? RelativeTimeRange { get; init; }
        public TimeSpan? TimeShift { get; init; }
        public bool IsTransparent { get; init; }
        public ImmutableArray<RawField> RawFields { get; init; } = [];
        public ImmutableArray<LintSilence> LintSilences { get; init; } = [];
    }
}

/// <summary>Fluent members shared by all panel types; each returns a changed copy of the concrete panel.</summary>
public abstract record Panel<TSelf> : Panel where TSelf : Panel<TSelf>
{
    private protected Panel(string title, int width, int height) : base(title, width, height) { }

    private TSelf Self(Panel<TSelf> copy) => (TSelf)copy;

    // ---- identity and data ----
    public TSelf WithTitle(string title) => Self(this with { Title = title ?? throw new ArgumentNullException(nameof(title)) });
    public TSelf WithDescription(string description) => Self(this with { Description = description });
    public TSelf WithDatasource(DataSourceRef datasource) => Self(this with { Datasource = datasource });

    /// <summary>Replaces the panel's queries.</summary>
    public TSelf WithTargets(params Target[] targets) =>
        WithTargets((ReadOnlySpan<Target>)(targets ?? throw new ArgumentNullException(nameof(targets))));

    /// <summary>Replaces the panel's queries. (The span form spares a params array per call.)</summary>
    public TSelf WithTargets(params ReadOnlySpan<Target> targets)
    {
        var copy = new Target[targets.Length];
        for (var i = 0; i < copy.Length; i++) copy[i] = targets[i]; // a panel has a few targets: cheaper than a bulk copy
        return Self(this with { Targets = ImmutableCollectionsMarshal.AsImmutableArray(copy) });
    }

    public TSelf AddTarget(Target target) => Self(this with { Targets = Targets.Add(target) });

    // ---- layout ----
    /// <summary>Size on the grid: <paramref name="w"/> columns of 24, <paramref name="h"/> units of 30 px.</summary>
    public TSelf Size(int w, int h) => Self(this with { Width = w, Height = h });

    /// <summary>Pins the top-left corner instead of flowing after the previous panel.</summary>
    public TSelf At(int x, int y) => Self(this with { FixedPosition = (x, y) });

    /// <summary>Pins position and size.</summary>
    public TSelf Position(int x, int y, int w, int h) => Self(this with { Width = w, Height = h, FixedPosition = (x, y) });

    // ---- standard field options ----
    public TSelf Unit(Unit unit) => Field(FieldDefaults.WithUnit(Defaults, unit));
    public TSelf Decimals(int decimals) =>
        decimals is >= 0 and <= 20 ? Field(Defaults with { Decimals = decimals })
                                   : throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimals go from 0 to 20.");
    public TSelf Min(double min) => Field(Defaults with { Min = min });
    public TSelf Max(double max) => Field(Defaults with { Max = max });
    public TSelf NoValue(string text) => Field(Defaults with { NoValue = text });
    public TSelf DisplayName(string displayName) => Field(Defaults with { DisplayName = displayName });
    public TSelf Thresholds(Thresholds thresholds) => Field(Defaults with { Thresholds = thresholds });
    public TSelf Mappings(params ValueMapping[] mappings) => Field(Defaults with { Mappings = Defaults.Mappings.AddRange((ReadOnlySpan<ValueMapping>)(mappings ?? throw new ArgumentNullException(nameof(mappings)))) });
    public TSelf Color(FieldColor color) => Field(Defaults with { Color = color });
    public TSelf DataLinks(params DataLink[] links) => Field(Defaults with { Links = Defaults.Links.AddRange((ReadOnlySpan<DataLink>)(links ?? throw new ArgumentNullException(nameof(links)))) });

    private TSelf Field(FieldDefaults defaults) => Self(this with { Defaults = defaults });

    // ---- overrides and transformations ----
    /// <summary>Overrides field options for the fields <paramref name="matcher"/> selects.</summary>
    public TSelf Override(FieldMatcher matcher, Func<FieldOverride, FieldOverride> configure) =>
        Override(configure(new FieldOverride(matcher)));

    public TSelf Override(FieldOverride fieldOverride) => Self(this with { Overrides = Overrides.Add(fieldOverride) });

    /// <summary>Appends transformations, applied in order.</summary>
    public TSelf Transform(params Transformation[] transformations) =>
        Self(this with { Transformations = Transformations.AddRange((ReadOnlySpan<Transformation>)(transformations ?? throw new ArgumentNullException(nameof(transformations)))) });

    // ---- behaviour ----
    public TSelf AddLink(PanelLink link) => Self(this with { Links = Links.Add(link) });

    /// <summary>Repeats the panel once per value of <paramref name="variable"/> (name without '$').</summary>
    public TSelf Repeat(string variable, RepeatDirection direction = RepeatDirection.Horizontal, int? maxPerRow = null)
    {
        if (string.IsNullOrWhiteSpace(variable) || variable.StartsWith('$'))
            throw new ArgumentException("Give the variable name without '$'.", nameof(variable));
        return Self(this with { RepeatVariable = variable, RepeatDirection = direction, MaxPerRow = maxPerRow });
    }

    public TSelf WithMinInterval(TimeSpan interval) => Self(this with { MinInterval = interval });
    public TSelf WithMaxDataPoints(int points) =>
        points > 0 ? Self(this with { MaxDataPoints = points }) : throw new ArgumentOutOfRangeException(nameof(points), points, "maxDataPoints must be positive.");

    /// <summary>Shows <paramref name="time"/> (e.g. <see cref="RelativeTime.Today"/>) instead of the dashboard time range.</summary>
    public TSelf WithRelativeTime(RelativeTime time) =>
        Self(this with { RelativeTimeRange = time ?? throw new ArgumentNullException(nameof(time)) });

    /// <summary>Shows the last <paramref name="span"/> instead of the dashboard time range.</summary>
    public TSelf WithRelativeTime(TimeSpan span) => WithRelativeTime(RelativeTime.Last(span));
    public TSelf WithTimeShift(TimeSpan shift) => Self(this with { TimeShift = shift });
    public TSelf Transparent(bool transparent = true) => Self(this with { IsTransparent = transparent });

    /// <summary>Turns lint rule <paramref name="ruleId"/> off for this panel; <paramref name="reason"/> is required.</summary>
    public TSelf SilenceLint(string ruleId, string reason) => Self(this with { LintSilences = LintSilences.Add(new LintSilence(ruleId, reason)) });

    /// <summary>
    /// Escape hatch: sets <paramref name="path"/> (dot-separated, relative to the panel JSON, e.g. <c>options.someNewFlag</c>)
    /// to <paramref name="value"/> after the model is emitted. Later calls win.
    /// </summary>
    public TSelf WithRawField(string path, JsonNode? value) => Self(this with { RawFields = RawFields.Add(new RawField(path, value)) });
}
