using System.Text;
using Dashboards.PromQL.Parsing;
using Dashboards.PromQL.Printing;
using Dashboards.PromQL.Tests.Conformance;
using Dashboards.QuerySyntax;

namespace Dashboards.PromQL.Tests.Printing;

/// <summary>
/// The printer is generic over where it writes. Printing into a reused <see cref="CharBuffer"/> (what the dashboard
/// emitter does) must give exactly the text <see cref="PromQLPrinter.Print"/> gives, for every query of Prometheus's
/// own parser and printer tables: escapes, raw bytes, the group_left fix-up (an insert) and buffers that grow.
/// </summary>
public class PrinterSinkTests
{
    private static IEnumerable<string> Queries() =>
        PrometheusTables.Printer.Select(r => r.In).Concat(PrometheusTables.Parse.Where(r => !r.Fail).Select(r => r.Input));

    [Fact]
    public void A_reused_char_buffer_prints_what_Print_prints()
    {
        var buffer = new CharBuffer(16); // small, so long queries make it grow
        var checkedCount = 0;
        foreach (var query in Queries())
        {
            Expr tree;
            try { tree = PromQLParser.Parse(query); }
            catch (PromQLParseException) { continue; } // rows our parser rejects are covered by the conformance tests
            var expected = PromQLPrinter.Print(tree);
            buffer.Clear();
            PromQLPrinter.Write(buffer.Sink, tree);
            Assert.Equal(expected, buffer.Written.ToString());
            var viaBuilder = new StringBuilder("prefix ");
            PromQLPrinter.Write(viaBuilder, tree);
            Assert.Equal("prefix " + expected, viaBuilder.ToString());
            checkedCount++;
        }
        Assert.True(checkedCount > 250, $"only {checkedCount} queries checked");
        Assert.True(buffer.Capacity > 16, "no query made the buffer grow");
        // The group_left fix-up inserts "() " into what was written.
        var fixUp = PromQLPrinter.Print(PromQLParser.Parse("a * on (x) group_left () (b + c)"));
        buffer.Clear();
        PromQLPrinter.Write(buffer.Sink, PromQLParser.Parse("a * on (x) group_left () (b + c)"));
        Assert.Equal(fixUp, buffer.Written.ToString());
        Assert.Contains("group_left () (", fixUp, StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_and_raw_bytes_print_alike_through_both_sinks()
    {
        var tree = Prom.Metric("m").Where("a", "q\"b\\c\n\u0001é😀").Where("b", "\uDC80\uFFFD").Syntax;
        var buffer = new CharBuffer();
        PromQLPrinter.Write(buffer.Sink, tree);
        Assert.Equal(PromQLPrinter.Print(tree), buffer.Written.ToString());
        Assert.Equal("m{a=\"q\\\"b\\\\c\\n\\x01é😀\", b=\"\\x80\\ufffd\"}", buffer.Written.ToString());
    }
}
