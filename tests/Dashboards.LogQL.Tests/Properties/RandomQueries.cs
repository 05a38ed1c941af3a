namespace Dashboards.LogQL.Tests.Properties;

/// <summary>Random, valid LogQL trees (Loki's rules included: unwrap where needed, grouping only where allowed).</summary>
public sealed class RandomQueries(Random random)
{
    private static readonly string[] Labels = ["app", "level", "status", "path", "pod", "latency", "size", "__error__", "user_id"];
    private static readonly string[] Texts = ["error", "GET /api", "a\"b", "back\\slash", "tab\tnew\nline", "ünï", "", "{{.x}}", "$var"];
    private static readonly string[] Regexes = ["err.*", "5\\d\\d", "GET|POST", "(?i)warn", ".+"];

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private string Label() => Pick(Labels);

    private string Text() => Pick(Texts);

    private bool Chance(int percent) => random.Next(100) < percent;

    public Expr Any(int depth) => Chance(25) ? Log(allowUnwrap: false).Log : Metric(depth);

    public (LogExpr Log, Unwrap? Unwrap) Log(bool allowUnwrap)
    {
        var matchers = new List<LabelMatcher> { random.Next(2) == 0 ? LabelMatcher.Equal(Label(), "api") : LabelMatcher.Regex(Label(), Pick(Regexes)) };
        for (var i = random.Next(3); i > 0; i--)
            matchers.Add(new LabelMatcher(Label(), (MatchOp)random.Next(4), random.Next(2) == 0 ? Text() : Pick(Regexes)));
        var log = new LogExpr(new StreamSelector(EquatableArray.From(matchers)));
        for (var i = random.Next(5); i > 0; i--) log = log.AddStage(Stage());
        Unwrap? unwrap = null;
        if (allowUnwrap)
        {
            unwrap = new Unwrap(Label(), (UnwrapConversion)random.Next(4));
            for (var i = random.Next(3); i > 0; i--) unwrap = unwrap with { PostFilters = unwrap.PostFilters.Add(Filter(2)) };
        }
        return (log, unwrap);
    }

    private PipelineStage Stage() => random.Next(12) switch
    {
        0 when Chance(15) => new LineFilter((LineFilterOp)random.Next(2), "10.0.0.0/8", [], Ip: true),
        0 => new LineFilter((LineFilterOp)random.Next(6), Text(), Chance(30) ? [Text(), Text()] : []),
        1 => new JsonParser(Chance(50) ? [] : [new LabelExtraction(Label(), Chance(50) ? "a.b[0]" : null), Label()]),
        2 => new LogfmtParser(Chance(50), Chance(50), Chance(50) ? [] : [Label(), new LabelExtraction(Label(), "x")]),
        3 => new RegexpParser("(?P<" + Label() + ">\\w+)"),
        4 => new PatternParser("<ip> - <_> \"<method>\""),
        5 => new UnpackParser(),
        6 => new LineFormat(Text()),
        7 => new LabelFormat([LabelFormatOp.Rename(Label(), Label()), LabelFormatOp.Template(Label(), "{{." + Label() + "}}")]),
        8 => new DropLabels([Label(), new LabelSelection("level", LabelMatcher.Equal("level", "debug"))]),
        // a bare name last would take a following "!= text" line filter as its matcher, in every LogQL parser
        9 => new KeepLabels([Label(), new LabelSelection("level", LabelMatcher.NotRegex("level", "debug|trace"))]),
        10 => new Decolorize(),
        _ => new LabelFilterStage(Filter(3)),
    };

    private LabelFilter Filter(int depth)
    {
        if (depth > 0 && Chance(35))
            return new BinaryLabelFilter((LabelFilterJoin)random.Next(2), Filter(depth - 1), Filter(depth - 1));
        return random.Next(5) switch
        {
            4 => new IpLabelFilter(Label(), Chance(50), "192.168.0.1-192.168.0.9"),
            0 => new StringLabelFilter(new LabelMatcher(Label(), (MatchOp)random.Next(4), random.Next(2) == 0 ? Text() : Pick(Regexes))),
            1 => new NumberLabelFilter(Label(), (CompareOp)random.Next(6), Number()),
            2 => new DurationLabelFilter(Label(), (CompareOp)random.Next(6), new FilterDuration(random.NextInt64(1, 10_000_000_000_000))),
            _ => new BytesLabelFilter(Label(), (CompareOp)random.Next(6), new ByteSize(Math.Round(random.NextDouble() * 1000, random.Next(3)), (ByteUnit)random.Next(12))),
        };
    }

