namespace Dashboards.PromQL;

/// <summary>
/// An instant vector: a selector, an aggregation, a function result or arithmetic on them.
/// Selector methods (<c>Where</c>, <see cref="Range"/>, <see cref="Offset"/>) apply to selectors,
/// <see cref="By(string[])"/>/<see cref="Without(string[])"/> to aggregations, <see cref="On"/>/<see cref="GroupLeft"/> to binary
/// operations between vectors; each explains clearly when used on something else.
/// </summary>
public class InstantVector : PromQLExpr
{
    internal InstantVector(Expr syntax) : base(syntax, PromType.InstantVector)
    {
    }

    /// <summary>For the deferred chain nodes (<see cref="DeferredMetricRoot"/>, <see cref="DeferredSelector"/>) only: no other subclass exists.</summary>
    private protected InstantVector()
    {
    }

    /// <summary><c>metric</c>, its selector built on first use; <paramref name="metricName"/> is already checked.</summary>
    internal static InstantVector DeferredMetric(string? metricName) => ChainReuse.Root(metricName);

    public static InstantVector From(Expr syntax) => new(syntax);

    public static new InstantVector Parse(string text) => ParseAs(text, PromType.InstantVector, e => new InstantVector(e));

    // ---- selectors ------------------------------------------------------------------------------------------

    /// <summary><c>label="value"</c></summary>
    public InstantVector Where(string label, string value) => AddMatcher(label, MatchOp.Equal, value);

    /// <summary><c>label!="value"</c></summary>
    public InstantVector Not(string label, string value) => AddMatcher(label, MatchOp.NotEqual, value);

    /// <summary><c>label=~"regex"</c>; also the form for multi-value Grafana variables: <c>.Matches("provider", "$provider")</c>.</summary>
    public InstantVector Matches(string label, string regex) => AddMatcher(label, MatchOp.Regex, regex);

    /// <summary><c>label!~"regex"</c></summary>
    public InstantVector NotMatches(string label, string regex) => AddMatcher(label, MatchOp.NotRegex, regex);

    public InstantVector Where(LabelMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        return AddMatcher(matcher.Name, matcher.Op, matcher.Value);
    }

    private InstantVector AddMatcher(string label, MatchOp op, string value)
    {
        ValidateLabelName(label);
        ArgumentNullException.ThrowIfNull(value);
        // A deferred vector is always a selector, so only a built tree needs the check.
        if (BuiltSyntax is { } built && built is not VectorSelector) RequireSelector("a label matcher");
        return Step(label, op, value);
    }

    /// <summary>The selector with one more matcher; deferred chain nodes reuse the step they made last (see <see cref="ChainReuse"/>).</summary>
    private protected virtual InstantVector Step(string label, MatchOp op, string value) => new DeferredSelector(this, label, op, value);

    /// <summary><c>x[range]</c>: a range vector for rate(), increase(), *_over_time().</summary>
    public RangeVector Range(PromDuration range)
    {
        var selector = RequireSelector("a range [..]", "use Subquery(range, step) for other expressions");
        if (range.IsFixed && range.Milliseconds <= 0) throw new ArgumentOutOfRangeException(nameof(range), "A range must be positive.");
        return RangeOf(selector, range);
    }

    /// <summary><c>selector[range]</c>; deferred chain nodes reuse the range vector they made last (see <see cref="ChainReuse"/>).</summary>
    private protected virtual RangeVector RangeOf(VectorSelector selector, PromDuration range) => new(new MatrixSelector(selector, range));

    /// <summary><c>expr[range:step]</c>: a subquery, for range functions over computed vectors. The step is optional.</summary>
    public RangeVector Subquery(PromDuration range, PromDuration? step = null)
    {
        if (range.IsFixed && range.Milliseconds <= 0) throw new ArgumentOutOfRangeException(nameof(range), "A subquery range must be positive.");
        if (step is { IsFixed: true, Milliseconds: <= 0 }) throw new ArgumentOutOfRangeException(nameof(step), "A subquery step must be positive.");
        return new RangeVector(new Subquery(Syntax, range, step));
    }

