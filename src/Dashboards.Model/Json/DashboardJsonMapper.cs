using System.Globalization;

namespace Dashboards.Model.Json;

/// <summary>
/// Maps the model to Grafana's JSON shape (the DTOs). The one place that decides field names, defaults and nesting;
/// split into partial files by concern (panels, field config, targets).
/// </summary>
internal static partial class DashboardJsonMapper
{
    private static readonly DataSourceRefDto GrafanaDatasource = new() { Type = DataSourceType.Grafana, Uid = "-- Grafana --" };

    public static DashboardDto ToDto(Dashboard dashboard, DashboardLayout layout)
    {
        var defaultDs = dashboard.DefaultDatasource;
        return new DashboardDto
        {
            Uid = dashboard.Uid,
            Title = dashboard.Title,
            Description = dashboard.Description,
            Tags = dashboard.Tags.IsDefaultOrEmpty ? [] : [.. dashboard.Tags],
            Timezone = dashboard.Timezone.Value,
            Editable = dashboard.Editable,
            GraphTooltip = (int)dashboard.GraphTooltip,
            Time = new TimeRangeDto { From = dashboard.Time.From, To = dashboard.Time.To },
            Timepicker = MapTimepicker(dashboard.Timepicker),
            Refresh = dashboard.Refresh is { } refresh ? GrafanaDuration.Format(refresh) : null,
            SchemaVersion = Dashboard.SchemaVersion,
            WeekStart = GrafanaNames.Of(dashboard.WeekStart),
            FiscalYearStartMonth = dashboard.FiscalYearStartMonth,
            LiveNow = dashboard.LiveNow,
            Links = MapLinks(dashboard.Links),
            Annotations = new ListDto<AnnotationDto> { List = MapAnnotations(dashboard.Annotations, defaultDs) },
            Templating = new ListDto<VariableDto> { List = MapVariables(dashboard.Variables, defaultDs) },
            Panels = MapPanels(dashboard, layout),
        };
    }

    private static TimepickerDto MapTimepicker(Timepicker picker)
    {
        var intervals = new string[picker.RefreshIntervals.Length];
        for (var i = 0; i < intervals.Length; i++) intervals[i] = GrafanaDuration.Format(picker.RefreshIntervals[i]);
        return new TimepickerDto
        {
            Hidden = picker.Hidden ? true : null,
            RefreshIntervals = intervals,
            NowDelay = picker.NowDelay is { } delay ? GrafanaDuration.Format(delay) : null,
        };
    }

    internal static DataSourceRefDto? Map(DataSourceRef? ds) => ds is null ? null : new DataSourceRefDto { Type = ds.Type, Uid = ds.Uid };

    // ---- links ----

    private static DashboardLinkDto[] MapLinks(ImmutableArray<DashboardLink> links)
    {
        var result = new DashboardLinkDto[links.Length];
        for (var i = 0; i < links.Length; i++)
        {
            var link = links[i];
            result[i] = new DashboardLinkDto
            {
                Title = link.Title,
                Type = link.IsDashboardList ? "dashboards" : "link",
                Icon = GrafanaNames.Of(link.Icon),
                Tooltip = link.Tooltip,
                Url = link.Url,
                Tags = [.. link.Tags],
                AsDropdown = link.AsDropdown,
                TargetBlank = link.TargetBlank,
                IncludeVars = link.IncludeVars,
                KeepTime = link.KeepTime,
            };
        }
        return result;
    }

    // ---- annotations ----

    private static AnnotationDto[] MapAnnotations(ImmutableArray<Annotation> annotations, DataSourceRef? defaultDs)
    {
        var result = new AnnotationDto[annotations.Length + 1];
        // Grafana's built-in annotation query, present in every dashboard it saves.
        result[0] = new AnnotationDto
        {
            BuiltIn = 1,
            Datasource = GrafanaDatasource,
            Enable = true,
            Hide = true,
            IconColor = "rgba(0, 211, 255, 1)",
            Name = "Annotations & Alerts",
            Type = "dashboard",
        };
        for (var i = 0; i < annotations.Length; i++)
        {
            result[i + 1] = annotations[i] switch
            {
                PrometheusAnnotation p => new AnnotationDto
                {
                    Datasource = Map(p.Datasource ?? defaultDs),
                    Enable = p.Enable,
                    Hide = p.Hide,
                    IconColor = p.IconColor.Value,
                    Name = p.Name,
                    Expr = p.Expr,
                    TitleFormat = p.TitleFormatValue,
                    TextFormat = p.TextFormatValue,
                    TagKeys = p.TagKeys.IsDefaultOrEmpty ? null : string.Join(",", p.TagKeys),
                    Step = p.Step is { } step ? GrafanaDuration.Format(step) : null,
                    UseValueForTime = p.UseValueForTime ? true : null,
                },
                GrafanaTagAnnotation g => new AnnotationDto
                {
                    Datasource = GrafanaDatasource,
                    Enable = g.Enable,
                    Hide = g.Hide,
                    IconColor = g.IconColor.Value,
                    Name = g.Name,
                    Target = new AnnotationTargetDto { Limit = g.Limit, MatchAny = g.MatchAny, Tags = [.. g.Tags], Type = "tags" },
                },
                var other => throw new NotSupportedException($"Annotation type {other.GetType().Name} has no JSON mapping."),
            };
        }
        return result;
    }

    // ---- variables ----

    private static VariableDto[] MapVariables(ImmutableArray<Variable> variables, DataSourceRef? defaultDs)
    {
        var result = new VariableDto[variables.Length];
        for (var i = 0; i < variables.Length; i++) result[i] = MapVariable(variables[i], defaultDs);
        return result;
    }

