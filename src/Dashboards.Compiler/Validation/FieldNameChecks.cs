namespace Dashboards.Model;

/// <summary>
/// Field names that Grafana would not find: an organize keyed by a renamed name (Grafana orders, hides and renames by the
/// names fields have before the transformation), and value columns a panel's queries do not answer with (see
/// <see cref="ValueColumns"/>), wherever a rename, sort, filter, calculation or override names one.
/// </summary>
internal static class FieldNameChecks
{
    /// <param name="panel">The panel to check.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="error">Receives (JSON path, message).</param>
    public static void Check(Panel panel, string path, Action<string, string> error)
    {
        var transformations = panel.Transformations.IsDefault ? [] : panel.Transformations;
        for (var i = 0; i < transformations.Length; i++)
            if (transformations[i] is OrganizeFields organize)
                CheckOrganizeKeys(organize, $"{path}.transformations[{i}].options", error);
        CheckValueColumns(panel, path, transformations, error);
    }

    private static void CheckOrganizeKeys(OrganizeFields organize, string path, Action<string, string> error)
    {
        void Check(ImmutableArray<string> keys, string option)
        {
            foreach (var key in keys.IsDefault ? [] : keys)
            {
                if (organize.Renames.Any(r => r.From == key)) continue;
                foreach (var (from, to) in organize.Renames)
                    if (to == key && from != key)
                        error($"{path}.{option}", $"'{key}' is the new name of '{from}', but Grafana applies {option} to the names fields have before renaming; use '{from}'");
            }
        }
        Check(organize.Order, "indexByName");
        Check(organize.Excluded, "excludeByName");
    }

    private static void CheckValueColumns(Panel panel, string path, ImmutableArray<Transformation> transformations, Action<string, string> error)
    {
        var columns = ValueColumns.Of(panel);
        if (columns.Count == 0) return;
        // Only panels whose every query answers a table: time series name their value fields by legend and labels.
        var refIds = Json.DashboardJsonEmitter.AssignRefIds(panel.Targets);
        for (var i = 0; i < panel.Targets.Length; i++)
            if (!panel.Targets[i].Hide && !columns.ContainsKey(refIds[i]))
                return;

        var live = new HashSet<string>(columns.Values, StringComparer.Ordinal);
        string? hint = null; // worded only for an error
        void Refer(string name, string at)
        {
            if (ValueColumns.LooksLikeValueColumn(name) && !live.Contains(name))
                error(at, $"'{name}' is not a column here: {hint ??= Hint(columns)}");
        }

        for (var i = 0; i < transformations.Length; i++)
        {
            var t = transformations[i];
            if (t.Disabled) continue;
            var at = $"{path}.transformations[{i}].options";
            switch (t)
            {
                case OrganizeFields o:
                    foreach (var name in o.Excluded) Refer(name, $"{at}.excludeByName");
                    foreach (var name in o.Order) Refer(name, $"{at}.indexByName");
                    foreach (var (from, _) in o.Renames) Refer(from, $"{at}.renameByName");
                    foreach (var name in o.Excluded) live.Remove(name);
                    foreach (var (from, to) in o.Renames) { live.Remove(from); if (ValueColumns.LooksLikeValueColumn(to)) live.Add(to); }
                    break;
                case SortBy s:
                    Refer(s.Field, $"{at}.sort");
                    break;
                case FilterByValue f:
                    foreach (var filter in f.Filters) Refer(filter.Field, $"{at}.filters");
                    break;
                case CalculateField c:
                    if (c.Binary is { } b) { Refer(b.Left, $"{at}.binary.left"); Refer(b.Right, $"{at}.binary.right"); }
                    foreach (var name in c.ReduceInclude) Refer(name, $"{at}.reduce.include");
                    if (c.Unary is { } u) Refer(u.Field, $"{at}.unary.fieldName");
                    if (c.Field is { } field) Refer(field, $"{at}.{(c.Mode == CalculateMode.WindowFunctions ? "window" : "cumulative")}.field");
                    if (c.ReplaceFields) return;
                    if (c.Alias is { } alias && ValueColumns.LooksLikeValueColumn(alias)) live.Add(alias);
                    break;
                case Merge or Limit:
                    break;
                default:
                    return; // reduce and raw transformations rename fields in ways not modelled here
            }
        }

        for (var i = 0; i < panel.Overrides.Length; i++)
            if (panel.Overrides[i].Matcher is { Id: "byName", Options: FieldMatcherText { Text: var name } })
                Refer(name, $"{path}.fieldConfig.overrides[{i}].matcher.options");
        if (panel is TablePanel table)
            for (var i = 0; i < table.Options.SortBy.Length; i++)
                Refer(table.Options.SortBy[i].DisplayName, $"{path}.options.sortBy[{i}].displayName");
    }

    private static string Hint(IReadOnlyDictionary<string, string> columns)
    {
        var listed = string.Join(", ", columns.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"query {c.Key} → '{c.Value}'"));
        return $"Grafana names the value columns of this panel's queries {listed} (a Loki instant query's is always 'Value #<refId>', "
             + "a Prometheus table query's is 'Value' only when it is the panel's one table query); name it with panel.ValueColumn(refId)";
    }
}
