namespace Dashboards.Model.Json;

internal static partial class DashboardJsonMapper
{
    private static PanelEntryDto[] MapPanels(Dashboard dashboard, DashboardLayout layout)
    {
        var count = dashboard.Panels.Length;
        foreach (var row in dashboard.Rows) count += 1 + (row.IsCollapsed ? 0 : row.Panels.Length);
        var entries = new PanelEntryDto[count];
        var defaultDs = dashboard.DefaultDatasource;
        int site = 0, next = 0;
        foreach (var panel in dashboard.Panels)
        {
            entries[next++] = MapPanel(panel, site + 1, layout.Positions[site], defaultDs);
            site++;
        }
        foreach (var row in dashboard.Rows)
        {
            var rowSite = site++;
            var rowDs = row.Datasource ?? defaultDs;
            var children = new PanelDto[row.Panels.Length];
            for (var i = 0; i < children.Length; i++, site++)
                children[i] = MapPanel(row.Panels[i], site + 1, layout.Positions[site], rowDs);
            entries[next++] = new RowPanelDto
            {
                Id = rowSite + 1,
                Title = row.Title,
                Collapsed = row.IsCollapsed,
                GridPos = Map(layout.Positions[rowSite]),
                Datasource = Map(row.Datasource),
                Repeat = row.RepeatVariable,
                Panels = row.IsCollapsed ? children : [],
            };
            if (!row.IsCollapsed)
                foreach (var child in children) entries[next++] = child;
        }
        return entries;
    }

    private static GridPosDto Map(GridPos pos) => new() { H = pos.H, W = pos.W, X = pos.X, Y = pos.Y };

    /// <summary>The datasource a panel's targets use when they name none: the panel's, else the row's or dashboard's.</summary>
    internal static DataSourceRef? TargetDefault(Panel panel, DataSourceRef? inherited) => panel.Datasource ?? inherited;

    private static readonly DataSourceRefDto MixedDatasource = new() { Type = "datasource", Uid = "-- Mixed --" };

    /// <summary>
    /// The panel's own datasource field: the one datasource all its targets use, or Grafana's "-- Mixed --" when
    /// they use several (Grafana runs every query on the panel datasource unless it is mixed).
    /// </summary>
    private static DataSourceRefDto? PanelDatasource(Panel panel, DataSourceRef? targetDefault)
    {
        if (panel.Targets.IsDefaultOrEmpty) return Map(panel.Datasource);
        var common = panel.Datasource;
        foreach (var target in panel.Targets)
        {
            var effective = target.Datasource ?? targetDefault;
            if (effective is null) continue;
            if (common is null) common = effective;
            else if (effective.Type != common.Type || effective.Uid != common.Uid) return MixedDatasource;
        }
        return Map(common);
    }

    private static PanelDto MapPanel(Panel panel, int id, GridPos pos, DataSourceRef? inheritedDs)
    {
        var targetDefault = TargetDefault(panel, inheritedDs);
        return new PanelDto
        {
            Type = panel.PluginId,
            Id = id,
            Title = panel.Title,
            Description = panel.Description,
            Transparent = panel.IsTransparent ? true : null,
            GridPos = Map(pos),
            Datasource = PanelDatasource(panel, targetDefault),
            Links = panel.Links.IsDefaultOrEmpty ? null : MapPanelLinks(panel.Links),
            Repeat = panel.RepeatVariable,
            RepeatDirection = panel.RepeatVariable is null ? null : GrafanaNames.Of(panel.RepeatDirection),
            MaxPerRow = panel.RepeatVariable is null ? null : panel.MaxPerRow,
            Interval = panel.MinInterval is { } interval ? GrafanaDuration.Format(interval) : null,
            MaxDataPoints = panel.MaxDataPoints,
            TimeFrom = panel.RelativeTimeRange is { } from ? TimeFrom(from) : null,
            TimeShift = panel.TimeShiftValue is { } shift ? GrafanaDuration.Format(shift) : null,
            Targets = panel.Targets.IsDefaultOrEmpty ? null : MapTargets(panel.Targets, targetDefault),
            Transformations = panel.Transformations.IsDefaultOrEmpty ? null : MapTransformations(panel.Transformations),
            FieldConfig = new FieldConfigDto { Defaults = MapDefaults(panel.Defaults, CustomOf(panel)), Overrides = MapOverrides(panel.Overrides) },
            Options = OptionsOf(panel),
        };
    }

