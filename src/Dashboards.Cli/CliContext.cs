using System.Text.Json.Nodes;
using Dashboards.Model;
using Dashboards.Provisioning;
using Spectre.Console;

namespace Dashboards.Cli;

/// <summary>
/// What every verb needs: the catalog, compiled once and on demand, and where to write messages.
/// Verbs never print a compile error themselves; <see cref="TryCompile"/> reports them once, the same way for all.
/// </summary>
public sealed class CliContext
{
    internal const int RedirectedWidth = 160;

    private CatalogCompilation? _compilation;
    private IAnsiConsole? _console;

    public CliContext(Catalog catalog, TextWriter output, TextWriter error)
    {
        Catalog = catalog;
        Out = output;
        Error = error;
    }

    public Catalog Catalog { get; }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Spectre console bound to <see cref="Out"/>, for tables; plain text when output is redirected.</summary>
    /// <remarks>Created on first use: Spectre's start-up is a noticeable part of a short emit's (docs/benchmarks.md).</remarks>
    public IAnsiConsole Console => _console ??= CreateConsole(Out);

    /// <summary>Output goes to a terminal (colours, its width) rather than a log or a file.</summary>
    internal bool IsInteractive => ReferenceEquals(Out, System.Console.Out) && !System.Console.IsOutputRedirected;

    /// <summary>Compiles and validates the whole catalog (once). Returns false, after printing every error, when anything is invalid.</summary>
    public bool TryCompile(out CatalogCompilation compilation)
    {
        compilation = _compilation ??= CatalogCompiler.Compile(Catalog);
        if (compilation.Success)
            return true;

        Error.WriteLine($"{compilation.Errors.Count} error(s); nothing was written:");
        foreach (var error in compilation.Errors)
            Error.WriteLine($"  {error}");
        return false;
    }

    /// <summary>The compiled dashboards as provisioning documents (JSON plus folder), or false after reporting compile errors.</summary>
    public bool TryCompileForProvisioning(out IReadOnlyList<DashboardDocument> documents)
    {
        if (!TryCompile(out var compilation))
        {
            documents = [];
            return false;
        }

        documents = compilation.Dashboards
            .Select(d => new DashboardDocument(
                d.Uid,
                d.Title,
                new FolderRef(d.Folder.Uid, d.Folder.Title, d.Folder.ParentUid),
                JsonNode.Parse(d.Json)!.AsObject()))
            .ToList();
        return true;
    }

    private static IAnsiConsole CreateConsole(TextWriter output)
    {
        var interactive = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        // Logs (CI, files) have no width; Spectre would assume 80 columns and wrap every title.
        if (!interactive)
            console.Profile.Width = RedirectedWidth;
        return console;
    }
}
