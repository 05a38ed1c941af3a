using System.CommandLine;
using Dashboards.Review.Lint;

namespace Dashboards.Cli.Review;

/// <summary><c>lint</c>: the lint rules over every dashboard; also run by <c>validate</c> and <c>emit</c>.</summary>
internal static class LintCommand
{
    private static readonly Option<bool> Rules = new("--rules") { Description = "List the lint rules (id, severity, what they check) and exit." };
    private static readonly Option<bool> ShowSilences = new("--silences") { Description = "Also list every silence applied, with its reason." };

    public static void AddTo(RootCommand root, CliContext context)
    {
        var lint = new Command("lint", "Check every dashboard against the lint rules (docs/lint.md). Errors exit 1; warnings are printed.");
        lint.Options.Add(Rules);
        lint.Options.Add(ShowSilences);
        lint.SetAction(result => result.GetValue(Rules) ? ListRules(context) : Run(context, result.GetValue(ShowSilences)));
        root.Subcommands.Add(lint);
    }

    private static int ListRules(CliContext context)
    {
        foreach (var rule in LintRules.All)
            context.Out.WriteLine($"{rule.Id,-38} {rule.Severity.ToString().ToLowerInvariant(),-8} {rule.Summary}");
        return ExitCodes.Success;
    }

    private static int Run(CliContext context, bool showSilences)
    {
        var report = Linter.Lint(context.Catalog);
        Print(context, report, showSilences);
        return report.HasErrors ? ExitCodes.ValidationFailed : ExitCodes.Success;
    }

    /// <summary>For <c>validate</c> and <c>emit</c>: prints findings; false when any is an error.</summary>
    public static bool RunInside(CliContext context)
    {
        var report = Linter.Lint(context.Catalog);
        Print(context, report, showSilences: false);
        return !report.HasErrors;
    }

    private static void Print(CliContext context, LintReport report, bool showSilences)
    {
        foreach (var finding in report.Errors) context.Error.WriteLine(finding);
        foreach (var finding in report.Warnings) context.Out.WriteLine(finding);
        if (showSilences)
        {
            foreach (var s in report.Silences)
                context.Out.WriteLine($"silenced {s.RuleId}: {s.Dashboard}{(s.Panel is null ? "" : $" / panel \"{s.Panel}\"")}: {s.Reason} ({s.Hidden} finding(s))");
        }
        context.Out.WriteLine(report.Summary);
    }
}