    private double Number() => random.Next(4) switch
    {
        0 => random.Next(-100, 1000),
        1 => Math.Round(random.NextDouble(), 3),
        2 => random.NextDouble() * 1e6,
        _ => random.Next(1, 10) * 1e20,
    };

    private LokiDuration Range() => random.Next(5) switch
    {
        0 => LokiDuration.Auto,
        1 => LokiDuration.Range,
        2 => LokiDuration.Interval,
        _ => LokiDuration.FromMilliseconds(random.NextInt64(1, 400_000_000) * Pick(new long[] { 1, 1000, 60_000 })),
    };

    private MetricExpr Metric(int depth)
    {
        var choice = depth <= 0 ? random.Next(3) : random.Next(8);
        switch (choice)
        {
            case 0:
            case 1:
                return RangeAgg();
            case 2:
                return Chance(50) ? new NumberLiteral(Number()) : new VectorLiteral(random.Next(0, 3));
            case 3:
            case 4:
                var op = (VectorOp)random.Next(11);
                var grouping = op is VectorOp.Sort or VectorOp.SortDesc || Chance(40) ? null : new Grouping(Chance(30), EquatableArray.From(Enumerable.Range(0, random.Next(3)).Select(_ => Label())));
                double? k = op is VectorOp.TopK or VectorOp.BottomK ? random.Next(1, 20) : null;
                return new VectorAggregation(op, Metric(depth - 1), k, grouping);
            case 5:
                return new LabelReplace(Metric(depth - 1), Label(), "$1", Label(), "(.*)-" + Pick(Regexes));
            default:
                var binary = (BinaryOp)random.Next(15);
                var isComparison = binary is >= BinaryOp.Equal and <= BinaryOp.LessOrEqual;
                VectorMatching? matching = null;
                if (Chance(25))
                {
                    var side = binary is BinaryOp.And or BinaryOp.Or or BinaryOp.Unless ? GroupSide.None : (GroupSide)random.Next(3);
                    matching = new VectorMatching(Chance(50), [Label()], side, side == GroupSide.None || Chance(50) ? [] : [Label()]);
                }
                var (left, right) = (Metric(depth - 1), Metric(depth - 1));
                // Loki refuses a bare number beside and/or/unless.
                if (binary is BinaryOp.And or BinaryOp.Or or BinaryOp.Unless)
                {
                    if (left is NumberLiteral l) left = new VectorLiteral(Math.Abs(l.Value));
                    if (right is NumberLiteral r) right = new VectorLiteral(Math.Abs(r.Value));
                }
                return new BinaryExpr(binary, left, right, isComparison && Chance(30), matching);
        }
    }

    private RangeAggregation RangeAgg()
    {
        var op = (RangeOp)random.Next(15);
        var needsUnwrap = !Parsing_RangeWorksWithoutUnwrap(op) || (op is RangeOp.Rate or RangeOp.AbsentOverTime && Chance(30));
        var (log, unwrap) = Log(allowUnwrap: needsUnwrap);
        var offset = Chance(20) ? LokiDuration.FromMinutes(random.Next(1, 120)) : (LokiDuration?)null;
        if (offset is { } o && Chance(30)) offset = o.Negate();
        var grouping = Parsing_RangeAllowsGrouping(op) && Chance(40) ? new Grouping(Chance(30), [Label()]) : null;
        double? parameter = op == RangeOp.QuantileOverTime ? Math.Round(random.NextDouble(), 2) : null;
        return new RangeAggregation(op, new LogRange(log, Range(), unwrap, offset), parameter, grouping);
    }

    private static bool Parsing_RangeWorksWithoutUnwrap(RangeOp op) => Dashboards.LogQL.Parsing.LogQLParser.RangeWorksWithoutUnwrap(op);

    private static bool Parsing_RangeAllowsGrouping(RangeOp op) => Dashboards.LogQL.Parsing.LogQLParser.RangeAllowsGrouping(op);
}
