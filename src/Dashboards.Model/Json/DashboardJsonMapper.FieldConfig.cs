using System.Text.Json.Nodes;

namespace Dashboards.Model.Json;

internal static partial class DashboardJsonMapper
{
    private static FieldDefaultsDto MapDefaults(FieldDefaults d, CustomDto? custom) => new()
    {
        DisplayName = d.DisplayName,
        Unit = d.Unit?.Id,
        Decimals = d.Decimals,
        Min = d.Min,
        Max = d.Max,
        NoValue = d.NoValue,
        Color = Map(d.Color),
        Thresholds = Map(d.Thresholds),
        Mappings = d.Mappings.IsDefaultOrEmpty ? null : Map(d.Mappings),
        Links = d.Links.IsDefaultOrEmpty ? null : MapAll(d.Links, l => new DataLinkDto { Title = l.Title, Url = l.Url, TargetBlank = l.TargetBlank ? true : null }),
        Custom = custom,
    };

    private static FieldColorDto? Map(FieldColor? c) => c is null ? null : new FieldColorDto
    {
        Mode = GrafanaNames.Of(c.Mode),
        FixedColor = c.FixedColor?.Value,
        SeriesBy = c.SeriesBy is { } by ? GrafanaNames.Of(by) : null,
    };

    private static ThresholdsDto? Map(Thresholds? t) => t is null ? null : new ThresholdsDto
    {
        Mode = GrafanaNames.Of(t.Mode),
        Steps = MapAll(t.Steps, s => new ThresholdStepDto { Color = s.Color.Value, Value = s.Value }),
    };

    private static MappingDto[] Map(ImmutableArray<ValueMapping> mappings)
    {
        var result = new MappingDto[mappings.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var m = mappings[i];
            var r = new MappingResultDto { Text = m.Result.Text, Color = m.Result.Color?.Value, Icon = m.Result.Icon, Index = i };
            result[i] = m switch
            {
                ValueMatch v => new ValueMapDto { Options = new JsonMapDto([new(v.MatchedValue, r)]) },
                RangeMatch g => new RangeMapDto { Options = new RangeMapOptionsDto { From = g.From, To = g.To, Result = r } },
                RegexMatch x => new RegexMapDto { Options = new RegexMapOptionsDto { Pattern = x.Pattern, Result = r } },
                SpecialMatch s => new SpecialMapDto { Options = new SpecialMapOptionsDto { Match = GrafanaNames.Of(s.Match), Result = r } },
                _ => throw new NotSupportedException($"Mapping {m.GetType().Name} has no JSON mapping."),
            };
        }
        return result;
    }

    // ---- custom (plugin) field options ----

    private static CustomDto? CustomOf(Panel panel) => panel switch
    {
        TimeSeriesPanel p => MapGraph(p.GraphStyle, p.AxisOptions),
        TablePanel p => MapTableColumns(p.Columns),
        BarChartPanel p => new BarChartCustomDto
        {
            LineWidth = p.LineWidthValue,
            FillOpacity = p.FillOpacityValue,
            GradientMode = GrafanaNames.Of(p.GradientModeValue),
            ThresholdsStyle = p.ThresholdsStyleValue is { } ts ? new ThresholdsStyleDto { Mode = GrafanaNames.Of(ts) } : null,
            AxisPlacement = p.AxisOptions.PlacementValue is { } ap ? GrafanaNames.Of(ap) : null,
            AxisColorMode = p.AxisOptions.ColorModeValue is { } acm ? GrafanaNames.Of(acm) : null,
            AxisLabel = p.AxisOptions.LabelValue,
            AxisWidth = p.AxisOptions.WidthValue,
            AxisSoftMin = p.AxisOptions.SoftMinValue,
            AxisSoftMax = p.AxisOptions.SoftMaxValue,
            AxisGridShow = p.AxisOptions.GridShow,
            AxisCenteredZero = p.AxisOptions.CenteredZeroValue,
            AxisBorderShow = p.AxisOptions.BorderShow,
            ScaleDistribution = Map(p.AxisOptions.ScaleValue),
        },
        StateTimelinePanel p => new StateTimelineCustomDto { LineWidth = p.LineWidthValue, FillOpacity = p.FillOpacityValue, SpanNulls = p.SpanNullsValue },
        PieChartPanel => new HideableCustomDto { HideFrom = new HideFromDto { Legend = false, Tooltip = false, Viz = false } },
        _ => null,
    };

    private static GraphCustomDto MapGraph(GraphStyle s, AxisOptions a) => new()
    {
        DrawStyle = GrafanaNames.Of(s.DrawStyleValue),
        LineInterpolation = s.InterpolationValue is { } li ? GrafanaNames.Of(li) : null,
        LineWidth = s.LineWidthValue,
        FillOpacity = s.FillOpacityValue,
        GradientMode = s.GradientModeValue is { } gm ? GrafanaNames.Of(gm) : null,
        ShowPoints = GrafanaNames.Of(s.ShowPointsValue),
        PointSize = s.PointSizeValue,
        SpanNulls = s.SpanNullsValue,
        BarAlignment = s.DrawStyleValue == DrawStyle.Bars && s.BarAlignmentValue is { } ba ? (int)ba : null,
        Stacking = s.StackingValue is { } st ? new StackingDto { Mode = GrafanaNames.Of(st.Mode), Group = st.Group } : null,
        ThresholdsStyle = s.ThresholdsStyleValue is { } ts ? new ThresholdsStyleDto { Mode = GrafanaNames.Of(ts) } : null,
        AxisPlacement = a.PlacementValue is { } ap ? GrafanaNames.Of(ap) : null,
        AxisColorMode = a.ColorModeValue is { } acm ? GrafanaNames.Of(acm) : null,
        AxisLabel = a.LabelValue,
        AxisWidth = a.WidthValue,
        AxisSoftMin = a.SoftMinValue,
        AxisSoftMax = a.SoftMaxValue,
        AxisGridShow = a.GridShow,
        AxisCenteredZero = a.CenteredZeroValue,
        AxisBorderShow = a.BorderShow,
        ScaleDistribution = Map(a.ScaleValue),
    };