    /// <summary><c>offset d</c> on a selector (negative looks ahead).</summary>
    public InstantVector Offset(PromDuration offset)
    {
        if (offset is { IsFixed: true, Milliseconds: 0 }) throw new ArgumentOutOfRangeException(nameof(offset), "An offset of 0 is rejected by Prometheus; leave the offset out.");
        var selector = RequireSelector("offset");
        if (selector.Offset is not null) throw new InvalidOperationException($"offset is already set on {Syntax}.");
        return new InstantVector(selector.WithOffset(offset));
    }

    /// <summary><c>@ t</c> on a selector.</summary>
    public InstantVector At(AtModifier at)
    {
        var selector = RequireSelector("@");
        if (selector.At is not null) throw new InvalidOperationException($"@ is already set on {Syntax}.");
        return new InstantVector(selector.WithAt(at));
    }

    public InstantVector At(DateTimeOffset time) => At(AtModifier.At(time));

    private VectorSelector RequireSelector(string what, string? hint = null) =>
        Syntax as VectorSelector ?? throw new InvalidOperationException(
            $"{what} can only be applied to a vector selector such as metric{{label=\"x\"}}, not to {Syntax}{(hint is null ? "" : "; " + hint)}.");

    internal static void ValidateLabelName(string label)
    {
        // Any non-empty UTF-8 name since Prometheus 3.0; names outside [a-zA-Z_][a-zA-Z0-9_]* print quoted ({"http.method"="GET"}).
        if (string.IsNullOrEmpty(label) || Parsing.StringLiterals.HasLoneSurrogate(label))
            throw new ArgumentException($"'{label}' is not a valid Prometheus label name (a non-empty UTF-8 name).", nameof(label));
    }

    // ---- aggregation modifiers -------------------------------------------------------------------------------

    /// <summary><c>sum by (labels) (...)</c>: only on an aggregation.</summary>
    public InstantVector By(params string[] labels) => By((ReadOnlySpan<string>)(labels ?? throw new ArgumentNullException(nameof(labels))));

    /// <summary><c>sum by (labels) (...)</c>: only on an aggregation. (The span form spares a params array per call.)</summary>
    public InstantVector By(params ReadOnlySpan<string> labels) => WithGrouping(new Grouping(false, Labels(labels)), "by");

    /// <summary><c>sum without (labels) (...)</c>: only on an aggregation.</summary>
    public InstantVector Without(params string[] labels) => Without((ReadOnlySpan<string>)(labels ?? throw new ArgumentNullException(nameof(labels))));

    /// <summary><c>sum without (labels) (...)</c>: only on an aggregation.</summary>
    public InstantVector Without(params ReadOnlySpan<string> labels) => WithGrouping(new Grouping(true, Labels(labels)), "without");

    private InstantVector WithGrouping(Grouping grouping, string clause)
    {
        if (Syntax is not AggregateExpr aggregate)
            throw new InvalidOperationException(
                $"grouping clause '{clause} (...)' must follow an aggregation such as Prom.Sum(...); it cannot follow {Syntax}.");
        return new InstantVector(aggregate.WithGrouping(grouping));
    }

    private static EquatableArray<string> Labels(ReadOnlySpan<string> labels)
    {
        foreach (var l in labels) ValidateLabelName(l);
        var copy = new string[labels.Length];
        labels.CopyTo(copy);
        return new EquatableArray<string>(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(copy));
    }

    // ---- vector matching -------------------------------------------------------------------------------------

    /// <summary><c>a op on (labels) b</c>: match only on these labels.</summary>
    public InstantVector On(params string[] labels) => WithMatching(m => new VectorMatching(m?.Cardinality ?? VectorMatchCardinality.OneToOne, true, Labels(labels), m?.Include ?? EquatableArray<string>.Empty));

