using System.Text;

namespace Dashboards.TestKit.Tests;

/// <summary>One class (so run one at a time): the update tests set UPDATE_GOLDEN, which the others must not see.</summary>
public sealed class GoldenFilesTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "testkit-golden-" + Guid.NewGuid().ToString("N"));

    private static Model.CatalogCompilation Compile() => CatalogAssert.Compiles(Shop.Catalog());

    [Fact]
    public void A_missing_golden_copy_fails_and_says_how_to_create_it()
    {
        var e = Assert.Throws<DashboardAssertionException>(() => new GoldenFiles(_directory).VerifyAll(Compile()));

        Assert.Contains("shop/shop-overview.json: no golden copy at", e.Message);
        Assert.Contains("rules/shop.yml: no golden copy at", e.Message);
        Assert.Contains("UPDATE_GOLDEN=1", e.Message);
    }

    [Fact]
    public void Update_writes_the_golden_copies_as_the_cli_lays_them_out_and_then_they_match()
    {
        WithUpdate(() => new GoldenFiles(_directory).VerifyAll(Compile()));

        var compilation = Compile();
        Assert.Equal(Encoding.UTF8.GetString(compilation.Dashboards.Single().Json), File.ReadAllText(Path.Combine(_directory, "shop", "shop-overview.json")));
        Assert.Equal(compilation.RuleFiles.Single().Yaml, File.ReadAllText(Path.Combine(_directory, "rules", "shop.yml")));
        new GoldenFiles(_directory).VerifyAll(compilation);
    }

    [Fact]
    public void A_changed_output_fails_with_a_line_diff()
    {
        WithUpdate(() => new GoldenFiles(_directory).VerifyAll(Compile()));
        var path = Path.Combine(_directory, "shop", "shop-overview.json");
        var lines = File.ReadAllLines(path);
        var titleLine = Array.FindIndex(lines, l => l.Contains("\"title\": \"Shop overview\""));
        lines[titleLine] = lines[titleLine].Replace("Shop overview", "Old title");
        File.WriteAllText(path, string.Join("\n", lines) + "\n");

        var e = Assert.Throws<DashboardAssertionException>(() => new GoldenFiles(_directory).VerifyAll(Compile()));

        Assert.Contains("shop/shop-overview.json differs from its golden copy", e.Message);
        var number = (titleLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(5);
        Assert.Contains($"- {number} |   \"title\": \"Old title\",", e.Message);
        Assert.Contains($"+ {number} |   \"title\": \"Shop overview\",", e.Message);
        Assert.DoesNotContain("rules/shop.yml", e.Message);
    }

    [Fact]
    public void A_golden_copy_without_output_fails_and_update_deletes_it()
    {
        WithUpdate(() => new GoldenFiles(_directory).VerifyAll(Compile()));
        var stale = Path.Combine(_directory, "shop", "removed-dashboard.json");
        File.WriteAllText(stale, "{}");

        var e = Assert.Throws<DashboardAssertionException>(() => new GoldenFiles(_directory).VerifyAll(Compile()));
        Assert.Contains("Golden copies with no output (a dashboard or rule file was removed or renamed): shop/removed-dashboard.json", e.Message);

        WithUpdate(() => new GoldenFiles(_directory).VerifyAll(Compile()));
        Assert.False(File.Exists(stale));
    }

    [Fact]
    public void InProject_finds_the_calling_test_project_folder()
    {
        var golden = GoldenFiles.InProject("Golden");

        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(golden.Directory)!, "Dashboards.TestKit.Tests.csproj")), golden.Directory);
    }

    private static void WithUpdate(Action action)
    {
        Environment.SetEnvironmentVariable(GoldenFiles.UpdateVariable, "1");
        try { action(); }
        finally { Environment.SetEnvironmentVariable(GoldenFiles.UpdateVariable, null); }
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
