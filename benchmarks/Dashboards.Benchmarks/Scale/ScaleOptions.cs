using System.Globalization;

namespace Dashboards.Benchmarks.Scale;

/// <summary>Options of <c>scale</c>: <c>--dashboards N --panels N --output DIR [--batch N] [--workers N]</c>.</summary>
public sealed record ScaleOptions(int Dashboards, int Panels, string Output, int Batch, int Workers)
{
    public const string Usage =
        "usage: Dashboards.Benchmarks scale [--dashboards 10000] [--panels 20] [--batch 1] [--workers 1] --output DIR\n" +
        "  generates, compiles (model + schema validation) and writes the dashboards one batch at a time per worker";

    /// <summary>Parses the arguments after <c>scale</c>; throws <see cref="ArgumentException"/> naming the bad option.</summary>
    public static ScaleOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ScaleOptions(10_000, 20, "", 1, 1);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count) throw new ArgumentException($"option '{name}' needs a value");
            var value = args[++i];
            options = name switch
            {
                "--dashboards" => options with { Dashboards = Positive(name, value) },
                "--panels" => options with { Panels = Positive(name, value) },
                "--batch" => options with { Batch = Positive(name, value) },
                "--workers" => options with { Workers = Positive(name, value) },
                "--output" => options with { Output = value },
                _ => throw new ArgumentException($"unknown option '{name}'"),
            };
        }
        if (string.IsNullOrWhiteSpace(options.Output)) throw new ArgumentException("option '--output DIR' is required");
        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"option '{name}' needs a positive whole number, not '{value}'");
}
