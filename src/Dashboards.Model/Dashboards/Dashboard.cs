using System.Text.Json.Nodes;

namespace Dashboards.Model;

/// <summary>
/// A Grafana dashboard: <c>new Dashboard("bots-cost", "Bots / Cost").AddVariable(...).AddPanel(...).AddRow(...)</c>.
/// Immutable; every method returns a changed copy. Panels added with <see cref="AddPanel"/> come before all rows.
/// </summary>
public sealed record Dashboard
{
    /// <summary>The schemaVersion emitted (Grafana 12.x classic model).</summary>
    public const int SchemaVersion = 42;

    public Dashboard(string uid, string title)
    {
        Uid = uid ?? throw new ArgumentNullException(nameof(uid));
        Title = string.IsNullOrWhiteSpace(title) ? throw new ArgumentException("A dashboard needs a title.", nameof(title)) : title;
    }

    /// <summary>Stable id across Grafana instances: at most 40 characters of <c>A-Za-z0-9_-</c> (checked when compiling).</summary>
    public string Uid { get; init; }
    public string Title { get; init; }
    public string? Description { get; init; }
    public ImmutableArray<string> Tags { get; init; } = [];
    public DashboardTimezone Timezone { get => _settings.Timezone; init => _settings = _settings with { Timezone = value }; }
    public bool Editable { get => _settings.Editable; init => _settings = _settings with { Editable = value }; }
    public CursorSync GraphTooltip { get => _settings.GraphTooltip; init => _settings = _settings with { GraphTooltip = value }; }
    public TimeRange Time { get => _settings.Time; init => _settings = _settings with { Time = value }; }
    public Timepicker Timepicker { get => _settings.Timepicker; init => _settings = _settings with { Timepicker = value }; }
    /// <summary>Auto-refresh interval; null means off.</summary>
    public TimeSpan? Refresh { get => _settings.Refresh; init => _settings = _settings with { Refresh = value }; }
    public WeekStart WeekStart { get => _settings.WeekStart; init => _settings = _settings with { WeekStart = value }; }
    /// <summary>0 = January … 11 = December.</summary>
    public int FiscalYearStartMonth { get => _settings.FiscalYearStartMonth; init => _settings = _settings with { FiscalYearStartMonth = value }; }
    public bool LiveNow { get => _settings.LiveNow; init => _settings = _settings with { LiveNow = value }; }

    /// <summary>Datasource used by panels, targets and query variables that name none.</summary>
    public DataSourceRef? DefaultDatasource { get; init; }

    public ImmutableArray<Panel> Panels { get; init; } = [];
    public ImmutableArray<RowPanel> Rows { get; init; } = [];
    public ImmutableArray<Variable> Variables { get; init; } = [];
    public ImmutableArray<Annotation> Annotations { get => _settings.Annotations; init => _settings = _settings with { Annotations = value }; }
    public ImmutableArray<DashboardLink> Links { get => _settings.Links; init => _settings = _settings with { Links = value }; }
    public ImmutableArray<RawField> RawFields { get => _settings.RawFields; init => _settings = _settings with { RawFields = value }; }

    /// <summary>Lint rules turned off for this dashboard and its panels, each with a reason.</summary>
    public ImmutableArray<LintSilence> LintSilences { get => _settings.LintSilences; init => _settings = _settings with { LintSilences = value }; }

    // Every fluent call copies the dashboard, and building one is mostly adding variables, panels and rows. The settings
    // set once or never live in one immutable object that copies share, so a copy is nine fields instead of twenty-one.
    // It takes part in equality by value, like the fields it replaces.
    private readonly DashboardSettings _settings = DashboardSettings.None;

    private sealed record DashboardSettings
    {
        public static DashboardSettings None { get; } = new();

        public DashboardTimezone Timezone { get; init; } = DashboardTimezone.Browser;
        public bool Editable { get; init; } = true;
        public CursorSync GraphTooltip { get; init; } = CursorSync.Off;
        public TimeRange Time { get; init; } = TimeRange.Default;
        public Timepicker Timepicker { get; init; } = Timepicker.Default;
        public TimeSpan? Refresh { get; init; }
        public WeekStart WeekStart { get; init; } = WeekStart.Browser;
        public int FiscalYearStartMonth { get; init; }
        public bool LiveNow { get; init; }
        public ImmutableArray<Annotation> Annotations { get; init; } = [];
        public ImmutableArray<DashboardLink> Links { get; init; } = [];
        public ImmutableArray<RawField> RawFields { get; init; } = [];
        public ImmutableArray<LintSilence> LintSilences { get; init; } = [];
    }