    private static TableCustomDto MapTableColumns(TableColumns c) => new()
    {
        Align = GrafanaNames.Of(c.Align),
        CellOptions = MapCell(c.CellType, c.WrapText),
        Inspect = c.Inspect,
        Filterable = c.Filterable ? true : null,
        Width = c.Width,
        MinWidth = c.MinWidth,
    };

    private static TableCellOptionsDto MapCell(TableCellType type, bool? wrapText = null)
    {
        var (id, mode) = GrafanaNames.Of(type);
        return new TableCellOptionsDto { Type = id, Mode = mode, WrapText = wrapText };
    }

    // ---- overrides ----

    private static OverrideDto[] MapOverrides(ImmutableArray<FieldOverride> overrides)
    {
        if (overrides.IsDefaultOrEmpty) return [];
        var result = new OverrideDto[overrides.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var o = overrides[i];
            result[i] = new OverrideDto
            {
                Matcher = new MatcherDto { Id = o.Matcher.Id, Options = o.Matcher.Options },
                Properties = MapAll(o.Properties, p => new DynamicConfigValueDto { Id = p.Id, Value = MapOverrideValue(p.Value) }),
            };
        }
        return result;
    }

    private static object? MapOverrideValue(object value) => value switch
    {
        string or int or double or bool => value,
        Unit u => u.Id,
        FieldColor c => Map(c),
        Thresholds t => Map(t),
        ImmutableArray<ValueMapping> m => Map(m),
        HideFrom h => new HideFromDto { Legend = h.Legend, Tooltip = h.Tooltip, Viz = h.Viz },
        Stacking s => new StackingDto { Mode = GrafanaNames.Of(s.Mode), Group = s.Group },
        DrawStyle d => GrafanaNames.Of(d),
        AxisPlacement a => GrafanaNames.Of(a),
        GraphTransform g => GrafanaNames.Of(g),
        TextAlignment t => GrafanaNames.Of(t),
        TableCellType c => MapCell(c),
        JsonNode n => n.DeepClone(),
        RawNull => null,
        _ => throw new NotSupportedException($"Override value {value.GetType().Name} has no JSON mapping."),
    };

    // ---- transformations ----

    private static readonly EmptyOptionsDto EmptyOptions = new();

    private static TransformationDto[] MapTransformations(ImmutableArray<Transformation> transformations)
    {
        var result = new TransformationDto[transformations.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var t = transformations[i];
            result[i] = new TransformationDto { Id = t.Id, Disabled = t.Disabled ? true : null, Options = TransformOptions(t) };
        }
        return result;
    }

    private static object TransformOptions(Transformation t) => t switch
    {
        OrganizeFields o => new OrganizeOptionsDto
        {
            ExcludeByName = new JsonMapDto(MapAll(o.Excluded, name => new KeyValuePair<string, object>(name, true))),
            IndexByName = new JsonMapDto(IndexEntries(o.Order)),
            RenameByName = new JsonMapDto(MapAll(o.Renames, r => new KeyValuePair<string, object>(r.From, r.To))),
        },
        Merge => EmptyOptions,
        Reduce r => new ReduceTransformOptionsDto
        {
            Mode = GrafanaNames.Of(r.Mode),
            Reducers = MapAll(r.Reducers, x => x.Id),
            IncludeTimeField = r.IncludeTimeField,
            LabelsToFields = r.LabelsToFields,
        },
        SortBy s => new SortByOptionsDto { Sort = [new SortByFieldDto { Field = s.Field, Desc = s.Descending }] },
        Limit l => new LimitOptionsDto { LimitField = l.Rows },
        FilterByValue f => new FilterByValueOptionsDto
        {
            Filters = MapAll(f.Filters, x => new FilterByValueFilterDto
            {
                FieldName = x.Field,
                Config = new FilterByValueConfigDto { Id = GrafanaNames.Of(x.Condition), Options = new FilterByValueValueDto { Value = x.Value } },
            }),
            Type = f.Include ? "include" : "exclude",
            Match = f.MatchAll ? "all" : "any",
        },
        CalculateField c => new CalculateFieldOptionsDto
        {
            Mode = c.Binary is null ? "reduceRow" : "binary",
            Alias = c.Alias,
            Binary = c.Binary is { } b ? new CalculateBinaryDto { Left = b.Left, Operator = GrafanaNames.Of(b.Operator), Right = b.Right } : null,
            Reduce = c.RowReducer is { } reducer
                ? new CalculateReduceDto { Reducer = reducer.Id, Include = c.ReduceInclude.IsDefaultOrEmpty ? null : [.. c.ReduceInclude] }
                : null,
            ReplaceFields = c.ReplaceFields,
        },
        Generic g => g.Options.DeepClone(),
        _ => throw new NotSupportedException($"Transformation {t.GetType().Name} has no JSON mapping."),
    };

    private static KeyValuePair<string, object>[] IndexEntries(ImmutableArray<string> order)
    {
        var entries = new KeyValuePair<string, object>[order.IsDefaultOrEmpty ? 0 : order.Length];
        for (var i = 0; i < entries.Length; i++) entries[i] = new(order[i], i);
        return entries;
    }
}