    // Grafana reads a bare span as "now-<span>" and a "now/<unit>" as from the start of that unit to now.
    private static string TimeFrom(RelativeTime time) => time switch
    {
        LastSpan last => GrafanaDuration.Format(last.Span),
        PeriodSoFar soFar => "now/" + GrafanaNames.Of(soFar.Period),
        _ => throw new NotSupportedException($"Relative time {time.GetType().Name} has no JSON mapping."),
    };

    private static DashboardLinkDto[] MapPanelLinks(ImmutableArray<PanelLink> links)
    {
        var result = new DashboardLinkDto[links.Length];
        for (var i = 0; i < links.Length; i++)
            result[i] = new DashboardLinkDto
            {
                Title = links[i].Title, Type = "link", Icon = "external link", Tooltip = "", Url = links[i].Url, Tags = [],
                AsDropdown = false, TargetBlank = links[i].TargetBlank, IncludeVars = false, KeepTime = false,
            };
        return result;
    }

    // ---- options per panel type ----

    private static OptionsDto OptionsOf(Panel panel) => panel switch
    {
        TimeSeriesPanel p => new TimeSeriesOptionsDto { Legend = Map(p.LegendOptions), Tooltip = Map(p.TooltipOptions) },
        StatPanel p => new StatOptionsDto
        {
            ReduceOptions = Map(p.Options.Reduce),
            Orientation = GrafanaNames.Of(p.Options.Orientation),
            GraphMode = GrafanaNames.Of(p.Options.GraphMode),
            ColorMode = GrafanaNames.Of(p.Options.ColorMode),
            JustifyMode = GrafanaNames.Of(p.Options.JustifyMode),
            TextMode = GrafanaNames.Of(p.Options.TextMode),
            WideLayout = p.Options.WideLayout,
            ShowPercentChange = p.Options.ShowPercentChange,
            PercentChangeColorMode = GrafanaNames.Of(p.Options.PercentChangeColorMode),
            Text = Map(p.Options.Text),
        },
        GaugePanel p => new GaugeOptionsDto
        {
            ReduceOptions = Map(p.Options.Reduce),
            Orientation = GrafanaNames.Of(p.Options.Orientation),
            ShowThresholdLabels = p.Options.ShowThresholdLabels,
            ShowThresholdMarkers = p.Options.ShowThresholdMarkers,
            Sizing = GrafanaNames.Of(p.Options.Sizing),
            MinVizWidth = p.Options.MinVizWidth,
            MinVizHeight = p.Options.MinVizHeight,
            Text = Map(p.Options.Text),
        },
        BarGaugePanel p => new BarGaugeOptionsDto
        {
            ReduceOptions = Map(p.Options.Reduce),
            Orientation = GrafanaNames.Of(p.Options.Orientation),
            DisplayMode = GrafanaNames.Of(p.Options.DisplayMode),
            ValueMode = GrafanaNames.Of(p.Options.ValueMode),
            NamePlacement = GrafanaNames.Of(p.Options.NamePlacement),
            ShowUnfilled = p.Options.ShowUnfilled,
            Sizing = GrafanaNames.Of(p.Options.Sizing),
            MinVizWidth = p.Options.MinVizWidth,
            MinVizHeight = p.Options.MinVizHeight,
            MaxVizHeight = p.Options.MaxVizHeight,
            Legend = Map(p.Options.Legend),
            Text = Map(p.Options.Text),
        },
        TablePanel p => MapTableOptions(p.Options),
        PieChartPanel p => new PieChartOptionsDto
        {
            ReduceOptions = Map(p.Options.Reduce),
            Orientation = GrafanaNames.Of(p.Options.Orientation),
            PieType = GrafanaNames.Of(p.Options.PieType),
            DisplayLabels = MapAll(p.Options.DisplayLabels, GrafanaNames.Of),
            Legend = new PieChartLegendDto
            {
                DisplayMode = GrafanaNames.Of(p.Options.Legend.DisplayMode),
                Placement = GrafanaNames.Of(p.Options.Legend.PlacementValue),
                ShowLegend = p.Options.Legend.ShowLegend,
                Calcs = MapAll(p.Options.Legend.CalcsValue, r => r.Id),
                Values = MapAll(p.Options.LegendValues, GrafanaNames.Of),
                SortBy = p.Options.Legend.SortByValue,
                SortDesc = p.Options.Legend.SortDescending,
                Width = p.Options.Legend.WidthValue,
            },
            Tooltip = Map(p.Options.Tooltip),
            Text = Map(p.Options.Text),
        },
        HeatmapPanel p => MapHeatmapOptions(p.Options),
        NodeGraphPanel p => new NodeGraphOptionsDto
        {
            Nodes = new NodeGraphNodesDto
            {
                MainStatUnit = p.Options.NodeMainStatUnit?.Id,
                SecondaryStatUnit = p.Options.NodeSecondaryStatUnit?.Id,
                Arcs = p.Options.Arcs.IsDefaultOrEmpty ? null : MapAll(p.Options.Arcs, a => new NodeArcDto { Field = a.Field, Color = a.Color.Value }),
            },
            Edges = new NodeGraphEdgesDto { MainStatUnit = p.Options.EdgeMainStatUnit?.Id, SecondaryStatUnit = p.Options.EdgeSecondaryStatUnit?.Id },
            ZoomMode = p.Options.ZoomMode is { } zoom ? GrafanaNames.Of(zoom) : null,
        },
        TextPanel p => new TextOptionsDto
        {
            Mode = GrafanaNames.Of(p.Mode),
            Code = p.Mode == TextMode.Code
                ? new TextCodeDto { Language = GrafanaNames.Of(p.Language), ShowLineNumbers = p.ShowLineNumbers, ShowMiniMap = p.ShowMiniMap }
                : null,
            Content = p.Content,
        },
        LogsPanel p => new LogsOptionsDto
        {
            ShowTime = p.Options.ShowTime,
            ShowLabels = p.Options.ShowLabels,
            ShowCommonLabels = p.Options.ShowCommonLabels,
            WrapLogMessage = p.Options.WrapLogMessage,
            PrettifyLogMessage = p.Options.PrettifyLogMessage,
            EnableLogDetails = p.Options.EnableLogDetails,
            ShowLogContextToggle = p.Options.ShowLogContextToggle,
            EnableInfiniteScrolling = p.Options.EnableInfiniteScrolling,
            SortOrder = GrafanaNames.Of(p.Options.SortOrder),
            DedupStrategy = GrafanaNames.Of(p.Options.DedupStrategy),
        },
        BarChartPanel p => new BarChartOptionsDto
        {
            XField = p.Options.XField,
            ColorByField = p.Options.ColorByField,
            Orientation = GrafanaNames.Of(p.Options.Orientation),
            BarRadius = p.Options.BarRadius,
            XTickLabelRotation = p.Options.XTickLabelRotation,
            XTickLabelMaxLength = p.Options.XTickLabelMaxLength,
            XTickLabelSpacing = p.Options.XTickLabelSpacing,
            Stacking = GrafanaNames.Of(p.Options.Stacking),
            ShowValue = GrafanaNames.Of(p.Options.ShowValue),
            BarWidth = p.Options.BarWidth,
            GroupWidth = p.Options.GroupWidth,
            FullHighlight = p.Options.FullHighlight,
            Legend = Map(p.Options.Legend),
            Tooltip = Map(p.Options.Tooltip),
            Text = Map(p.Options.Text),
        },
        StateTimelinePanel p => new StateTimelineOptionsDto
        {
            ShowValue = GrafanaNames.Of(p.Options.ShowValue),
            RowHeight = p.Options.RowHeight,
            MergeValues = p.Options.MergeValues,
            AlignValue = GrafanaNames.Of(p.Options.AlignValue),
            PerPage = p.Options.PerPage,
            Legend = Map(p.Options.Legend),
            Tooltip = Map(p.Options.Tooltip),
        },
        _ => throw new NotSupportedException($"Panel type {panel.GetType().Name} has no JSON mapping."),
    };