    public Dashboard WithDescription(string description) => this with { Description = description };
    public Dashboard WithTags(params string[] tags) => WithTags((ReadOnlySpan<string>)(tags ?? throw new ArgumentNullException(nameof(tags))));

    /// <summary>Replaces the tags. (The span form spares a params array per call.)</summary>
    public Dashboard WithTags(params ReadOnlySpan<string> tags) => this with { Tags = ImmutableArray.Create(tags) };
    public Dashboard WithTimezone(DashboardTimezone timezone) => this with { Timezone = timezone };
    public Dashboard WithEditable(bool editable) => this with { Editable = editable };
    public Dashboard WithGraphTooltip(CursorSync sync) => this with { GraphTooltip = sync };
    public Dashboard WithTime(TimeRange time) => this with { Time = time };
    public Dashboard WithTime(string from, string to) => this with { Time = new TimeRange(from, to) };
    public Dashboard WithTimepicker(Timepicker timepicker) => this with { Timepicker = timepicker };
    public Dashboard WithRefresh(TimeSpan interval) => this with { Refresh = interval };
    public Dashboard WithWeekStart(WeekStart weekStart) => this with { WeekStart = weekStart };

    public Dashboard WithFiscalYearStartMonth(int month) =>
        month is >= 0 and <= 11 ? this with { FiscalYearStartMonth = month }
                                : throw new ArgumentOutOfRangeException(nameof(month), month, "Fiscal year start month goes from 0 (January) to 11.");

    public Dashboard WithLiveNow(bool liveNow = true) => this with { LiveNow = liveNow };
    public Dashboard WithDefaultDatasource(DataSourceRef datasource) => this with { DefaultDatasource = datasource };

    /// <summary>Adds a panel before the first row (panels after a row belong to that row: use <see cref="RowPanel.AddPanel"/>).</summary>
    public Dashboard AddPanel(Panel panel) => this with { Panels = Panels.Add(panel ?? throw new ArgumentNullException(nameof(panel))) };
    public Dashboard AddPanels(params Panel[] panels) => this with { Panels = Panels.AddRange((ReadOnlySpan<Panel>)(panels ?? throw new ArgumentNullException(nameof(panels)))) };
    public Dashboard AddRow(RowPanel row) => this with { Rows = Rows.Add(row ?? throw new ArgumentNullException(nameof(row))) };
    public Dashboard AddRows(params RowPanel[] rows) => this with { Rows = Rows.AddRange((ReadOnlySpan<RowPanel>)(rows ?? throw new ArgumentNullException(nameof(rows)))) };
    public Dashboard AddVariable(Variable variable) => this with { Variables = Variables.Add(variable ?? throw new ArgumentNullException(nameof(variable))) };
    public Dashboard AddAnnotation(Annotation annotation) => this with { Annotations = Annotations.Add(annotation ?? throw new ArgumentNullException(nameof(annotation))) };
    public Dashboard AddLink(DashboardLink link) => this with { Links = Links.Add(link ?? throw new ArgumentNullException(nameof(link))) };

    /// <summary>
    /// Escape hatch: sets <paramref name="path"/> (dot-separated, relative to the dashboard JSON) to <paramref name="value"/>
    /// after the model is emitted. Later calls win.
    /// </summary>
    public Dashboard WithRawField(string path, JsonNode? value) => this with { RawFields = RawFields.Add(new RawField(path, value)) };

    /// <summary>Turns lint rule <paramref name="ruleId"/> off for this dashboard and all its panels; <paramref name="reason"/> is required.</summary>
    public Dashboard SilenceLint(string ruleId, string reason) => this with { LintSilences = LintSilences.Add(new LintSilence(ruleId, reason)) };

    /// <summary>Number of panels including rows' panels (rows themselves not counted).</summary>
    public int PanelCount
    {
        get
        {
            var count = Panels.Length;
            foreach (var row in Rows) count += row.Panels.Length;
            return count;
        }
    }
}
