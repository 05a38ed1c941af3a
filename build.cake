// Build script: `dotnet tool restore && dotnet cake --target=<Build|Test|Emit|Bench|BenchPeer|BenchColdStart|Pack|PublicApi>`.
using System.Xml.Linq;

var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");
var solution = "./Dashboards.sln";
var resultsDir = MakeAbsolute(Directory("./artifacts/test-results"));

Task("Build")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration });
});

// The tests run promtool and a real Prometheus server, and the preview tests a headless Chromium: install Debian's
// packages when they are missing.
// The fidelity oracle runs Grafana's own frontend packages under node, the LogQL tests Grafana's lezer-logql and the
// PromQL tests Prometheus's lezer-promql:
// `npm ci` from each package-lock.json when node_modules is missing.
Task("TestTools")
    .Does(() =>
{
    InstallOracleNodePackages();
    NpmCiWhenMissing("./tests/Dashboards.LogQL.Tests/Lezer", "node_modules/@grafana/lezer-logql/package.json", "Grafana's LogQL grammar (lezer-logql)");
    NpmCiWhenMissing("./tests/Dashboards.PromQL.Tests/Lezer", "node_modules/@prometheus-io/lezer-promql/package.json", "Prometheus's PromQL grammar (lezer-promql)");
    var packages = new List<string>();
    if (!IsOnPath("promtool") || !IsOnPath("prometheus")) packages.Add("prometheus");
    if (!IsOnPath("chromium")) packages.Add("chromium");
    if (packages.Count == 0)
    {
        Information("promtool, prometheus and chromium found.");
        return;
    }
    Information($"Installing Debian's {string.Join(" and ", packages)} package(s) ...");
    var sudo = IsOnPath("sudo") && !IsRoot() ? "sudo " : "";
    Run("bash", $"-c \"{sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive {sudo}apt-get install -y -qq --no-install-recommends {string.Join(" ", packages)}\"");
    if (!IsOnPath("promtool"))
        throw new CakeException("promtool is still missing after installing Debian's 'prometheus' package.");
    if (!IsOnPath("chromium"))
        throw new CakeException("chromium is still missing after installing Debian's 'chromium' package.");
    // Debian may start the packaged service we just installed; the tests run their own server on a free port (and
    // stop only that process). Stop the packaged service by its name, never other Prometheus processes on the machine.
    if (packages.Contains("prometheus"))
        StartProcess("bash", $"-c \"if command -v systemctl >/dev/null && systemctl is-active --quiet prometheus; then {sudo}systemctl stop prometheus; " +
                             $"elif [ -x /etc/init.d/prometheus ]; then {sudo}service prometheus stop; fi; true\"");
});

Task("Test")
    .IsDependentOn("TestTools")
    .IsDependentOn("Build")
    .Does(() =>
{
    CleanDirectory(resultsDir);
    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"test {solution} --no-build -c {configuration} --logger trx --results-directory \"{resultsDir}\"",
    });
    var (passed, failed, skipped) = CountTrxResults(resultsDir);
    var summary = $"{passed} passed, {failed} failed" + (skipped > 0 ? $", {skipped} skipped" : "");
    System.IO.File.WriteAllText(resultsDir.CombineWithFilePath("summary.txt").FullPath, summary + "\n");
    Information(summary);
    if (exit != 0 || failed > 0 || passed == 0)
        throw new CakeException($"Tests failed (dotnet test exit code {exit}): {summary}");
});

Task("Emit")
    .Does(() =>
{
    Run("dotnet", $"run --project dashboards -c {configuration}");
});

// The peer of the side-by-side benchmarks: Grafana's foundation SDK under node, `npm ci` from benchmarks/peer/package-lock.json.
Task("PeerTools")
    .Does(() =>
{
    var peer = MakeAbsolute(Directory("./benchmarks/peer")).FullPath;
    if (!IsOnPath("node") || !IsOnPath("npm"))
    {
        Information("Installing Debian's nodejs and npm for the benchmarks' peer ...");
        var sudo = IsOnPath("sudo") && !IsRoot() ? "sudo " : "";
        Run("bash", $"-c \"{sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive {sudo}apt-get install -y -qq --no-install-recommends nodejs npm\"");
    }
    var exit = StartProcess("npm", new ProcessSettings { Arguments = "ci --no-audit --no-fund", WorkingDirectory = peer });
    if (exit != 0) throw new CakeException($"'npm ci' in {peer} failed with exit code {exit}.");
});