    private static TableOptionsDto MapTableOptions(TableOptions o) => new()
    {
        ShowHeader = o.ShowHeader,
        FrameIndex = o.FrameIndex,
        ShowTypeIcons = o.ShowTypeIcons,
        SortBy = MapAll(o.SortBy, s => new TableSortDto { DisplayName = s.DisplayName, Desc = s.Descending }),
        Footer = o.Footer is { } f
            ? new TableFooterDto
            {
                Show = true,
                Reducer = MapAll(f.Reducers, r => r.Id),
                Fields = f.Fields.IsDefaultOrEmpty ? null : [.. f.Fields],
                CountRows = f.CountRows ? true : null,
                EnablePagination = f.EnablePagination ? true : null,
            }
            : null,
        CellHeight = o.CellHeight is { } h ? GrafanaNames.Of(h) : null,
    };

    private static HeatmapOptionsDto MapHeatmapOptions(HeatmapOptions o) => new()
    {
        Calculate = o.Calculate,
        Color = new HeatmapColorDto
        {
            Mode = GrafanaNames.Of(o.Color.Mode),
            Scheme = o.Color.Scheme,
            Fill = o.Color.Fill.Value,
            Scale = GrafanaNames.Of(o.Color.Scale),
            Exponent = o.Color.Exponent,
            Steps = o.Color.Steps,
            Reverse = o.Color.Reverse,
            Min = o.Color.Min,
            Max = o.Color.Max,
        },
        RowsFrame = o.RowsLayout is { } layout ? new HeatmapRowsFrameDto { Layout = GrafanaNames.Of(layout) } : null,
        ShowValue = GrafanaNames.Of(o.ShowValue),
        CellGap = o.CellGap,
        CellValues = o.CellUnit is null && o.CellDecimals is null ? null : new HeatmapCellValuesDto { Unit = o.CellUnit?.Id, Decimals = o.CellDecimals },
        YAxis = new HeatmapYAxisDto
        {
            Unit = o.YAxisUnit?.Id,
            Reverse = o.YAxisReverse,
            Decimals = o.YAxisDecimals,
            AxisPlacement = o.YAxis.PlacementValue is { } placement ? GrafanaNames.Of(placement) : GrafanaNames.Of(AxisPlacement.Left),
            AxisLabel = o.YAxis.LabelValue,
            AxisWidth = o.YAxis.WidthValue,
            AxisSoftMin = o.YAxis.SoftMinValue,
            AxisSoftMax = o.YAxis.SoftMaxValue,
            ScaleDistribution = Map(o.YAxis.ScaleValue),
        },
        Legend = new HeatmapLegendDto { Show = o.ShowLegend },
        Tooltip = new HeatmapTooltipDto { Mode = GrafanaNames.Of(o.TooltipMode), YHistogram = o.TooltipYHistogram, ShowColorScale = o.TooltipShowColorScale },
        Exemplars = new HeatmapExemplarsDto { Color = o.ExemplarColor.Value },
    };