    /// <summary><c>a op ignoring (labels) b</c>.</summary>
    public InstantVector Ignoring(params string[] labels) => WithMatching(m => new VectorMatching(m?.Cardinality ?? VectorMatchCardinality.OneToOne, false, Labels(labels), m?.Include ?? EquatableArray<string>.Empty));

    /// <summary><c>group_left (labels)</c>: many-to-one; needs <see cref="On"/> or <see cref="Ignoring"/> first.</summary>
    public InstantVector GroupLeft(params string[] include) => WithGroup(VectorMatchCardinality.ManyToOne, include, "group_left");

    /// <summary><c>group_right (labels)</c>: one-to-many; needs <see cref="On"/> or <see cref="Ignoring"/> first.</summary>
    public InstantVector GroupRight(params string[] include) => WithGroup(VectorMatchCardinality.OneToMany, include, "group_right");

    /// <summary><c>a op fill (v) b</c> (Prometheus 3.10+, <c>promql-binop-fill-modifiers</c>): v stands in for a missing series on either side.</summary>
    public InstantVector Fill(double value) => WithFill(FillValues.Both(value));

    /// <summary><c>a op fill_left (v) b</c>: v stands in where the left side has no matching series.</summary>
    public InstantVector FillLeft(double value) => WithFill(f => new FillValues(value, f?.Right));

    /// <summary><c>a op fill_right (v) b</c>: v stands in where the right side has no matching series.</summary>
    public InstantVector FillRight(double value) => WithFill(f => new FillValues(f?.Left, value));

    private InstantVector WithFill(FillValues fill) => WithFill(_ => fill);

    private InstantVector WithFill(Func<FillValues?, FillValues> change)
    {
        if (Syntax is not BinaryExpr b || b.Left.Type != PromType.InstantVector || b.Right.Type != PromType.InstantVector)
            throw new InvalidOperationException($"fill modifiers apply to a binary operation between two instant vectors, not to {Syntax}.");
        if (b.Op.IsSetOperator())
            throw new InvalidOperationException($"filling in missing series is not allowed for set operators: {Syntax}.");
        return new InstantVector(b.WithFill(change(b.Fill)));
    }

    private InstantVector WithGroup(VectorMatchCardinality cardinality, string[] include, string keyword)
    {
        if (Syntax is BinaryExpr { Matching: null })
            throw new InvalidOperationException($"{keyword} needs On(...) or Ignoring(...) first: {Syntax}.");
        if (Syntax is BinaryExpr b && b.Op.IsSetOperator())
            throw new InvalidOperationException($"no grouping allowed for \"{Lexing.TokenTable.Text(b.Op)}\" operation: {Syntax}.");
        return WithMatching(m =>
        {
            var labels = Labels(include);
            if (m!.On)
            {
                foreach (var l in labels)
                {
                    if (m.MatchingLabels.AsImmutableArray().Contains(l))
                        throw new InvalidOperationException($"label \"{l}\" must not occur in ON and GROUP clause at once.");
                }
            }
            return m with { Cardinality = cardinality, Include = labels };
        });
    }

    private InstantVector WithMatching(Func<VectorMatching?, VectorMatching> change)
    {
        if (Syntax is not BinaryExpr b || b.Left.Type != PromType.InstantVector || b.Right.Type != PromType.InstantVector)
            throw new InvalidOperationException($"vector matching (on/ignoring/group_left/group_right) applies to a binary operation between two instant vectors, not to {Syntax}.");
        return new InstantVector(b.WithMatching(change(b.Matching)));
    }

    // ---- operators -------------------------------------------------------------------------------------------

    public static InstantVector operator +(InstantVector a, InstantVector b) => Bin(BinaryOp.Add, a.Syntax, b.Syntax);

    public static InstantVector operator +(InstantVector a, Scalar b) => Bin(BinaryOp.Add, a.Syntax, b.Syntax);

