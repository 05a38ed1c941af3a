using System.Globalization;

namespace Dashboards.Model.Json;

/// <summary>
/// Writes the model as Grafana's classic dashboard JSON (schemaVersion 42). The one place that decides field names,
/// order, defaults and nesting; split into partial files by concern (dashboard and variables here, then panels,
/// options, field config, targets). Property order in the code is the emitted order; optional fields are left out
/// when unset.
/// </summary>
internal static partial class DashboardJsonEmitter
{
    public static void Write(GrafanaJsonWriter w, Dashboard dashboard, DashboardLayout layout)
    {
        var defaultDs = dashboard.DefaultDatasource;
        w.WriteStartObject();
        w.WriteOptional("uid"u8, dashboard.Uid);
        w.WriteString("title"u8, dashboard.Title);
        w.WriteOptional("description"u8, dashboard.Description);
        w.WriteStrings("tags"u8, dashboard.Tags);
        w.WriteString("timezone"u8, dashboard.Timezone.Value);
        w.WriteBoolean("editable"u8, dashboard.Editable);
        w.WriteNumber("graphTooltip"u8, (int)dashboard.GraphTooltip);
        w.WriteStartObject("time"u8);
        w.WriteString("from"u8, dashboard.Time.From);
        w.WriteString("to"u8, dashboard.Time.To);
        w.WriteEndObject();
        WriteTimepicker(w, dashboard.Timepicker);
        if (dashboard.Refresh is { } refresh) w.WriteString("refresh"u8, GrafanaDuration.Format(refresh));
        w.WriteNumber("schemaVersion"u8, Dashboard.SchemaVersion);
        w.WriteOptional("weekStart"u8, GrafanaNames.Of(dashboard.WeekStart));
        w.WriteNumber("fiscalYearStartMonth"u8, dashboard.FiscalYearStartMonth);
        w.WriteBoolean("liveNow"u8, dashboard.LiveNow);
        WriteLinks(w, dashboard.Links);
        w.WriteStartObject("annotations"u8);
        WriteAnnotations(w, dashboard.Annotations, defaultDs);
        w.WriteEndObject();
        w.WriteStartObject("templating"u8);
        w.WriteStartArray("list"u8);
        foreach (var variable in dashboard.Variables) WriteVariable(w, variable, defaultDs);
        w.WriteEndArray();
        w.WriteEndObject();
        WritePanels(w, dashboard, layout);
        w.WriteEndObject();
    }

    private static void WriteTimepicker(GrafanaJsonWriter w, Timepicker picker) => w.WriteRemembered("timepicker"u8, picker, WriteTimepickerValue);

