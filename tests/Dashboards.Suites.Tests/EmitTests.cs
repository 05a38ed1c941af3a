using Dashboards.Cli;
using Dashboards.Suites.Tests.Documents;
using Dashboards.Testing;

namespace Dashboards.Suites.Tests;

/// <summary>What <c>dotnet run --project dashboards</c> does: the CLI host writes every dashboard and rule file.</summary>
public sealed class EmitTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "suites-emit-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_cli_writes_every_dashboard_and_rule_file_and_promtool_accepts_the_written_rules()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = DashboardsCli.Run(["--output", _directory], AllSuites.Catalog, output, error);

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        var dashboards = ExpectedSuites.All.Select(d => $"{d.FolderUid}/{d.Uid}.json");
        var rules = ExpectedSuites.RuleNames.Keys.Select(n => $"rules/{n}.yml");
        var written = Directory.EnumerateFiles(_directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_directory, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith('.'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(dashboards.Concat(rules).Order(StringComparer.Ordinal), written);

        foreach (var file in rules)
        {
            var result = Promtool.CheckRules(File.ReadAllText(Path.Combine(_directory, file)));
            Assert.True(result.Success, $"promtool check rules {file}:\n{result}");
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