    public static InstantVector operator +(Scalar a, InstantVector b) => Bin(BinaryOp.Add, a.Syntax, b.Syntax);

    public static InstantVector operator -(InstantVector a, InstantVector b) => Bin(BinaryOp.Subtract, a.Syntax, b.Syntax);

    public static InstantVector operator -(InstantVector a, Scalar b) => Bin(BinaryOp.Subtract, a.Syntax, b.Syntax);

    public static InstantVector operator -(Scalar a, InstantVector b) => Bin(BinaryOp.Subtract, a.Syntax, b.Syntax);

    public static InstantVector operator *(InstantVector a, InstantVector b) => Bin(BinaryOp.Multiply, a.Syntax, b.Syntax);

    public static InstantVector operator *(InstantVector a, Scalar b) => Bin(BinaryOp.Multiply, a.Syntax, b.Syntax);

    public static InstantVector operator *(Scalar a, InstantVector b) => Bin(BinaryOp.Multiply, a.Syntax, b.Syntax);

    public static InstantVector operator /(InstantVector a, InstantVector b) => Bin(BinaryOp.Divide, a.Syntax, b.Syntax);

    public static InstantVector operator /(InstantVector a, Scalar b) => Bin(BinaryOp.Divide, a.Syntax, b.Syntax);

    public static InstantVector operator /(Scalar a, InstantVector b) => Bin(BinaryOp.Divide, a.Syntax, b.Syntax);

    public static InstantVector operator %(InstantVector a, InstantVector b) => Bin(BinaryOp.Modulo, a.Syntax, b.Syntax);

    public static InstantVector operator %(InstantVector a, Scalar b) => Bin(BinaryOp.Modulo, a.Syntax, b.Syntax);

    public static InstantVector operator %(Scalar a, InstantVector b) => Bin(BinaryOp.Modulo, a.Syntax, b.Syntax);

    public static InstantVector operator -(InstantVector a) => new(new UnaryExpr(UnaryOp.Minus, a.Syntax));

    /// <summary><c>a ^ b</c> (right-associative in PromQL).</summary>
    public InstantVector Pow(InstantVector exponent) => Bin(BinaryOp.Power, Syntax, exponent.Syntax);

    public InstantVector Pow(Scalar exponent) => Bin(BinaryOp.Power, Syntax, exponent.Syntax);

    public InstantVector Atan2(InstantVector other) => Bin(BinaryOp.Atan2, Syntax, other.Syntax);

    public InstantVector Atan2(Scalar other) => Bin(BinaryOp.Atan2, Syntax, other.Syntax);

    // Comparisons filter by default; returnBool: true gives 0/1 instead (the "bool" modifier).
    public InstantVector GreaterThan(InstantVector other, bool returnBool = false) => Cmp(BinaryOp.Greater, other.Syntax, returnBool);

    public InstantVector GreaterThan(Scalar other, bool returnBool = false) => Cmp(BinaryOp.Greater, other.Syntax, returnBool);

    public InstantVector GreaterOrEqual(InstantVector other, bool returnBool = false) => Cmp(BinaryOp.GreaterOrEqual, other.Syntax, returnBool);

    public InstantVector GreaterOrEqual(Scalar other, bool returnBool = false) => Cmp(BinaryOp.GreaterOrEqual, other.Syntax, returnBool);

    public InstantVector LessThan(InstantVector other, bool returnBool = false) => Cmp(BinaryOp.Less, other.Syntax, returnBool);

    public InstantVector LessThan(Scalar other, bool returnBool = false) => Cmp(BinaryOp.Less, other.Syntax, returnBool);

    public InstantVector LessOrEqual(InstantVector other, bool returnBool = false) => Cmp(BinaryOp.LessOrEqual, other.Syntax, returnBool);

    public InstantVector LessOrEqual(Scalar other, bool returnBool = false) => Cmp(BinaryOp.LessOrEqual, other.Syntax, returnBool);

