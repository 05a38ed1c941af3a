using System.CommandLine;
using Dashboards.Import;

namespace Dashboards.Cli.Import;

/// <summary><c>import PATH... --output DIR --namespace NS</c>: Grafana dashboard JSON → typed C# (see docs/import.md).</summary>
internal static class ImportCommand
{
    public static void AddTo(RootCommand root, CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Dashboard JSON files or folders (plain, shared export, or API {dashboard, meta}).", Arity = ArgumentArity.OneOrMore };
        var output = ImportOutput.OutputOption();
        var ns = ImportOutput.NamespaceOption();
        var command = new Command("import", "Turn Grafana dashboard JSON into typed C#: one class per dashboard and ImportedCatalog.cs.");
        command.Arguments.Add(paths);
        command.Options.Add(output);
        command.Options.Add(ns);
        command.SetAction(result =>
        {
            try
            {
                var sources = ImportSource.Load(result.GetValue(paths)!);
                return ImportOutput.Write(sources, result.GetValue(output)!, result.GetValue(ns)!, context);
            }
            catch (ImportException e)
            {
                context.Error.WriteLine(e.Message);
                return ExitCodes.ValidationFailed;
            }
        });
        root.Subcommands.Add(command);
    }
}

/// <summary>The options and the writing step <c>import</c> and <c>pull</c> share.</summary>
internal static class ImportOutput
{
    public static Option<string> OutputOption() => new("--output", "-o")
    {
        Description = "Directory for the generated .cs files.",
        DefaultValueFactory = _ => "Imported",
    };

    public static Option<string> NamespaceOption() => new("--namespace")
    {
        Description = "Namespace of the generated classes.",
        DefaultValueFactory = _ => "Dashboards.Imported",
    };

    public static int Write(IReadOnlyList<ImportSource> sources, string directory, string ns, CliContext context)
    {
        if (sources.Count == 0)
        {
            context.Error.WriteLine("No dashboards found.");
            return ExitCodes.ValidationFailed;
        }
        var result = DashboardImporter.Import(sources, ns);
        result.WriteTo(directory);
        foreach (var warning in result.Warnings) context.Error.WriteLine("warning: " + warning);
        foreach (var d in result.Dashboards)
            context.Out.WriteLine($"imported {d.Uid} ({d.Title}) -> {Path.Combine(directory, d.File.FileName)}");
        context.Out.WriteLine($"{result.Dashboards.Count} dashboard(s), {result.Warnings.Count} warning(s); catalog: {Path.Combine(directory, result.Catalog.FileName)}");
        return ExitCodes.Success;
    }
}
