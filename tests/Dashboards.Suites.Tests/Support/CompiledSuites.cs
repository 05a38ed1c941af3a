using Dashboards.Model;

namespace Dashboards.Suites.Tests.Support;

/// <summary>The suites compiled once for all tests.</summary>
public static class CompiledSuites
{
    private static readonly Lazy<CatalogCompilation> LazyCompilation = new(() => CatalogCompiler.Compile(AllSuites.Catalog));

    public static CatalogCompilation Compilation => LazyCompilation.Value;

    public static CompiledDashboard Dashboard(string uid) =>
        Compilation.Dashboards.SingleOrDefault(d => d.Uid == uid)
        ?? throw new Xunit.Sdk.XunitException(
            $"No dashboard with uid '{uid}'. Compiled: {string.Join(", ", Compilation.Dashboards.Select(d => d.Uid))}. " +
            $"Errors: {string.Join("; ", Compilation.Errors)}");

    public static CompiledRuleFile RuleFile(string name) =>
        Compilation.RuleFiles.SingleOrDefault(r => r.Name == name)
        ?? throw new Xunit.Sdk.XunitException(
            $"No rule file '{name}'. Compiled: {string.Join(", ", Compilation.RuleFiles.Select(r => r.Name))}.");
}
