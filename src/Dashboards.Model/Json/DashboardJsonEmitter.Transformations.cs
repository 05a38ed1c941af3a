namespace Dashboards.Model.Json;

// The options of the transformations added for Grafana's whole transformation list (Transformations/Fields, Frames,
// Rows, Calculations), and calculateField; the first typed ones are in DashboardJsonEmitter.FieldConfig.cs.
internal static partial class DashboardJsonEmitter
{
    /// <summary>Writes the option keys (inside the open <c>options</c> object) of <paramref name="t"/>.</summary>
    private static void WriteMoreTransformOptions(GrafanaJsonWriter w, Transformation t)
    {
        switch (t)
        {
            case CalculateField c: WriteCalculateField(w, c); break;

            // ---- fields ----
            case FilterFieldsByName f:
                WriteNamesOrPattern(w, "include"u8, f.IncludeNames, f.IncludePattern);
                WriteNamesOrPattern(w, "exclude"u8, f.ExcludeNames, f.ExcludePattern);
                break;
            case RenameByRegex r:
                w.WriteString("regex"u8, r.Regex);
                w.WriteString("renamePattern"u8, r.RenamePattern);
                break;
            case ConvertFieldType c:
                w.WriteStartArray("conversions"u8);
                foreach (var conversion in c.Conversions)
                {
                    w.WriteStartObject();
                    w.WriteString("targetField"u8, conversion.Field);
                    w.WriteString("destinationType"u8, GrafanaNames.Of(conversion.To));
                    w.WriteOptional("dateFormat"u8, conversion.DateFormat);
                    w.WriteOptional("joinWith"u8, conversion.JoinWith);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
            case FormatString f:
                w.WriteString("stringField"u8, f.Field);
                w.WriteString("outputFormat"u8, GrafanaNames.Of(f.Format));
                w.WriteNumber("substringStart"u8, f.SubstringStart);
                w.WriteNumber("substringEnd"u8, f.SubstringEnd);
                break;
            case FormatTime f:
                w.WriteString("timeField"u8, f.TimeField);
                w.WriteString("outputFormat"u8, f.Format);
                w.WriteString("timezone"u8, f.Timezone);
                break;
            case LabelsToFields l:
                w.WriteString("mode"u8, GrafanaNames.Of(l.Mode));
                if (!l.KeepLabels.IsDefaultOrEmpty) w.WriteStrings("keepLabels"u8, l.KeepLabels);
                w.WriteOptional("valueLabel"u8, l.ValueLabel);
                break;
            case ExtractFields e:
                w.WriteString("source"u8, e.Source);
                w.WriteString("format"u8, GrafanaNames.Of(e.Format));
                if (!e.JsonPaths.IsDefaultOrEmpty)
                {
                    w.WriteStartArray("jsonPaths"u8);
                    foreach (var path in e.JsonPaths)
                    {
                        w.WriteStartObject();
                        w.WriteString("path"u8, path.Path);
                        w.WriteOptional("alias"u8, path.Alias);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                w.WriteOptional("regExp"u8, e.RegExp);
                w.WriteBoolean("replace"u8, e.Replace);
                w.WriteBoolean("keepTime"u8, e.KeepTime);
                break;
            case FieldLookup l:
                w.WriteString("lookupField"u8, l.LookupField);
                w.WriteOptional("gazetteer"u8, l.Gazetteer);
                break;

            // ---- frames ----
            case FilterByRefId f:
                w.WriteString("include"u8, f.RefId);
                break;
            case JoinByField j:
                w.WriteOptional("byField"u8, j.ByField);
                w.WriteString("mode"u8, GrafanaNames.Of(j.Mode));
                break;
            case JoinByLabels j:
                w.WriteString("value"u8, j.ValueLabel);
                if (!j.JoinOn.IsDefaultOrEmpty) w.WriteStrings("join"u8, j.JoinOn);
                break;
            case SeriesToRows:
                break;
            case Concatenate c:
                w.WriteString("frameNameMode"u8, GrafanaNames.Of(c.FrameName));
                w.WriteOptional("frameNameLabel"u8, c.Label);
                break;
            case PartitionByValues p:
                w.WriteStrings("fields"u8, p.Fields);
                w.WriteBoolean("keepFields"u8, p.KeepFields);
                w.WriteStartObject("naming"u8);
                w.WriteBoolean("asLabels"u8, p.AsLabels);
                w.WriteEndObject();
                break;
            case PrepareTimeSeries p:
                w.WriteString("format"u8, GrafanaNames.Of(p.Format));
                break;
            case TimeSeriesTable s:
                foreach (var q in s.Queries)
                {
                    w.WritePropertyName(q.RefId);
                    w.WriteStartObject();
                    w.WriteOptional("stat"u8, q.Stat?.Id);
                    w.WriteOptional("timeField"u8, q.TimeField);
                    w.WriteOptional("mergeSeries"u8, q.MergeSeries);
                    w.WriteEndObject();
                }
                break;

            // ---- rows ----
            case GroupBy g:
                WriteGroupByFields(w, g.Fields);
                break;
            case GroupToNestedTable g:
                WriteGroupByFields(w, g.Fields);
                w.WriteBoolean("showSubframeHeaders"u8, g.ShowSubframeHeaders);
                w.WriteBoolean("expandAllRows"u8, g.ExpandAllRows);
                break;
            case GroupingToMatrix m:
                w.WriteString("columnField"u8, m.ColumnField);
                w.WriteString("rowField"u8, m.RowField);
                w.WriteString("valueField"u8, m.ValueField);
                w.WriteString("emptyValue"u8, GrafanaNames.Of(m.EmptyValue));
                break;
            case Transpose tr:
                w.WriteOptional("firstFieldName"u8, tr.FirstFieldName);
                w.WriteOptional("restFieldsName"u8, tr.RestFieldsName);
                if (tr.EmptyValue is { } empty) w.WriteString("emptyValue"u8, GrafanaNames.Of(empty));
                break;
            case RowsToFields r:
                WriteConfigMappings(w, r.Mappings);
                break;
            case ConfigFromData c:
                w.WriteString("configRefId"u8, c.ConfigRefId);
                WriteConfigMappings(w, c.Mappings);
                if (c.ApplyTo is { } applyTo)
                {
                    w.WriteStartObject("applyTo"u8);
                    w.WriteString("id"u8, applyTo.Id);
                    WriteMatcherOptions(w, applyTo.Options);
                    w.WriteEndObject();
                }
                break;

            // ---- calculations ----
            case Histogram h:
                w.WriteOptional("bucketSize"u8, h.BucketSize);
                w.WriteOptional("bucketCount"u8, h.BucketCount);
                w.WriteOptional("bucketOffset"u8, h.BucketOffset);
                w.WriteBoolean("combine"u8, h.Combine);
                break;
            case Heatmap h:
                WriteHeatmapBuckets(w, "xBuckets"u8, h.XBuckets);
                WriteHeatmapBuckets(w, "yBuckets"u8, h.YBuckets);
                w.WriteTrueOrOmit("keepOriginalData"u8, h.KeepOriginalData);
                break;
            case Regression r:
                w.WriteString("modelType"u8, GrafanaNames.Of(r.Model));
                w.WriteOptional("degree"u8, r.Degree);
                w.WriteOptional("xFieldName"u8, r.XField);
                w.WriteOptional("yFieldName"u8, r.YField);
                w.WriteOptional("predictionCount"u8, r.PredictionCount);
                break;
            case Smoothing s:
                w.WriteNumber("resolution"u8, s.Resolution);
                break;
            case Spatial s:
                w.WriteString("action"u8, "prepare");
                w.WriteStartObject("source"u8);
                w.WriteString("mode"u8, s.Source.Mode);
                w.WriteOptional("latitude"u8, s.Source.Latitude);
                w.WriteOptional("longitude"u8, s.Source.Longitude);
                w.WriteOptional("geohash"u8, s.Source.Geohash);
                w.WriteOptional("lookup"u8, s.Source.Lookup);
                w.WriteOptional("gazetteer"u8, s.Source.Gazetteer);
                w.WriteEndObject();
                break;
            default:
                throw new NotSupportedException($"Transformation {t.GetType().Name} has no JSON mapping.");
        }
    }

    private static void WriteCalculateField(GrafanaJsonWriter w, CalculateField c)
    {
        w.WriteString("mode"u8, GrafanaNames.Of(c.Mode));
        w.WriteOptional("alias"u8, c.Alias);
        if (c.Binary is { } b)
        {
            w.WriteStartObject("binary"u8);
            w.WriteString("left"u8, b.Left);
            w.WriteString("operator"u8, GrafanaNames.Of(b.Operator));
            w.WriteString("right"u8, b.Right);
            w.WriteEndObject();
        }
        if (c.Unary is { } u)
        {
            w.WriteStartObject("unary"u8);
            w.WriteString("operator"u8, GrafanaNames.Of(u.Operator));
            w.WriteString("fieldName"u8, u.Field);
            w.WriteEndObject();
        }
        if (c.Mode == CalculateMode.ReduceRow && c.RowReducer is { } rowReducer)
        {
            w.WriteStartObject("reduce"u8);
            w.WriteString("reducer"u8, rowReducer.Id);
            if (!c.ReduceInclude.IsDefaultOrEmpty) w.WriteStrings("include"u8, c.ReduceInclude);
            w.WriteEndObject();
        }
        if (c.Mode == CalculateMode.CumulativeFunctions)
        {
            w.WriteStartObject("cumulative"u8);
            w.WriteOptional("field"u8, c.Field);
            w.WriteString("reducer"u8, c.RowReducer!.Id);
            w.WriteEndObject();
        }
        if (c.Mode == CalculateMode.WindowFunctions)
        {
            w.WriteStartObject("window"u8);
            w.WriteOptional("field"u8, c.Field);
            w.WriteString("reducer"u8, c.RowReducer!.Id);
            w.WriteOptional("windowSize"u8, c.WindowSize);
            w.WriteString("windowSizeMode"u8, GrafanaNames.Of(c.WindowSizeMode!.Value));
            w.WriteString("windowAlignment"u8, GrafanaNames.Of(c.WindowAlignment!.Value));
            w.WriteEndObject();
        }
        if (c.Mode == CalculateMode.Index)
        {
            w.WriteStartObject("index"u8);
            w.WriteBoolean("asPercentile"u8, c.IndexAsPercentile);
            w.WriteEndObject();
        }
        w.WriteBoolean("replaceFields"u8, c.ReplaceFields);
    }

    private static void WriteNamesOrPattern(GrafanaJsonWriter w, ReadOnlySpan<byte> name, ImmutableArray<string> names, string? pattern)
    {
        if (names.IsDefaultOrEmpty && pattern is null) return;
        w.WriteStartObject(name);
        if (!names.IsDefaultOrEmpty) w.WriteStrings("names"u8, names);
        w.WriteOptional("pattern"u8, pattern);
        w.WriteEndObject();
    }

    private static void WriteGroupByFields(GrafanaJsonWriter w, ImmutableArray<GroupByField> fields)
    {
        w.WriteStartObject("fields"u8);
        foreach (var f in fields)
        {
            w.WritePropertyName(f.Field);
            w.WriteStartObject();
            w.WriteString("operation"u8, f.IsGroupKey ? "groupby" : "aggregate");
            WriteReducers(w, "aggregations"u8, f.Aggregations);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteConfigMappings(GrafanaJsonWriter w, ImmutableArray<FieldConfigMapping> mappings)
    {
        w.WriteStartArray("mappings"u8);
        foreach (var m in mappings)
        {
            w.WriteStartObject();
            w.WriteString("fieldName"u8, m.Field);
            w.WriteString("handlerKey"u8, GrafanaNames.Of(m.Target));
            w.WriteOptional("reducerId"u8, m.Reducer?.Id);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteHeatmapBuckets(GrafanaJsonWriter w, ReadOnlySpan<byte> name, HeatmapBuckets? buckets)
    {
        if (buckets is null) return;
        w.WriteStartObject(name);
        w.WriteString("mode"u8, buckets.BySize ? "size" : "count");
        w.WriteString("value"u8, buckets.Value);
        if (buckets.LogBase is { } logBase)
        {
            w.WriteStartObject("scale"u8);
            w.WriteString("type"u8, "log");
            w.WriteNumber("log"u8, logBase);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}
