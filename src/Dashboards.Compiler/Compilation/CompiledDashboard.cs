namespace Dashboards.Model;

/// <summary>A dashboard compiled to Grafana JSON.</summary>
public sealed record CompiledDashboard(Folder Folder, string Uid, string Title, int PanelCount, int QueryCount, byte[] Json, Dashboard Source)
{
    /// <summary>The JSON as text.</summary>
    public string JsonText => System.Text.Encoding.UTF8.GetString(Json);
}

/// <summary>A Prometheus rule file rendered to YAML.</summary>
public sealed record CompiledRuleFile(string Name, string Yaml);

/// <summary>Result of <see cref="CatalogCompiler.Compile"/>: everything, or (when any error) only the errors.</summary>
public sealed record CatalogCompilation(
    IReadOnlyList<CompiledDashboard> Dashboards,
    IReadOnlyList<CompiledRuleFile> RuleFiles,
    IReadOnlyList<CompileError> Errors)
{
    public bool Success => Errors.Count == 0;
}
