using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboards.Model.Json;

namespace Dashboards.Model.Tests.Json;

// TEMPORARY: old emitter (mapper + DTOs + System.Text.Json) against the new one, before the old one is deleted.
public class EmitterEquivalenceTests
{
    private static byte[] Old(Dashboard d)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
        var dto = DashboardJsonMapper.ToDto(d, LayoutEngine.Arrange(d));
        if (RawFieldPatcher.HasRawFields(d))
        {
            var root = JsonSerializer.SerializeToNode(dto, GrafanaJsonContext.Default.DashboardDto)!.AsObject();
            RawFieldPatcher.Apply(d, root);
            root.WriteTo(writer);
        }
        else JsonSerializer.Serialize(writer, dto, GrafanaJsonContext.Default.DashboardDto);
        writer.Flush();
        return [.. buffer.WrittenSpan, (byte)'\n'];
    }

    public static TheoryData<string> Titles => new()
    {
        "Über – café ✓", "emoji 😀 here", "quote \" and \\ backslash", "new\nline\ttab", "html <b>&amp;</b> 'x' + `y`", "ctl \u0001 del \u007f ls \u2028", "x",
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void Same_bytes(string title)
    {
        var full = GoldenTests.FullDashboard();
        var odd = (full with { Title = title }).WithDescription(title + "!")
            .AddPanel(new StatPanel(title).WithDescription(title)
                .Thresholds(Thresholds.Absolute(Color.Green).Step(0.1, Color.Red).Step(1e21, Color.Blue).Step(123456.789, Color.Orange))
                .Min(1e-7).Max(1.0 / 3)
                .Mappings(ValueMapping.Value(title + "k", title, Color.Green), ValueMapping.Range(-0.5, 2.5, "r", Color.Red))
                .Override(FieldMatcher.ByName(title), o => o.Custom("x." + title, new JsonObject { ["a"] = 1.5, ["b"] = new JsonArray(1, "s" + title, true, null), [title] = new JsonObject() }))
                .Transform(Transformation.Raw("weird", new JsonObject { ["k"] = title, ["n"] = 0.30000000000000004, ["e"] = new JsonArray() }),
                    Transformation.Organize().Exclude(title).Rename(title, title + "2").OrderBy(title, "b")))
            .AddPanel(new TimeSeriesPanel("raw").WithRawField("options.flag", title).WithRawField("fieldConfig.defaults.min", 0.25))
            .WithRawField("extra", new JsonObject { ["t"] = title, ["d"] = 2.5e-9 });
        var expected = Old(odd);
        var actual = DashboardJson.Serialize(odd);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(actual));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Same_bytes_for_golden_dashboards()
    {
        foreach (var d in new[] { GoldenTests.FullDashboard(), Samples.Minimal() })
            Assert.Equal(Old(d), DashboardJson.Serialize(d));
    }
}
