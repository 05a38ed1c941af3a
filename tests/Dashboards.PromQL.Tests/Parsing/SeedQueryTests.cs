using System.Text.Json;
using Dashboards.PromQL.Parsing;

namespace Dashboards.PromQL.Tests.Parsing;

/// <summary>All PromQL found in the suites' requirement documents (TestData/seed-queries.json).</summary>
public class SeedQueryTests
{
    public sealed record SeedQuery(string Source, string In, string? Out, string? Error)
    {
        public override string ToString() => Source;
    }

    public static IReadOnlyList<SeedQuery> All { get; } = Load();

    private static List<SeedQuery> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "seed-queries.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var list = new List<SeedQuery>();
        foreach (var q in doc.RootElement.GetProperty("queries").EnumerateArray())
        {
            list.Add(new SeedQuery(
                q.GetProperty("source").GetString()!,
                q.GetProperty("in").GetString()!,
                q.TryGetProperty("out", out var o) ? o.GetString() : null,
                q.TryGetProperty("error", out var e) ? e.GetString() : null));
        }
        return list;
    }

    public static TheoryData<SeedQuery> Valid => [.. All.Where(q => q.Out is not null)];

    public static TheoryData<SeedQuery> Invalid => [.. All.Where(q => q.Error is not null)];

    [Fact]
    public void Table_covers_all_five_documents_and_both_outcomes()
    {
        Assert.True(All.Count >= 190, $"only {All.Count} seed queries");
        foreach (var prefix in new[] { "000_", "001_", "002_", "003_", "004_" })
            Assert.Contains(All, q => q.Source.StartsWith(prefix, StringComparison.Ordinal));
        Assert.All(All, q => Assert.True(q.Out is null ^ q.Error is null, q.Source));
        Assert.Contains(All, q => q.Error is not null);
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void Valid_seed_query_round_trips(SeedQuery q)
    {
        var tree = PromQLParser.Parse(q.In);
        Assert.Equal(q.Out, tree.ToString());
        Assert.Equal(tree, PromQLParser.Parse(q.Out!));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_seed_query_is_rejected_with_position_and_reason(SeedQuery q)
    {
        var e = Assert.Throws<PromQLParseException>(() => PromQLParser.Parse(q.In));
        Assert.Equal(q.Error, e.Message);
        Assert.Equal(1, e.Line);
        Assert.Equal(q.In.IndexOf(" by (", StringComparison.Ordinal) + 2, e.Column);
    }
}