    private static VariableDto MapVariable(Variable variable, DataSourceRef? defaultDs) => variable switch
    {
        QueryVariable q => new VariableDto
        {
            Type = "query", Name = q.Name, Label = q.Label, Description = q.Description, Hide = (int)q.Hide, SkipUrlSync = SkipUrlSync(q),
            Datasource = Map(q.Datasource ?? defaultDs),
            Definition = q.Query.Text,
            Query = q.Query.Text,
            Regex = q.Regex,
            Current = q.Current is null ? null : Option(q.Current),
            Options = [],
            Multi = q.Multi, IncludeAll = q.IncludeAll, AllValue = q.AllValue,
            Refresh = (int)q.Refresh,
            Sort = (int)q.Sort,
        },
        CustomVariable c => MapCustom(c),
        IntervalVariable iv => MapInterval(iv),
        DatasourceVariable d => new VariableDto
        {
            Type = "datasource", Name = d.Name, Label = d.Label, Description = d.Description, Hide = (int)d.Hide, SkipUrlSync = SkipUrlSync(d),
            Query = d.PluginType,
            Regex = d.Regex ?? "",
            Current = d.Current is null ? null : Option(d.Current),
            Options = [],
            Multi = d.Multi, IncludeAll = d.IncludeAll, AllValue = d.AllValue,
            Refresh = (int)VariableRefresh.OnDashboardLoad,
        },
        ConstantVariable k => new VariableDto
        {
            Type = "constant", Name = k.Name, Label = k.Label, Description = k.Description, Hide = (int)k.Hide, SkipUrlSync = SkipUrlSync(k),
            Query = k.Value,
            Current = new VariableOptionDto { Text = k.Value, Value = k.Value },
            Options = [new VariableOptionDto { Selected = true, Text = k.Value, Value = k.Value }],
        },
        TextboxVariable t => new VariableDto
        {
            Type = "textbox", Name = t.Name, Label = t.Label, Description = t.Description, Hide = (int)t.Hide, SkipUrlSync = SkipUrlSync(t),
            Query = t.DefaultValue,
            Current = new VariableOptionDto { Text = t.DefaultValue, Value = t.DefaultValue },
            Options = [new VariableOptionDto { Selected = true, Text = t.DefaultValue, Value = t.DefaultValue }],
        },
        AdhocVariable a => new VariableDto
        {
            Type = "adhoc", Name = a.Name, Label = a.Label, Description = a.Description, Hide = (int)a.Hide, SkipUrlSync = SkipUrlSync(a),
            Datasource = Map(a.Datasource),
        },
        _ => throw new NotSupportedException($"Variable type {variable.GetType().Name} has no JSON mapping."),
    };

    private static bool? SkipUrlSync(Variable v) => v.SkipUrlSync ? true : null;

    private static VariableDto MapCustom(CustomVariable c)
    {
        var current = c.Current ?? VariableSelection.Of(c.Values[0]);
        var options = new List<VariableOptionDto>(c.Values.Length + 1);
        if (c.IncludeAll)
            options.Add(new VariableOptionDto { Selected = current.Values.Contains("$__all"), Text = "All", Value = "$__all" });
        foreach (var value in c.Values)
            options.Add(new VariableOptionDto { Selected = current.Values.Contains(value), Text = value, Value = value });
        return new VariableDto
        {
            Type = "custom", Name = c.Name, Label = c.Label, Description = c.Description, Hide = (int)c.Hide, SkipUrlSync = SkipUrlSync(c),
            Query = string.Join(",", c.Values),
            Current = Option(current),
            Options = [.. options],
            Multi = c.Multi, IncludeAll = c.IncludeAll, AllValue = c.AllValue,
        };
    }

    private static VariableDto MapInterval(IntervalVariable iv)
    {
        var texts = new string[iv.Intervals.Length];
        for (var i = 0; i < texts.Length; i++) texts[i] = GrafanaDuration.Format(iv.Intervals[i]);
        var current = iv.Current is { } c ? GrafanaDuration.Format(c) : texts[0];
        var options = new VariableOptionDto[texts.Length];
        for (var i = 0; i < texts.Length; i++)
            options[i] = new VariableOptionDto { Selected = texts[i] == current, Text = texts[i], Value = texts[i] };
        return new VariableDto
        {
            Type = "interval", Name = iv.Name, Label = iv.Label, Description = iv.Description, Hide = (int)iv.Hide, SkipUrlSync = SkipUrlSync(iv),
            Query = string.Join(",", texts),
            Current = new VariableOptionDto { Text = current, Value = current },
            Options = options,
            Refresh = (int)VariableRefresh.OnTimeRangeChange,
            Auto = iv.Auto,
            AutoCount = iv.AutoCount,
            AutoMin = GrafanaDuration.Format(iv.AutoMin),
        };
    }

    private static VariableOptionDto Option(VariableSelection selection) => selection.Values.Length == 1
        ? new VariableOptionDto { Text = selection.Texts[0], Value = selection.Values[0] }
        : new VariableOptionDto { Text = selection.Texts.ToArray(), Value = selection.Values.ToArray() };

    internal static string RefIdAt(int index)
    {
        // A..Z, then AA, AB... like Grafana.
        if (index < 26) return LetterStrings[index];
        return RefIdAt(index / 26 - 1) + LetterStrings[index % 26];
    }

    private static readonly string[] LetterStrings = CreateLetters();

    private static string[] CreateLetters()
    {
        var letters = new string[26];
        for (var i = 0; i < 26; i++) letters[i] = ((char)('A' + i)).ToString(CultureInfo.InvariantCulture);
        return letters;
    }
}
