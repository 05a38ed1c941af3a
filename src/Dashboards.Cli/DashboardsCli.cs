using System.CommandLine;
using Dashboards.Cli.Emit;
using Dashboards.Cli.Provisioning;
using Dashboards.Cli.Review;
using Dashboards.Model;

namespace Dashboards.Cli;

/// <summary>
/// The command-line host a dashboards project hands its catalog to:
/// <code>return DashboardsCli.Run(args, Catalog.All);</code>
/// </summary>
public static class DashboardsCli
{
    /// <summary>Runs the verb named in <paramref name="args"/> over <paramref name="catalog"/> and returns the process exit code.</summary>
    public static int Run(string[] args, Catalog catalog) => Run(args, catalog, Console.Out, Console.Error);

    /// <summary>
    /// As <see cref="Run(string[], Catalog)"/>, building the catalog here: <c>DashboardsCli.Run(args, DashboardCatalog.Build)</c>.
    /// The compiler's one-time start-up work then runs on another core while <paramref name="buildCatalog"/> runs, which
    /// shortens a short emit's wall time. The catalog is built before the arguments are read, as with the other overload.
    /// </summary>
    public static int Run(string[] args, Func<Catalog> buildCatalog)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(buildCatalog);
        CompilerWarmUp.StartFor(args);
        return Run(args, buildCatalog());
    }

    /// <summary>As <see cref="Run(string[], Catalog)"/>, writing to the given writers (used by tests).</summary>
    public static int Run(string[] args, Catalog catalog, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(catalog);
        var context = new CliContext(catalog, output, error);
        var root = BuildRootCommand(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && !IsHelpRequest(args))
        {
            foreach (var parseError in parsed.Errors)
                error.WriteLine(parseError.Message);
            error.WriteLine("Run with --help to see the verbs and options.");
            return ExitCodes.UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>The root command with every verb, bound to <paramref name="context"/>.</summary>
    public static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand(
            "Compile typed C# dashboards to Grafana JSON and Prometheus rule files, validate them, and push them to Grafana.\n" +
            "Without a verb: compile, validate and write everything to ./out (see --output).");
        EmitCommands.AddTo(root, context);
        PushCommand.AddTo(root, context);
        PlanCommand.AddTo(root, context);
        PruneCommand.AddTo(root, context);
        ProvisionFilesCommand.AddTo(root, context);
        LintCommand.AddTo(root, context);
        CheckDataCommand.AddTo(root, context);
        PreviewCommand.AddTo(root, context);
        Import.ImportCommand.AddTo(root, context);
        Import.PullCommand.AddTo(root, context);
        return root;
    }

    private static bool IsHelpRequest(string[] args) =>
        args.Any(a => a is "--help" or "-h" or "-?" or "/?");
}