// Build and serialize, 10 and 50 panels, against the foundation SDK in one interleaved run: prints the ratio and our allocation per panel.
Task("BenchPeer")
    .IsDependentOn("PeerTools")
    .Does(() =>
{
    Run("dotnet", "run -c Release --project benchmarks/Dashboards.Benchmarks -- peer");
});

// Cold start: the five suites' emit as a process against a node process writing 13 foundation-SDK dashboards.
Task("BenchColdStart")
    .IsDependentOn("PeerTools")
    .Does(() =>
{
    Run("bash", "benchmarks/cold-start.sh");
});

Task("Bench")
    .IsDependentOn("BenchPeer")
    .Does(() =>
{
    Run("dotnet", "run -c Release --project benchmarks/Dashboards.Benchmarks -- --filter *");
});

// NuGet packages of every project under src/ (the dotnet-new template included) into artifacts/packages.
Task("Pack")
    .Does(() =>
{
    var output = MakeAbsolute(Directory("./artifacts/packages"));
    CleanDirectory(output);
    Run("dotnet", $"pack {solution} -c {configuration} -o \"{output}\"");
});

// Re-takes the public API baseline of every library under src/ from its current code: PublicAPI.Shipped.txt gets the
// whole public API (sorted), PublicAPI.Unshipped.txt is emptied. With the files reset, one build reports every public
// symbol as RS0016; the compiler's SARIF log carries the exact line Roslyn's PublicApiAnalyzers expects for each
// (property APIName), so the files hold what the analyzer checks. A normal build then proves the baseline clean.
Task("PublicApi")
    .Does(() =>
{
    var projects = GetFiles("./src/*/*.csproj")
        .Where(p => !System.IO.File.ReadAllText(p.FullPath).Contains("<PackageType>Template</PackageType>"))
        .OrderBy(p => p.FullPath, StringComparer.Ordinal)
        .ToList();
    var root = MakeAbsolute(Directory("."));
    var solutionText = System.IO.File.ReadAllText(root.CombineWithFilePath("Dashboards.sln").FullPath);
    var outside = projects.Select(p => root.GetRelativePath(p).FullPath)
        .Where(p => !solutionText.Contains(p.Replace('/', '\\'), StringComparison.Ordinal))
        .ToList();
    if (outside.Count > 0)
        throw new CakeException("Not in Dashboards.sln (so neither packed nor baselined): " + string.Join(", ", outside) +
            ". Add them with `dotnet sln Dashboards.sln add --solution-folder src <csproj>`.");

    // The current files come back if anything below fails.
    var files = projects.SelectMany(p => new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" }
        .Select(f => p.GetDirectory().CombineWithFilePath(f).FullPath)).ToList();
    var before = files.ToDictionary(f => f, f => System.IO.File.Exists(f) ? System.IO.File.ReadAllText(f) : null);
    try
    {
        RetakePublicApi(projects, root);
    }
    catch
    {
        foreach (var (file, text) in before)
        {
            if (text is null) System.IO.File.Delete(file);
            else System.IO.File.WriteAllText(file, text);
        }
        Error("The public API baseline files were put back as they were.");
        throw;
    }
});

