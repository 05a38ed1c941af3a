using Dashboards.Cli.Emit;
using Spectre.Console;

namespace Dashboards.Cli.Tests.Emit;

/// <summary>
/// The summary table is written without Spectre.Console when output is not a terminal (a faster start); Spectre is the
/// judge: for every table the plain writer accepts, its text must be exactly what Spectre renders without colours.
/// </summary>
public class PlainTableTests
{
    private static readonly string[] Headers = ["Folder", "Dashboard", "UID", "Panels", "Queries", "Valid"];
    private static readonly bool[] Right = [false, false, false, true, true, false];

    private static string Spectre(string[] headers, bool[] right, IReadOnlyList<string[]> rows, int width)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        var table = new Table().Border(TableBorder.Rounded);
        for (var c = 0; c < headers.Length; c++)
            table.AddColumn(right[c] ? new TableColumn(Markup.Escape(headers[c])).RightAligned() : new TableColumn(Markup.Escape(headers[c])));
        foreach (var row in rows) table.AddRow([.. row.Select(Markup.Escape)]);
        console.Write(table);
        return writer.ToString();
    }

    private static string? Plain(string[] headers, bool[] right, IReadOnlyList<string[]> rows, int width)
    {
        var writer = new StringWriter();
        return PlainTable.TryWrite(writer, headers, right, rows, width) ? writer.ToString() : null;
    }

    [Fact]
    public void The_summary_of_a_catalog_is_what_Spectre_renders()
    {
        string[][] rows =
        [
            ["Bots Framework", "Bots Framework - Performance Monitoring", "bots-performance", "8", "10", "yes"],
            ["TTA.dev", "TTA.dev Agent Observability", "tta-agent-observability", "16", "-", "no"],
            ["A [bracketed] folder", "100% \"quoted\" & <angled>", "x", "123456789", "1234567890", "yes"],
        ];
        Assert.Equal(Spectre(Headers, Right, rows, 160), Plain(Headers, Right, rows, 160));
        Assert.Equal(Spectre(Headers, Right, [], 160), Plain(Headers, Right, [], 160));
    }

    [Fact]
    public void Random_tables_the_plain_writer_accepts_are_what_Spectre_renders()
    {
        var random = new Random(17);
        var written = 0;
        for (var i = 0; i < 300; i++)
        {
            var columns = random.Next(1, 7);
            var headers = Enumerable.Range(0, columns).Select(_ => Word(random, 1, 12)).ToArray();
            var right = Enumerable.Range(0, columns).Select(_ => random.Next(2) == 0).ToArray();
            var rows = Enumerable.Range(0, random.Next(0, 6)).Select(_ => headers.Select(_ => Word(random, 0, 40)).ToArray()).ToArray();
            var width = random.Next(30, 200);
            if (Plain(headers, right, rows, width) is not { } plain) continue;
            written++;
            Assert.Equal(Spectre(headers, right, rows, width), plain);
        }
        Assert.True(written > 100, $"only {written} tables took the plain path");
    }

    [Fact]
    public void Tables_Spectre_would_wrap_or_measure_differently_are_left_to_it()
    {
        Assert.Null(Plain(Headers, Right, [["f", new string('d', 200), "u", "1", "1", "yes"]], 160));
        Assert.Null(Plain(Headers, Right, [["Dubaï", "d", "u", "1", "1", "yes"]], 160));
        Assert.Null(Plain(Headers, Right, [["f", "", "u", "1", "1", "yes"]], 160));
    }

    private static string Word(Random random, int min, int max)
    {
        const string chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789 -_.[]()&%\"'/";
        var length = random.Next(min, max + 1);
        var text = new string([.. Enumerable.Range(0, length).Select(_ => chars[random.Next(chars.Length)])]).Trim();
        return text.Length == 0 ? "x" : text;
    }
}
