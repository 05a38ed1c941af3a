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
    public DashboardTimezone Timezone { get; init; } = DashboardTimezone.Browser;
    public bool Editable { get; init; } = true;
    public CursorSync GraphTooltip { get; init; } = CursorSync.Off;
    public TimeRange Time { get; init; } = TimeRange.Default;
    public Timepicker Timepicker { get; init; } = Timepicker.Default;
    /// <summary>Auto-refresh interval; null means off.</summary>
    public TimeSpan? Refresh { get; init; }
    public WeekStart WeekStart { get; init; } = WeekStart.Browser;
    /// <summary>0 = January … 11 = December.</summary>
    public int FiscalYearStartMonth { get; init; }
    public bool LiveNow { get; init; }

    /// <summary>Datasource used by panels, targets and query variables that name none.</summary>
    public DataSourceRef? DefaultDatasource { get; init; }

    public ImmutableArray<Panel> Panels { get; init; } = [];
    public ImmutableArray<RowPanel> Rows { get; init; } = [];
    public ImmutableArray<Variable> Variables { get; init; } = [];
    public ImmutableArray<Annotation> Annotations { get; init; } = [];
    public ImmutableArray<DashboardLink> Links { get; init; } = [];
    public ImmutableArray<RawField> RawFields { get; init; } = [];

    /// <summary>Lint rules turned off for this dashboard and its panels, each with a reason.</summary>
    public ImmutableArray<LintSilence> LintSilences { get; init; } = [];

    public Dashboard WithDescription(string description) => this with { Description = description };
    public Dashboard WithTags(params string[] tags) => this with { Tags = ImmutableArray.Create(tags ?? throw new ArgumentNullException(nameof(tags))) };
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
    public Dashboard AddPanels(params Panel[] panels) => this with { Panels = Panels.AddRange(panels) };
    public Dashboard AddRow(RowPanel row) => this with { Rows = Rows.Add(row ?? throw new ArgumentNullException(nameof(row))) };
    public Dashboard AddRows(params RowPanel[] rows) => this with { Rows = Rows.AddRange(rows) };
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
