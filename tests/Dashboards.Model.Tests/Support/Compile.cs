namespace Dashboards.Model.Tests;

internal static class Compile
{
    public static readonly Folder Folder = new("tests", "Tests");

    public static CatalogCompilation One(Dashboard dashboard) =>
        CatalogCompiler.Compile(Catalog.Create().AddFolder(Folder, dashboard));

    /// <summary>Errors of compiling <paramref name="dashboard"/>, asserting there is at least one.</summary>
    public static IReadOnlyList<CompileError> Errors(Dashboard dashboard)
    {
        var result = One(dashboard);
        Assert.False(result.Success, "expected compile errors, got none");
        Assert.Empty(result.Dashboards);
        return result.Errors;
    }

    public static CompiledDashboard Ok(Dashboard dashboard)
    {
        var result = One(dashboard);
        Assert.True(result.Success, "unexpected errors:\n" + string.Join("\n", result.Errors));
        return Assert.Single(result.Dashboards);
    }
}