    private static void WriteTimepickerValue(GrafanaJsonWriter w, Timepicker picker)
    {
        w.WriteStartObject();
        w.WriteTrueOrOmit("hidden"u8, picker.Hidden);
        w.WriteStartArray("refresh_intervals"u8);
        foreach (var interval in picker.RefreshIntervals) w.WriteStringValue(DurationText(interval));
        w.WriteEndArray();
        if (picker.NowDelay is { } delay) w.WriteString("nowDelay"u8, GrafanaDuration.Format(delay));
        w.WriteEndObject();
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<TimeSpan, string> DurationTexts = new();
    private static int s_durationTextCount;

    /// <summary>Grafana's text for a duration, remembered: every dashboard writes the same refresh intervals.</summary>
    private static string DurationText(TimeSpan span)
    {
        if (DurationTexts.TryGetValue(span, out var text)) return text;
        text = GrafanaDuration.Format(span);
        // Not DurationTexts.Count: it takes every lock and, the first time, starts an EventSource (ms at a process's start).
        if (Volatile.Read(ref s_durationTextCount) < 256 && DurationTexts.TryAdd(span, text)) Interlocked.Increment(ref s_durationTextCount);
        return text;
    }

    internal static void WriteDatasource(GrafanaJsonWriter w, DataSourceRef? ds)
    {
        if (ds is not null) w.WriteRemembered("datasource"u8, ds, WriteDatasourceValue);
    }

    private static void WriteDatasourceValue(GrafanaJsonWriter w, DataSourceRef ds)
    {
        w.WriteStartObject();
        w.WriteString("type"u8, ds.Type);
        w.WriteString("uid"u8, ds.Uid);
        w.WriteEndObject();
    }

    // ---- links ----

    private static void WriteLinks(GrafanaJsonWriter w, ImmutableArray<DashboardLink> links)
    {
        w.WriteStartArray("links"u8);
        foreach (var link in links)
        {
            w.WriteStartObject();
            w.WriteString("title"u8, link.Title);
            w.WriteString("type"u8, link.IsDashboardList ? "dashboards" : "link");
            w.WriteString("icon"u8, GrafanaNames.Of(link.Icon));
            w.WriteString("tooltip"u8, link.Tooltip);
            w.WriteOptional("url"u8, link.Url);
            w.WriteStrings("tags"u8, link.Tags);
            w.WriteBoolean("asDropdown"u8, link.AsDropdown);
            w.WriteBoolean("targetBlank"u8, link.TargetBlank);
            w.WriteBoolean("includeVars"u8, link.IncludeVars);
            w.WriteBoolean("keepTime"u8, link.KeepTime);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    // ---- annotations ----

    internal static readonly DataSourceRef GrafanaDatasource = DataSourceRef.Fixed(DataSourceType.Grafana, "-- Grafana --");

    private static void WriteAnnotations(GrafanaJsonWriter w, ImmutableArray<Annotation> annotations, DataSourceRef? defaultDs)
    {
        w.WriteStartArray("list"u8);
        // Grafana's built-in annotation query, present in every dashboard it saves.
        w.WriteStartObject();
        w.WriteNumber("builtIn"u8, 1);
        WriteAnnotationHead(w, GrafanaDatasource, enable: true, hide: true, "rgba(0, 211, 255, 1)", "Annotations & Alerts");
        w.WriteString("type"u8, "dashboard");
        w.WriteEndObject();
        foreach (var annotation in annotations)
        {
            w.WriteStartObject();
            WriteAnnotationHead(w, annotation.DatasourceFor(defaultDs), annotation.Enable, annotation.Hide, annotation.IconColor.Value, annotation.Name);
            annotation.WriteQueryTo(w); // the query's own fields
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The fields every annotation query starts with.</summary>
    private static void WriteAnnotationHead(GrafanaJsonWriter w, DataSourceRef? ds, bool enable, bool hide, string iconColor, string name)
    {
        WriteDatasource(w, ds);
        w.WriteBoolean("enable"u8, enable);
        w.WriteBoolean("hide"u8, hide);
        w.WriteString("iconColor"u8, iconColor);
        w.WriteString("name"u8, name);
    }

    // ---- variables ----

    private static void WriteVariable(GrafanaJsonWriter w, Variable variable, DataSourceRef? defaultDs)
    {
        w.WriteStartObject();
        switch (variable)
        {
            case QueryVariable q:
                WriteVariableHead(w, "query", q);
                WriteDatasource(w, q.Datasource ?? defaultDs);
                w.WriteString("definition"u8, q.Query.Text);
                w.WriteString("query"u8, q.Query.Text);
                w.WriteOptional("regex"u8, q.Regex);
                if (q.Current is { } current) WriteCurrent(w, current);
                WriteEmptyOptions(w);
                WriteMulti(w, q.Multi, q.IncludeAll, q.AllValue);
                w.WriteNumber("refresh"u8, (int)q.Refresh);
                w.WriteNumber("sort"u8, (int)q.Sort);
                break;
            case CustomVariable c:
                WriteCustom(w, c);
                break;
            case IntervalVariable iv:
                WriteInterval(w, iv);
                break;
            case DatasourceVariable d:
                WriteVariableHead(w, "datasource", d);
                w.WriteString("query"u8, d.PluginType);
                w.WriteString("regex"u8, d.Regex ?? "");
                if (d.Current is { } dsCurrent) WriteCurrent(w, dsCurrent);
                WriteEmptyOptions(w);
                WriteMulti(w, d.Multi, d.IncludeAll, d.AllValue);
                w.WriteNumber("refresh"u8, (int)VariableRefresh.OnDashboardLoad);
                break;
            case ConstantVariable k:
                WriteVariableHead(w, "constant", k);
                WriteFixedValue(w, k.Value);
                break;
            case TextboxVariable t:
                WriteVariableHead(w, "textbox", t);
                WriteFixedValue(w, t.DefaultValue);
                break;
            case AdhocVariable a:
                WriteVariableHead(w, "adhoc", a);
                WriteDatasource(w, a.Datasource);
                break;
            default:
                throw new NotSupportedException($"Variable type {variable.GetType().Name} has no JSON mapping.");
        }
        w.WriteEndObject();
    }

    private static void WriteVariableHead(GrafanaJsonWriter w, string type, Variable v)
    {
        w.WriteString("type"u8, type);
        w.WriteString("name"u8, v.Name);
        w.WriteOptional("label"u8, v.Label);
        w.WriteOptional("description"u8, v.Description);
        w.WriteNumber("hide"u8, (int)v.Hide);
        w.WriteTrueOrOmit("skipUrlSync"u8, v.SkipUrlSync);
    }

    private static void WriteMulti(GrafanaJsonWriter w, bool multi, bool includeAll, string? allValue)
    {
        w.WriteBoolean("multi"u8, multi);
        w.WriteBoolean("includeAll"u8, includeAll);
        w.WriteOptional("allValue"u8, allValue);
    }

    private static void WriteEmptyOptions(GrafanaJsonWriter w)
    {
        w.WriteStartArray("options"u8);
        w.WriteEndArray();
    }

    /// <summary>Constant and textbox variables: the value is the query, the current value and the only option.</summary>
    private static void WriteFixedValue(GrafanaJsonWriter w, string value)
    {
        w.WriteString("query"u8, value);
        w.WriteStartObject("current"u8);
        w.WriteString("text"u8, value);
        w.WriteString("value"u8, value);
        w.WriteEndObject();
        w.WriteStartArray("options"u8);
        WriteOption(w, true, value, value);
        w.WriteEndArray();
    }

    private static void WriteCustom(GrafanaJsonWriter w, CustomVariable c)
    {
        var current = c.Current ?? VariableSelection.Of(c.Values[0]);
        WriteVariableHead(w, "custom", c);
        w.WriteString("query"u8, string.Join(",", c.Values));
        WriteCurrent(w, current);
        w.WriteStartArray("options"u8);
        if (c.IncludeAll) WriteOption(w, current.Values.Contains("$__all"), "All", "$__all");
        foreach (var value in c.Values) WriteOption(w, current.Values.Contains(value), value, value);
        w.WriteEndArray();
        WriteMulti(w, c.Multi, c.IncludeAll, c.AllValue);
    }

    private static void WriteInterval(GrafanaJsonWriter w, IntervalVariable iv)
    {
        var texts = new string[iv.Intervals.Length];
        for (var i = 0; i < texts.Length; i++) texts[i] = GrafanaDuration.Format(iv.Intervals[i]);
        var current = iv.Current is { } c ? GrafanaDuration.Format(c) : texts[0];
        WriteVariableHead(w, "interval", iv);
        w.WriteString("query"u8, string.Join(",", texts));
        w.WriteStartObject("current"u8);
        w.WriteString("text"u8, current);
        w.WriteString("value"u8, current);
        w.WriteEndObject();
        w.WriteStartArray("options"u8);
        foreach (var text in texts) WriteOption(w, text == current, text, text);
        w.WriteEndArray();
        w.WriteNumber("refresh"u8, (int)VariableRefresh.OnTimeRangeChange);
        w.WriteBoolean("auto"u8, iv.Auto);
        w.WriteNumber("auto_count"u8, iv.AutoCount);
        w.WriteString("auto_min"u8, GrafanaDuration.Format(iv.AutoMin));
    }

    private static void WriteOption(GrafanaJsonWriter w, bool selected, string text, string value)
    {
        w.WriteStartObject();
        w.WriteBoolean("selected"u8, selected);
        w.WriteString("text"u8, text);
        w.WriteString("value"u8, value);
        w.WriteEndObject();
    }

    /// <summary>The current selection: one text and value, or arrays of them for a multi-value selection.</summary>
    private static void WriteCurrent(GrafanaJsonWriter w, VariableSelection selection)
    {
        w.WriteStartObject("current"u8);
        if (selection.Values.Length == 1)
        {
            w.WriteString("text"u8, selection.Texts[0]);
            w.WriteString("value"u8, selection.Values[0]);
        }
        else
        {
            w.WriteStrings("text"u8, selection.Texts);
            w.WriteStrings("value"u8, selection.Values);
        }
        w.WriteEndObject();
    }

    // ---- refIds ----

    /// <summary>Explicit refIds are kept; the others get the first letters (A, B, C...) no explicit one uses.</summary>
    internal static string[] AssignRefIds(ImmutableArray<Target> targets)
    {
        var result = new string[targets.Length];
        var anyExplicit = false;
        for (var i = 0; i < targets.Length; i++)
            if (targets[i].RefId is { } explicitId) { result[i] = explicitId; anyExplicit = true; }
        var next = 0;
        for (var i = 0; i < targets.Length; i++)
        {
            if (result[i] is not null) continue;
            string candidate;
            do candidate = RefIdAt(next++);
            while (anyExplicit && Array.IndexOf(result, candidate) >= 0);
            result[i] = candidate;
        }
        return result;
    }

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
