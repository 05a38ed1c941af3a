using System.CommandLine;
using Dashboards.Cli.Review;
using Dashboards.Model;
using Spectre.Console;

namespace Dashboards.Cli.Emit;

/// <summary>The default verb (compile, validate, write JSON and rule files) and <c>validate</c> (the same, writing nothing).</summary>
internal static class EmitCommands
{
    public static readonly Option<DirectoryInfo> Output = new("--output", "-o")
    {
        Description = "Directory to write to: <folder>/<uid>.json per dashboard and rules/<name>.yml per rule file. " +
                      "It is replaced as a whole.",
        DefaultValueFactory = _ => new DirectoryInfo("out"),
    };

    /// <summary>Makes <paramref name="root"/> emit when no verb is given, and adds an explicit <c>emit</c> verb.</summary>
    public static void AddTo(RootCommand root, CliContext context)
    {
        root.Options.Add(Output);
        root.SetAction(result => Emit(context, result.GetValue(Output)!));

        var emit = new Command("emit", "Compile and validate every dashboard and rule file, then write them (the default verb).");
        emit.Options.Add(Output);
        emit.SetAction(result => Emit(context, result.GetValue(Output)!));
        root.Subcommands.Add(emit);

        var validate = new Command("validate", "Compile and validate everything, print the summary, write nothing.");
        validate.SetAction(_ => Validate(context));
        root.Subcommands.Add(validate);
    }

    internal static int Emit(CliContext context, DirectoryInfo output)
    {
        var ok = context.TryCompile(out var compilation);
        SummaryTable.Write(context, compilation);
        if (!ok || !LintCommand.RunInside(context))
            return ExitCodes.ValidationFailed;

        var files = compilation.Dashboards
            .Select(d => new OutputFile(Path.Combine(d.Folder.Uid, d.Uid + ".json"), d.Json))
            .Concat(compilation.RuleFiles.Select(r =>
                new OutputFile(Path.Combine("rules", r.Name + ".yml"), System.Text.Encoding.UTF8.GetBytes(r.Yaml))))
            .ToList();

        var clash = files.GroupBy(f => f.RelativePath, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            context.Error.WriteLine($"Two outputs would be written to '{clash.Key}'; nothing was written. " +
                                    "A folder uid may not be 'rules', and rule file names must be unique.");
            return ExitCodes.ValidationFailed;
        }

        try
        {
            OutputDirectory.Replace(output.FullName, files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"Could not write '{output.FullName}': {e.Message}");
            return ExitCodes.ValidationFailed;
        }

        context.Out.WriteLine(
            $"Wrote {compilation.Dashboards.Count} dashboard(s) and {compilation.RuleFiles.Count} rule file(s) to {output.FullName}");
        return ExitCodes.Success;
    }

    internal static int Validate(CliContext context)
    {
        var ok = context.TryCompile(out var compilation);
        SummaryTable.Write(context, compilation);
        ok = ok && LintCommand.RunInside(context);
        if (ok)
            context.Out.WriteLine($"All {compilation.Dashboards.Count} dashboard(s) and {compilation.RuleFiles.Count} rule file(s) are valid.");
        return ok ? ExitCodes.Success : ExitCodes.ValidationFailed;
    }
}

/// <summary>The per-dashboard summary every compiling verb prints: every dashboard of the catalog, valid or not.</summary>
internal static class SummaryTable
{
    public static void Write(CliContext context, CatalogCompilation compilation)
    {
        var invalid = compilation.Errors.Select(e => e.Dashboard).ToHashSet(StringComparer.Ordinal);
        var compiled = compilation.Dashboards.ToDictionary(d => d.Uid, StringComparer.Ordinal);
        var rows = new List<(string[] Cells, bool Valid)>();
        foreach (var (folder, dashboard) in context.Catalog.AllDashboards())
        {
            compiled.TryGetValue(dashboard.Uid, out var output);
            rows.Add(([
                folder.Title,
                dashboard.Title,
                dashboard.Uid,
                Number(output?.PanelCount ?? dashboard.PanelCount),
                output is null ? "-" : Number(output.QueryCount),
                "",
            ], !invalid.Contains(dashboard.Title)));
        }
        foreach (var (cells, valid) in rows) cells[^1] = valid ? "yes" : "no";

        // Logs and files get the same table without starting Spectre (a fifth of a short emit's start-up).
        if (!context.IsInteractive && PlainTable.TryWrite(context.Out, Headers, RightAligned, [.. rows.Select(r => r.Cells)], CliContext.RedirectedWidth))
            return;

        var table = new Table().Border(TableBorder.Rounded);
        for (var c = 0; c < Headers.Length; c++)
            table.AddColumn(RightAligned[c] ? new TableColumn(Headers[c]).RightAligned() : new TableColumn(Headers[c]));
        foreach (var (cells, valid) in rows)
            table.AddRow([.. cells[..^1].Select(Markup.Escape), valid ? "[green]yes[/]" : "[red]no[/]"]);
        context.Console.Write(table);
    }

    private static readonly string[] Headers = ["Folder", "Dashboard", "UID", "Panels", "Queries", "Valid"];
    private static readonly bool[] RightAligned = [false, false, false, true, true, false];

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