    public InstantVector EqualTo(InstantVector other, bool returnBool = false) => Cmp(BinaryOp.Equal, other.Syntax, returnBool);

    public InstantVector EqualTo(Scalar other, bool returnBool = false) => Cmp(BinaryOp.Equal, other.Syntax, returnBool);

    public InstantVector NotEqualTo(InstantVector other, bool returnBool = false) => Cmp(BinaryOp.NotEqual, other.Syntax, returnBool);

    public InstantVector NotEqualTo(Scalar other, bool returnBool = false) => Cmp(BinaryOp.NotEqual, other.Syntax, returnBool);

    /// <summary><c>a and b</c>: elements of a that have a match in b.</summary>
    public InstantVector And(InstantVector other) => Bin(BinaryOp.And, Syntax, other.Syntax);

    /// <summary><c>a or b</c></summary>
    public InstantVector Or(InstantVector other) => Bin(BinaryOp.Or, Syntax, other.Syntax);

    /// <summary><c>a unless b</c></summary>
    public InstantVector Unless(InstantVector other) => Bin(BinaryOp.Unless, Syntax, other.Syntax);

    /// <summary><c>a &lt;/ b</c> (Prometheus 3.11+): trims native histogram observations above b.</summary>
    public InstantVector TrimUpper(Scalar bound) => Bin(BinaryOp.TrimUpper, Syntax, bound.Syntax);

    /// <summary><c>a &gt;/ b</c> (Prometheus 3.11+): trims native histogram observations below b.</summary>
    public InstantVector TrimLower(Scalar bound) => Bin(BinaryOp.TrimLower, Syntax, bound.Syntax);

    private InstantVector Cmp(BinaryOp op, Expr other, bool returnBool) => new(new BinaryExpr(op, Syntax, other, returnBool));

    internal static InstantVector Bin(BinaryOp op, Expr a, Expr b) => new(new BinaryExpr(op, a, b));

    /// <summary>
    /// A selector built on first use. Chains such as <c>Prom.Metric("x").Where(..).Matches(..).Where(..)</c> would otherwise
    /// copy the selector node and its matcher list at every step; instead the root records its metric name, each step
    /// its matcher (name, operator, value: one object per step, the <see cref="LabelMatcher"/> made only if the tree
    /// is needed) and parent, and <see cref="BuildSyntax"/> builds the selector once, with all of its matchers, when
    /// the tree is first needed. Names are checked before they get here, so errors still come from the call that made them.
    /// A subclass, so the other instant vectors (aggregations, functions, arithmetic) do not carry these fields.
    /// </summary>
    private sealed class DeferredSelector : InstantVector
    {
        public DeferredSelector(InstantVector parent, string name, MatchOp op, string value)
        {
            _parent = parent;
            _name = name;
            _op = op;
            _value = value;
        }

        private readonly InstantVector _parent;
        private readonly string _name;    // the matcher's label name
        private readonly string _value;   // its value
        private readonly MatchOp _op;     // a step's matcher operator
        private DeferredSelector? _lastStep;
        private RangeVector? _lastRange;

        private protected override InstantVector Step(string label, MatchOp op, string value) => ChainReuse.Step(ref _lastStep, this, label, op, value);

        private protected override RangeVector RangeOf(VectorSelector selector, PromDuration range) => ChainReuse.Range(ref _lastRange, selector, range);

        public bool Is(string name, MatchOp op, string value) =>
            _op == op && (ReferenceEquals(_name, name) || _name == name) && (ReferenceEquals(_value, value) || _value == value);

