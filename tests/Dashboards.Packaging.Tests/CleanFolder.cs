using System.Diagnostics;
using System.Reflection;

namespace Dashboards.Packaging.Tests;

/// <summary>
/// What a new user does, once for all tests of <see cref="CleanFolderTests"/>: pack the repository into a local folder
/// feed, install the template from it with a private DOTNET_CLI_HOME and package cache, instantiate it in an empty
/// temporary folder outside the repository, then build, emit and test the new solution. Steps stop at the first failure.
/// </summary>
public sealed class CleanFolder : IDisposable
{
    public const string ProjectName = "Acme.Dashboards";
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(8);

    public CleanFolder()
    {
        var assembly = typeof(CleanFolder).Assembly;
        RepositoryRoot = Metadata(assembly, "RepositoryRoot");
        Configuration = Metadata(assembly, "Configuration");
        Root = Path.Combine(Path.GetTempPath(), "dashboards-clean-folder-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Workspace = Path.Combine(Root, "work");
        ProjectDirectory = Path.Combine(Workspace, "acme");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Workspace);

        // 1. Every package, as the README says: `dotnet pack -c Release -o DIR` at the root (the solution is built already).
        Pack = DotnetProcess.Run(RepositoryRoot, new Dictionary<string, string?>(), StepTimeout,
            "pack", "-c", Configuration, "--no-build", "-o", Feed);
        if (Pack.ExitCode != 0) return;
        Version = Path.GetFileName(Directory.GetFiles(Feed, "Panelwright.Dashboards.Templates.*.nupkg").Single())
            ["Panelwright.Dashboards.Templates.".Length..^".nupkg".Length];

        // 2-5. A user's machine: own dotnet home (template registry), own package cache, nothing from this repository.
        var user = new Dictionary<string, string?>
        {
            ["DOTNET_CLI_HOME"] = Path.Combine(Root, "home"),
            ["NUGET_PACKAGES"] = PrivatePackages,
            ["DASHBOARDS_ARTIFACTS"] = null,
            ["UPDATE_GOLDEN"] = null,
        };
        var clock = Stopwatch.StartNew();
        Install = DotnetProcess.Run(Workspace, user, StepTimeout, "new", "install", Path.Combine(Feed, $"Panelwright.Dashboards.Templates.{Version}.nupkg"));
        if (Install.ExitCode != 0) return;
        Instantiate = DotnetProcess.Run(Workspace, user, StepTimeout, "new", "grafana-dashboards", "-n", ProjectName, "-o", "acme");
        if (Instantiate.ExitCode != 0) return;
        File.WriteAllText(Path.Combine(ProjectDirectory, "nuget.config"), NuGetConfig());
        Build = DotnetProcess.Run(ProjectDirectory, user, StepTimeout, "build");
        if (Build.ExitCode != 0) return;
        Emit = DotnetProcess.Run(ProjectDirectory, user, StepTimeout, "run", "--project", ProjectName);
        EmptyFolderToJson = clock.Elapsed;
        if (Emit.ExitCode != 0) return;
        Test = DotnetProcess.Run(ProjectDirectory, user, StepTimeout, "test");
    }

    public string RepositoryRoot { get; }
    public string Configuration { get; }
    public string Root { get; }
    public string Feed { get; }
    public string Workspace { get; }
    public string ProjectDirectory { get; }
    public string PrivatePackages => Path.Combine(Root, "packages");
    public string? Version { get; }

    public ProcessResult Pack { get; }
    public ProcessResult? Install { get; }
    public ProcessResult? Instantiate { get; }
    public ProcessResult? Build { get; }
    public ProcessResult? Emit { get; }
    public ProcessResult? Test { get; }

    /// <summary>From an empty folder to emitted JSON: template install, instantiate, restore and build, emit.</summary>
    public TimeSpan EmptyFolderToJson { get; }

    /// <summary>
    /// The local feed first; the rest (xunit, System.CommandLine, ...) from the package folders this machine already
    /// restored from NuGet for the repository's own build, so the run needs no network.
    /// </summary>
    private static string NuGetConfig()
    {
        var folders = new List<string> { "<add key=\"local-feed\" value=\"../../feed\" />" };
        var machineCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var index = 0;
        foreach (var folder in new[] { machineCache, "/opt/nuget/packages" }.Where(Directory.Exists).Distinct())
            folders.Add($"<add key=\"machine-packages-{index++}\" value=\"{folder}\" />");
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                {string.Join("\n    ", folders)}
              </packageSources>
            </configuration>
            """;
    }

    private static string Metadata(Assembly assembly, string key) =>
        assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the folder is under the temp directory anyway.
        }
    }
}
