namespace Dashboards.LogQL;

/// <summary><c>name="value"</c>, <c>name=~"regex"</c>: one matcher of a stream selector, or a string label filter.</summary>
public sealed record LabelMatcher(string Name, MatchOp Op, string Value)
{
    public static LabelMatcher Equal(string name, string value) => new(name, MatchOp.Equal, value);
    public static LabelMatcher NotEqual(string name, string value) => new(name, MatchOp.NotEqual, value);
    public static LabelMatcher Regex(string name, string regex) => new(name, MatchOp.Regex, regex);
    public static LabelMatcher NotRegex(string name, string regex) => new(name, MatchOp.NotRegex, regex);
}

/// <summary><c>{app="api", env=~"prod|staging"}</c>: which streams a query reads. Loki needs at least one matcher.</summary>
public sealed record StreamSelector(EquatableArray<LabelMatcher> Matchers)
{
    public StreamSelector Add(LabelMatcher matcher) => new(Matchers.Add(matcher));
}