void RetakePublicApi(List<FilePath> projects, DirectoryPath root)
{
    foreach (var project in projects)
    {
        var dir = project.GetDirectory();
        System.IO.File.WriteAllText(dir.CombineWithFilePath("PublicAPI.Shipped.txt").FullPath, "#nullable enable\n");
        System.IO.File.WriteAllText(dir.CombineWithFilePath("PublicAPI.Unshipped.txt").FullPath, "#nullable enable\n");
    }

    // Only the libraries, in one build: a solution filter over the solution.
    var work = MakeAbsolute(Directory("./artifacts/public-api"));
    CleanDirectory(work);
    var filter = work.CombineWithFilePath("libraries.slnf").FullPath;
    var listed = string.Join(",\n", projects.Select(p => "      \"" + root.GetRelativePath(p).FullPath + "\""));
    System.IO.File.WriteAllText(filter,
        "{\n  \"solution\": {\n    \"path\": \"" + root.CombineWithFilePath("Dashboards.sln").FullPath + "\",\n    \"projects\": [\n" + listed + "\n    ]\n  }\n}\n");

    // The analyzer is referenced once a project has the files (src/Directory.Build.targets), so restore first.
    Run("dotnet", $"build \"{filter}\" -c {configuration} --no-incremental -clp:ErrorsOnly -p:PublicApiLogDirectory=\"{work.FullPath}\"");
    foreach (var project in projects)
    {
        var name = project.GetFilenameWithoutExtension().FullPath;
        var log = work.CombineWithFilePath(name + ".sarif").FullPath;
        if (!System.IO.File.Exists(log)) throw new CakeException($"No compiler log for {name} at {log}.");
        var entries = MissingPublicApi(log).Distinct(StringComparer.Ordinal).OrderBy(e => e, StringComparer.Ordinal).ToList();
        var dir = project.GetDirectory();
        System.IO.File.WriteAllText(dir.CombineWithFilePath("PublicAPI.Shipped.txt").FullPath,
            "#nullable enable\n" + string.Concat(entries.Select(e => e + "\n")));
        Information($"{name}: {entries.Count} public API entries.");
    }
    Run("dotnet", $"build \"{filter}\" -c {configuration}");
}

IEnumerable<string> MissingPublicApi(string sarifPath)
{
    using var document = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(sarifPath));
    foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
    foreach (var result in run.GetProperty("results").EnumerateArray())
    {
        if (result.GetProperty("ruleId").GetString() != "RS0016") continue;
        yield return result.GetProperty("properties").GetProperty("customProperties").GetProperty("APIName").GetString()
            ?? throw new CakeException($"RS0016 without APIName in {sarifPath}.");
    }
}

RunTarget(target);

(int passed, int failed, int skipped) CountTrxResults(DirectoryPath dir)
{
    int passed = 0, failed = 0, total = 0, executed = 0;
    foreach (var trx in GetFiles(dir.FullPath + "/*.trx"))
    {
        var counters = XDocument.Load(trx.FullPath).Descendants().First(e => e.Name.LocalName == "Counters");
        int Read(string name) => int.Parse(counters.Attribute(name)?.Value ?? "0");
        passed += Read("passed");
        failed += Read("failed") + Read("error") + Read("timeout") + Read("aborted");
        total += Read("total");
        executed += Read("executed");
    }
    return (passed, failed, total - executed);
}

void InstallOracleNodePackages() =>
    NpmCiWhenMissing("./tests/Dashboards.Fidelity.Tests/oracle", "node_modules/@grafana/data/package.json", "the fidelity oracle (@grafana/data, @grafana/schema, typescript)");

void NpmCiWhenMissing(string relativeFolder, string marker, string what)
{
    var folder = MakeAbsolute(Directory(relativeFolder)).FullPath;
    if (FileExists(folder + "/" + marker))
    {
        Information($"Node packages for {what} found.");
        return;
    }
    if (!IsOnPath("node") || !IsOnPath("npm"))
    {
        Information($"Installing Debian's nodejs and npm for {what} ...");
        var sudo = IsOnPath("sudo") && !IsRoot() ? "sudo " : "";
        Run("bash", $"-c \"{sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive {sudo}apt-get install -y -qq --no-install-recommends nodejs npm\"");
    }
    Information($"npm ci for {what} ...");
    var exit = StartProcess("npm", new ProcessSettings { Arguments = "ci --no-audit --no-fund", WorkingDirectory = folder });
    if (exit != 0) throw new CakeException($"'npm ci' in {folder} failed with exit code {exit}.");
}

bool IsOnPath(string tool) =>
    StartProcess("bash", new ProcessSettings { Arguments = $"-c \"command -v {tool} >/dev/null\"", Silent = true }) == 0;

bool IsRoot() =>
    StartProcess("bash", new ProcessSettings { Arguments = "-c \"test $(id -u) -eq 0\"", Silent = true }) == 0;

void Run(string tool, string arguments)
{
    var exit = StartProcess(tool, arguments);
    if (exit != 0)
        throw new CakeException($"'{tool} {arguments}' failed with exit code {exit}.");
}
