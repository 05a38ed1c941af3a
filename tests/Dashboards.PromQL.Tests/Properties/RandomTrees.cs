using Dashboards.PromQL.Functions;

namespace Dashboards.PromQL.Tests.Properties;

/// <summary>
/// Random well-typed canonical trees (the shapes the printer and the builders produce). Driven by a seed from CsCheck,
/// so a failing case is reproducible. With <c>promtoolCompatible</c> only functions Prometheus 2.42 knows are used.
/// </summary>
public sealed class RandomTrees(Random random, bool promtoolCompatible)
{
    private static readonly string[] MetricNames = ["up", "http_requests_total", "foo", "bar:baz:rate5m", "x_bucket", "nan_metric", "infra", "offset_x", "rate", "sum_total"];
    private static readonly string[] LabelNames = ["job", "instance", "le", "status", "provider", "on", "by", "bool"];
    private static readonly string[] LabelValues = ["", "api", "5..", "a\"b", "back\\slash", "new\nline", "$provider", "${env:regex}", "ünïcödé", "tab\there"];
    private static readonly PromDuration[] Durations =
    [
        PromDuration.FromMinutes(5), PromDuration.FromSeconds(30), PromDuration.FromMilliseconds(1500), PromDuration.FromHours(25),
        PromDuration.FromDays(14), PromDuration.FromDays(365), PromDuration.RateInterval, PromDuration.Interval, PromDuration.Range,
        PromDuration.Var("${window}"), PromDuration.Var("[[step]]"), PromDuration.Var("$w"),
    ];
    private static readonly string[] NumberVariables = ["$__range_s", "$__interval_ms", "${__rate_interval_ms}", "$k", "${k:raw}", "[[q]]"];
    private static readonly double[] Numbers = [0, 1, 2.5, 0.95, 1e-7, 1e21, 3600, 0x10, double.PositiveInfinity, double.NaN, -1, -0.5, double.NegativeInfinity];

    // Prometheus 3 only: UTF-8 names, names that read as keywords, duration expressions.
    private static readonly string[] NewMetricNames = ["http.server.duration", "on", "a b", "bool"];
    private static readonly string[] NewLabelNames = ["service.name", "http-method", "nan", "Inf"];
    private static readonly PromDuration[] NewDurations =
    [
        PromDuration.FromExpression(DurationExpr.Step * 2),
        PromDuration.FromExpression((DurationExpr)TimeSpan.FromMinutes(5) + TimeSpan.FromMinutes(1)),
        PromDuration.FromExpression(DurationExpr.MaxOf(DurationExpr.Step, TimeSpan.FromMinutes(1))),
        PromDuration.FromExpression((DurationExpr.QueryRange + 30) * 2),
        PromDuration.FromExpression(-DurationExpr.MinOf(DurationExpr.Step, 60)),
        PromDuration.FromExpression(new DurationNumber(0.0005, IsDuration: false)),
    ];

    private string MetricName() => !promtoolCompatible && Chance(15) ? Pick(NewMetricNames) : Pick(MetricNames);

    private string LabelName() => !promtoolCompatible && Chance(10) ? Pick(NewLabelNames) : Pick(LabelNames);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private bool Chance(int percent) => random.Next(100) < percent;

    public Expr Any(int depth) => random.Next(4) switch
    {
        0 => Scalar(depth),
        1 => Range(depth),
        _ => Instant(depth),
    };

    public Expr Instant(int depth)
    {
        if (depth <= 0) return Selector();
        switch (random.Next(8))
        {
            case 0: return Selector();
            case 1: return Call(PromType.InstantVector, depth);
            case 2: return Aggregation(depth);
            case 3: return new UnaryExpr(Chance(80) ? UnaryOp.Minus : UnaryOp.Plus, Instant(depth - 1));
            default:
            {
                var op = Pick(Enum.GetValues<BinaryOp>().Where(o => !promtoolCompatible || !o.IsTrim()).ToArray());
                if (op.IsSetOperator())
                    return new BinaryExpr(op, Instant(depth - 1), Instant(depth - 1), false, Chance(40) ? Matching(false) : null);
                var leftVector = Chance(70);
                var rightVector = !leftVector || Chance(50);
                var left = leftVector ? Instant(depth - 1) : Scalar(depth - 1);
                var right = rightVector ? Instant(depth - 1) : Scalar(depth - 1);
                var matching = leftVector && rightVector && Chance(40) ? Matching(true) : null;
                var fill = !promtoolCompatible && leftVector && rightVector && Chance(15)
                    ? random.Next(3) switch { 0 => FillValues.Both(Pick(Numbers)), 1 => new FillValues(Pick(Numbers), null), _ => new FillValues(1, 2) }
                    : null;
                return new BinaryExpr(op, left, right, op.IsComparison() && Chance(40), matching) { Fill = fill };
            }
        }
    }

