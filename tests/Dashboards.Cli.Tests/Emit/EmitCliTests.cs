using System.Text.Json;
using Dashboards.Model;
using Dashboards.PromQL;

namespace Dashboards.Cli.Tests.Emit;

/// <summary>The default verb and <c>validate</c>, driven through <see cref="DashboardsCli.Run(string[], Catalog, TextWriter, TextWriter)"/>.</summary>
public sealed class EmitCliTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dashboards-cli-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    private string Output => Path.Combine(_root, "out");

    private static Catalog ValidCatalog()
    {
        var requests = Prom.Sum(Prom.Rate(Prom.Metric("http_requests_total").Range(PromDuration.RateInterval))).By("status");
        var api = new Dashboard("api-overview", "API Overview")
            .AddPanel(new StatPanel("Requests").WithTargets(new PrometheusTarget(requests)))
            .AddPanel(new TimeSeriesPanel("Requests by status").WithTargets(new PrometheusTarget(requests)));
        var jobs = new Dashboard("jobs", "Jobs")
            .AddPanel(new StatPanel("Up").WithTargets(PrometheusTarget.Raw("sum(up)")));
        return Catalog.Create()
            .AddFolder(new Folder("platform", "Platform"), api)
            .AddFolder(new Folder("batch", "Batch"), jobs);
    }

    private static Catalog InvalidCatalog() =>
        ValidCatalog().AddFolder(
            new Folder("broken", "Broken"),
            new Dashboard("too-wide", "Too Wide").AddPanel(new StatPanel("Wide").WithTargets(PrometheusTarget.Raw("up")).Size(30, 4)));

    private int Run(Catalog catalog, params string[] args) => DashboardsCli.Run(args, catalog, _out, _err);

    [Fact]
    public void Default_verb_writes_one_json_file_per_dashboard_under_its_folder_and_prints_the_summary()
    {
        var exit = Run(ValidCatalog(), "--output", Output);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", _err.ToString());
        var written = Directory.GetFiles(Output, "*.json", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Output, p)).Order().ToArray();
        Assert.Equal([Path.Combine("batch", "jobs.json"), Path.Combine("platform", "api-overview.json")], written);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Output, "platform", "api-overview.json")));
        Assert.Equal("api-overview", json.RootElement.GetProperty("uid").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("panels").GetArrayLength());

        var summary = _out.ToString();
        Assert.Contains("API Overview", summary);
        Assert.Contains("Jobs", summary);
        Assert.Contains("Wrote 2 dashboard(s)", summary);
    }

    [Fact]
    public void Emitting_twice_gives_byte_identical_files()
    {
        Run(ValidCatalog(), "-o", Output);
        var first = File.ReadAllBytes(Path.Combine(Output, "platform", "api-overview.json"));
        Run(ValidCatalog(), "emit", "-o", Output);
        var second = File.ReadAllBytes(Path.Combine(Output, "platform", "api-overview.json"));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Validate_writes_nothing()
    {
        var cwdOut = Path.Combine(Directory.GetCurrentDirectory(), "out");
        var existedBefore = Directory.Exists(cwdOut);

        var exit = Run(ValidCatalog(), "validate");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("are valid", _out.ToString());
        Assert.Equal(existedBefore, Directory.Exists(cwdOut));
    }

    [Fact]
    public void An_invalid_dashboard_fails_with_a_message_naming_it_and_nothing_is_written()
    {
        Assert.Equal(ExitCodes.Success, Run(ValidCatalog(), "-o", Output));
        var before = File.ReadAllBytes(Path.Combine(Output, "platform", "api-overview.json"));

        var exit = Run(InvalidCatalog(), "-o", Output);

        Assert.Equal(ExitCodes.ValidationFailed, exit);
        var errors = _err.ToString();
        Assert.Contains("nothing was written", errors);
        Assert.Contains("Too Wide", errors);
        Assert.Contains("Wide", errors);
        Assert.False(Directory.Exists(Path.Combine(Output, "broken")));
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(Output, "platform", "api-overview.json")));
        Assert.Contains("no", _out.ToString()); // the summary marks the invalid dashboard
    }

    [Fact]
    public void Validate_reports_invalid_dashboards_with_exit_code_1()
    {
        var exit = Run(InvalidCatalog(), "validate");

        Assert.Equal(ExitCodes.ValidationFailed, exit);
        Assert.Contains("Too Wide", _err.ToString());
    }

    [Fact]
    public void A_directory_not_written_by_the_tool_is_left_alone()
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "notes.txt"), "mine");

        var exit = Run(ValidCatalog(), "-o", Output);

        Assert.NotEqual(ExitCodes.Success, exit);
        Assert.Contains("not written by this tool", _err.ToString());
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(Output).Select(Path.GetFileName));
    }

    [Fact]
    public void Help_lists_every_verb()
    {
        var exit = Run(ValidCatalog(), "--help");

        Assert.Equal(ExitCodes.Success, exit);
        var help = _out.ToString();
        foreach (var verb in new[] { "emit", "validate", "push", "plan", "prune", "provision-files", "--output" })
            Assert.Contains(verb, help);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var exit = Run(ValidCatalog(), "--no-such-option");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("--no-such-option", _err.ToString());
        Assert.Contains("--help", _err.ToString());
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        _out.Dispose();
        _err.Dispose();
    }
}