        private protected override Expr BuildSyntax()
        {
            // Walk up to the nearest built selector or to the metric the chain started from, then add the matchers
            // recorded on the way, in order.
            var count = 0;
            InstantVector node = this;
            while (node.BuiltSyntax is null && node is DeferredSelector step)
            {
                count++;
                node = step._parent;
            }
            var selector = node.BuiltSyntax as VectorSelector;
            var existing = selector?.Matchers ?? EquatableArray<LabelMatcher>.Empty;
            var matchers = new LabelMatcher[existing.Count + count];
            for (var i = 0; i < existing.Count; i++) matchers[i] = existing[i];
            var at = this;
            for (var i = matchers.Length - 1; i >= existing.Count; i--)
            {
                matchers[i] = new LabelMatcher(at._name, at._op, at._value);
                at = at._parent as DeferredSelector ?? this; // the last step's parent is the root or a built selector
            }
            var all = new EquatableArray<LabelMatcher>(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(matchers));
            return selector is null ? new VectorSelector(((DeferredMetricRoot)node).MetricName, all, trusted: true) : selector.WithMatchers(all);
        }
    }

    /// <summary>The metric a chain starts from (<c>Prom.Metric("x")</c>): its selector built on first use.</summary>
    private sealed class DeferredMetricRoot(string? metricName) : InstantVector
    {
        private DeferredSelector? _lastStep;
        private RangeVector? _lastRange;

        public string? MetricName => metricName;

        private protected override InstantVector Step(string label, MatchOp op, string value) => ChainReuse.Step(ref _lastStep, this, label, op, value);

        private protected override RangeVector RangeOf(VectorSelector selector, PromDuration range) => ChainReuse.Range(ref _lastRange, selector, range);

        private protected override Expr BuildSyntax() => new VectorSelector(metricName, EquatableArray<LabelMatcher>.Empty, trusted: true);
    }

    /// <summary>
    /// Dashboards build the same selector again and again: a helper returns <c>requests{job="$job", instance=~"$instance"}</c>
    /// for each panel that needs it. The nodes are immutable, so building the same chain again may return the same nodes:
    /// a metric's root comes from a small fixed-size table, and each chain node remembers the step and the range vector
    /// it made last. A repeated chain then allocates nothing, and its selector tree is built once. A miss only costs the
    /// allocation it would have made anyway; the table never grows; racing threads at worst replace each other's entries
    /// (every node is complete before it is published). Equality is by value as before, so sharing is invisible except
    /// to ReferenceEquals.
    /// </summary>
    private static class ChainReuse
    {
        private const int RootSlots = 256;
        private static readonly DeferredMetricRoot?[] Roots = new DeferredMetricRoot?[RootSlots];

        public static InstantVector Root(string? metricName)
        {
            if (metricName is null) return new DeferredMetricRoot(null);
            // A cheap hash (length and three characters): a collision only costs a miss.
            var slot = (uint)(metricName.Length * 31 + metricName[0] * 7 + metricName[^1] * 3 + metricName[metricName.Length >> 1]) % RootSlots;
            var root = Volatile.Read(ref Roots[slot]);
            if (root is not null && root.MetricName == metricName) return root;
            root = new DeferredMetricRoot(metricName);
            Volatile.Write(ref Roots[slot], root);
            return root;
        }

        public static InstantVector Step(ref DeferredSelector? last, InstantVector parent, string label, MatchOp op, string value)
        {
            var step = Volatile.Read(ref last);
            if (step is not null && step.Is(label, op, value)) return step;
            step = new DeferredSelector(parent, label, op, value);
            Volatile.Write(ref last, step);
            return step;
        }

        /// <summary>The same selector over the same range (<c>requests[$__rate_interval]</c> in every rate panel).</summary>
        public static RangeVector Range(ref RangeVector? last, VectorSelector selector, PromDuration range)
        {
            var vector = Volatile.Read(ref last);
            if (vector is not null && vector.Syntax is MatrixSelector m && ReferenceEquals(m.Selector, selector) && m.Range.Equals(range)) return vector;
            vector = new RangeVector(new MatrixSelector(selector, range));
            Volatile.Write(ref last, vector);
            return vector;
        }
    }
}