    public Expr Scalar(int depth)
    {
        if (depth <= 0 || Chance(40))
        {
            if (!promtoolCompatible && Chance(10)) return new NumberLiteral(Pick(Durations.Where(d => d.IsFixed).ToArray()).Milliseconds / 1000.0) { IsDuration = true };
            return Chance(15) ? new NumberVariable(Pick(NumberVariables)) : new NumberLiteral(Pick(Numbers));
        }
        switch (random.Next(4))
        {
            case 0: return Call(PromType.Scalar, depth);
            case 1:
                var operand = Scalar(depth - 1);
                // A sign right on a number literal is part of the literal (canonical form), so only wrap other scalars.
                return operand is NumberLiteral n ? new NumberLiteral(-n.Value) : new UnaryExpr(UnaryOp.Minus, operand);
            default:
                var op = Pick(Enum.GetValues<BinaryOp>().Where(o => !o.IsSetOperator() && (!promtoolCompatible || !o.IsTrim())).ToArray());
                return new BinaryExpr(op, Scalar(depth - 1), Scalar(depth - 1), op.IsComparison());
        }
    }

    public Expr Range(int depth)
    {
        if (depth <= 0 || Chance(60))
        {
            var selector = Selector(modifiers: false);
            var extension = !promtoolCompatible && Chance(15) ? (Chance(50) ? RangeExtension.Anchored : RangeExtension.Smoothed) : RangeExtension.None;
            return new MatrixSelector(selector with { Offset = Chance(20) ? Offset() : null, At = Chance(15) ? At() : null, Extension = extension }, PositiveDuration());
        }
        return new Subquery(Instant(depth - 1), PositiveDuration(), Chance(50) ? PositiveDuration() : null, Chance(20) ? Offset() : null, Chance(15) ? At() : null);
    }

    private PromDuration PositiveDuration() => !promtoolCompatible && Chance(15) ? Pick(NewDurations) : Pick(Durations);

    private PromDuration Offset()
    {
        if (!promtoolCompatible && Chance(10)) return Pick(NewDurations);
        var d = Pick(Durations);
        return !d.IsVariable && Chance(30) ? d.Negate() : d;
    }

    private AtModifier At() => random.Next(3) switch
    {
        0 => AtModifier.Start,
        1 => AtModifier.End,
        _ => AtModifier.At(Math.Round(random.NextDouble() * 2e9, random.Next(4))),
    };

    private VectorSelector Selector(bool modifiers = true)
    {
        var named = Chance(85);
        var matchers = new List<LabelMatcher>();
        var count = random.Next(named ? 3 : 1, 4);
        for (var i = 0; i < count; i++)
            matchers.Add(new LabelMatcher(LabelName(), Pick(Enum.GetValues<MatchOp>()), Pick(LabelValues)));
        if (!named) matchers.Insert(0, new LabelMatcher(Chance(50) ? "__name__" : "job", MatchOp.Equal, "required"));
        var selector = new VectorSelector(named ? MetricName() : null, EquatableArray.From(matchers));
        if (!modifiers) return selector;
        return selector with { Offset = Chance(15) ? Offset() : null, At = Chance(10) ? At() : null };
    }

    private VectorMatching Matching(bool allowGroup)
    {
        var labels = EquatableArray.From(Enumerable.Range(0, random.Next(0, 3)).Select(_ => LabelName()).Distinct());
        var on = Chance(50);
        var matching = new VectorMatching(VectorMatchCardinality.OneToOne, on, labels, EquatableArray<string>.Empty);
        if (!allowGroup || Chance(50)) return matching;
        var include = EquatableArray.From(Enumerable.Range(0, random.Next(0, 3)).Select(_ => Pick(LabelNames)).Where(l => !on || !labels.Contains(l)).Distinct());
        return matching with { Cardinality = Chance(50) ? VectorMatchCardinality.ManyToOne : VectorMatchCardinality.OneToMany, Include = include };
    }

    private Expr Aggregation(int depth)
    {
        var ops = Enum.GetValues<AggregateOp>().Where(o => !promtoolCompatible || o.MinimumPrometheusVersion() is not { } v || v <= new Version(2, 42)).ToArray();
        var op = Pick(ops);
        Expr? parameter = op.ParameterType() switch
        {
            PromType.String => new StringLiteral(Pick(LabelNames)),
            PromType.Scalar => Scalar(depth - 1),
            _ => null,
        };
        Grouping? grouping = Chance(60)
            ? new Grouping(Chance(30), EquatableArray.From(Enumerable.Range(0, random.Next(0, 3)).Select(_ => LabelName()).Distinct()))
            : null;
        return new AggregateExpr(op, Instant(depth - 1), parameter, grouping);
    }

    private Expr Call(PromType returns, int depth)
    {
        var candidates = FunctionTable.All.Where(f => f.ReturnType == returns && (!promtoolCompatible || (f.IsSupportedBy(new Version(2, 42)) && !f.Experimental))).ToArray();
        var f = Pick(candidates);
        var max = f.MaxArgs < 0 ? f.MinArgs + 2 : f.MaxArgs;
        var n = random.Next(f.MinArgs, max + 1);
        var args = new Expr[n];
        for (var i = 0; i < n; i++)
        {
            // info's second argument selects labels only: a selector without a metric name.
            if (f.Name == "info" && i == 1)
            {
                args[i] = new VectorSelector(null, EquatableArray.Create(new LabelMatcher(Pick(LabelNames), MatchOp.Regex, ".+")));
                continue;
            }
            args[i] = f.ArgType(i) switch
            {
                PromType.InstantVector => Instant(depth - 1),
                PromType.RangeVector => Range(depth - 1),
                PromType.Scalar => Scalar(depth - 1),
                _ => new StringLiteral(Pick(LabelNames)),
            };
        }
        return new FunctionCall(f, args);
    }
}
