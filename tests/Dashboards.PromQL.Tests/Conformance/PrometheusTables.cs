using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboards.PromQL.Tests.Conformance;

/// <summary>Prometheus's own parser, printer, prettier and engine test expressions (TestData/Prometheus, see PROVENANCE.md).</summary>
internal static class PrometheusTables
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public sealed record ParseError(int Start, int End, string Message);

    public sealed record ParseRow(string Input, bool Fail, ParseError[]? Errors, string? Number);

    public sealed record InOutRow(string Test, string In, string Out, int? Width);

    public sealed record EvalRow(string File, int Line, string Expr);

    public sealed record FunctionRow(string Name, string[] Args, int Variadic, string Returns, bool Experimental);

    public sealed record KnownDisagreement(string Table, string Input, string Reason);

    public static IReadOnlyList<ParseRow> Parse { get; } = Load<ParseRow>("parse-table.jsonl");

    public static IReadOnlyList<InOutRow> Printer { get; } = Load<InOutRow>("printer-table.jsonl");

    public static IReadOnlyList<InOutRow> Prettier { get; } = Load<InOutRow>("prettier-table.jsonl");

    public static IReadOnlyList<EvalRow> Eval { get; } = Load<EvalRow>("eval-expressions.jsonl");

    public static IReadOnlyList<FunctionRow> Functions { get; } = Load<FunctionRow>("functions.jsonl");

    /// <summary>Where we knowingly differ from Prometheus, with the reason; the tests insist the list is exact.</summary>
    public static IReadOnlyList<KnownDisagreement> Known { get; } = Load<KnownDisagreement>("known-disagreements.jsonl");

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "Prometheus", file);

    private static List<T> Load<T>(string file)
    {
        var path = PathOf(file);
        if (!File.Exists(path)) return [];
        return File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<T>(l, Options)!).ToList();
    }
}