    // ---- shared option groups ----

    private static LegendDto Map(LegendOptions l) => new()
    {
        DisplayMode = GrafanaNames.Of(l.DisplayMode),
        Placement = GrafanaNames.Of(l.PlacementValue),
        ShowLegend = l.ShowLegend,
        Calcs = MapAll(l.CalcsValue, r => r.Id),
        SortBy = l.SortByValue,
        SortDesc = l.SortDescending,
        Width = l.WidthValue,
    };

    private static TooltipDto Map(TooltipOptions t) => new()
    {
        Mode = GrafanaNames.Of(t.ModeValue),
        Sort = GrafanaNames.Of(t.SortValue),
        HideZeros = t.HideZerosValue,
    };

    private static ReduceOptionsDto Map(ReduceOptions r) => new()
    {
        Values = r.Values,
        Calcs = MapAll(r.Calcs, c => c.Id),
        Fields = r.Fields ?? "",
        Limit = r.Limit,
    };

    private static TextSizesDto? Map(TextSizes? t) =>
        t is null ? null : new TextSizesDto { TitleSize = t.TitleSize, ValueSize = t.ValueSize, PercentSize = t.PercentSize };

    private static ScaleDistributionDto? Map(ScaleDistribution? s) =>
        s is null ? null : new ScaleDistributionDto { Type = GrafanaNames.Of(s.Type), Log = s.LogBase, LinearThreshold = s.LinearThreshold };

    private static TResult[] MapAll<T, TResult>(ImmutableArray<T> items, Func<T, TResult> map)
    {
        if (items.IsDefaultOrEmpty) return [];
        var result = new TResult[items.Length];
        for (var i = 0; i < result.Length; i++) result[i] = map(items[i]);
        return result;
    }
}
