namespace Dashboards.Model;

/// <summary>
/// A dashboard row grouping panels. Expanded rows are followed by their panels in the emitted top-level list;
/// collapsed rows carry them in their own <c>panels</c>.
/// </summary>
public sealed record RowPanel
{
    public RowPanel(string title) => Title = title ?? throw new ArgumentNullException(nameof(title));

    public string Title { get; init; }
    public bool IsCollapsed { get; init; }
    public ImmutableArray<Panel> Panels { get; init; } = [];
    public string? RepeatVariable { get; init; }
    public DataSourceRef? Datasource { get; init; }

    public RowPanel AddPanel(Panel panel) => this with { Panels = Panels.Add(panel ?? throw new ArgumentNullException(nameof(panel))) };
    public RowPanel AddPanels(params Panel[] panels) => this with { Panels = Panels.AddRange((ReadOnlySpan<Panel>)(panels ?? throw new ArgumentNullException(nameof(panels)))) };
    public RowPanel Collapsed(bool collapsed = true) => this with { IsCollapsed = collapsed };
    public RowPanel WithTitle(string title) => this with { Title = title };
    public RowPanel WithDatasource(DataSourceRef datasource) => this with { Datasource = datasource };

    /// <summary>Repeats the row (and its panels) once per value of <paramref name="variable"/>.</summary>
    public RowPanel Repeat(string variable)
    {
        if (string.IsNullOrWhiteSpace(variable) || variable.StartsWith('$'))
            throw new ArgumentException("Give the variable name without '$'.", nameof(variable));
        return this with { RepeatVariable = variable };
    }
}
