using System.Globalization;
using Dashboards.PromQL.Printing;

namespace Dashboards.PromQL.Tests.Printing;

/// <summary>The printer's short-decimal fast path must write exactly what the general round-trip formatter writes.</summary>
public class NumberFormatTests
{
    private static string General(double value) => value.ToString("R", CultureInfo.InvariantCulture).Replace('E', 'e');

    [Theory]
    [InlineData(0.5, "0.5")]
    [InlineData(0.95, "0.95")]
    [InlineData(0.99, "0.99")]
    [InlineData(0.999, "0.999")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(-0.05, "-0.05")]
    [InlineData(12.25, "12.25")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(123456789.5, "123456789.5")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(1e17, "1e+17")]
    [InlineData(100, "100")]
    [InlineData(-0.0, "-0")]
    public void Known_values_print_as_Prometheus_reads_them(double value, string expected) =>
        Assert.Equal(expected, PromQLPrinter.FormatNumber(value));

    [Fact]
    public void Short_decimals_match_the_general_formatter()
    {
        var random = new Random(7);
        for (var i = 0; i < 200_000; i++)
        {
            // Decimals with 1 to 8 fractional digits over a wide range of magnitudes, and their neighbours one ulp away.
            var digits = random.Next(1, 9);
            var value = Math.Round(random.NextDouble() * Math.Pow(10, random.Next(-4, 11)), digits);
            if (random.Next(2) == 0) value = -value;
            foreach (var v in new[] { value, Math.BitIncrement(value), Math.BitDecrement(value) })
            {
                if (v == Math.Floor(v) && Math.Abs(v) < 1e15) continue; // integers take their own path
                Assert.Equal(General(v), PromQLPrinter.FormatNumber(v));
            }
        }
    }

    [Fact]
    public void Arbitrary_doubles_match_the_general_formatter()
    {
        var random = new Random(11);
        Span<byte> bytes = stackalloc byte[8];
        for (var i = 0; i < 200_000; i++)
        {
            random.NextBytes(bytes);
            var v = BitConverter.ToDouble(bytes);
            if (double.IsNaN(v) || double.IsInfinity(v) || (v == Math.Floor(v) && Math.Abs(v) < 1e15)) continue;
            Assert.Equal(General(v), PromQLPrinter.FormatNumber(v));
            var scaled = v / Math.Pow(2, Math.ILogB(v)) * random.Next(1, 1000); // magnitudes in the fast path's range
            if (scaled != Math.Floor(scaled)) Assert.Equal(General(scaled), PromQLPrinter.FormatNumber(scaled));
        }
    }
}
