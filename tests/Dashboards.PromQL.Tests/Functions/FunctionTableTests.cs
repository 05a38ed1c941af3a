using System.Reflection;
using Dashboards.PromQL.Functions;

namespace Dashboards.PromQL.Tests.Functions;

public class FunctionTableTests
{
    private static readonly MethodInfo[] Builders = typeof(Prom).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.GetCustomAttribute<PromFunctionAttribute>() is not null).ToArray();

    [Fact]
    public void Every_table_row_has_a_typed_builder_and_every_builder_a_row()
    {
        var tableNames = FunctionTable.All.Select(f => f.Name).ToHashSet();
        var builderNames = Builders.Select(m => m.GetCustomAttribute<PromFunctionAttribute>()!.Name).ToHashSet();
        Assert.Empty(tableNames.Except(builderNames));
        Assert.Empty(builderNames.Except(tableNames));
    }

    [Fact]
    public void Every_builder_matches_its_row_in_types_and_builds_that_call()
    {
        foreach (var method in Builders)
        {
            var def = FunctionTable.Get(method.GetCustomAttribute<PromFunctionAttribute>()!.Name);
            var expectedReturn = def.ReturnType == PromType.Scalar ? typeof(Scalar) : typeof(InstantVector);
            Assert.True(method.ReturnType == expectedReturn, $"{method.Name} returns {method.ReturnType.Name}");
            var parameters = method.GetParameters();
            var args = new object[parameters.Length];
            var argIndex = 0;
            for (var i = 0; i < parameters.Length; i++)
            {
                var p = parameters[i];
                if (p.ParameterType == typeof(string[]))
                {
                    args[i] = new[] { "a", "b" };
                    Assert.Equal(PromType.String, def.ArgType(argIndex));
                    Assert.True(def.MaxArgs < 0, $"{def.Name}: params only for unlimited functions");
                    continue;
                }
                var want = def.ArgType(argIndex++);
                (Type type, object value) = want switch
                {
                    PromType.InstantVector => (typeof(InstantVector), (object)Prom.Metric("up")),
                    PromType.RangeVector => (typeof(RangeVector), Prom.Metric("up").Range(PromDuration.FromMinutes(5))),
                    PromType.Scalar => (typeof(Scalar), Prom.Number(0.5)),
                    _ => (typeof(string), "label"),
                };
                Assert.True(p.ParameterType == type, $"{method.Name} parameter {p.Name}: {p.ParameterType.Name}, table says {want.DisplayName()}");
                args[i] = value;
            }
            var result = (PromQLExpr)method.Invoke(null, args)!;
            var call = Assert.IsType<FunctionCall>(result.Syntax);
            Assert.Same(def, call.Function);
            Assert.InRange(call.Args.Count, def.MinArgs, def.MaxArgs < 0 ? int.MaxValue : def.MaxArgs);
            Assert.DoesNotContain(Dashboards.PromQL.Checks.PromQLChecker.Check(call), d => d.Severity == Dashboards.PromQL.Checks.DiagnosticSeverity.Error);
        }
    }

    [Fact]
    public void Optional_arguments_follow_prometheus()
    {
        Assert.Equal((0, 1), (FunctionTable.Get("hour").MinArgs, FunctionTable.Get("hour").MaxArgs));
        Assert.Equal((1, 2), (FunctionTable.Get("round").MinArgs, FunctionTable.Get("round").MaxArgs));
        Assert.Equal((3, -1), (FunctionTable.Get("label_join").MinArgs, FunctionTable.Get("label_join").MaxArgs));
        Assert.Equal((1, -1), (FunctionTable.Get("sort_by_label").MinArgs, FunctionTable.Get("sort_by_label").MaxArgs));
        Assert.Equal((0, 0), (FunctionTable.Get("time").MinArgs, FunctionTable.Get("time").MaxArgs));
    }

    [Fact]
    public void Newer_functions_carry_their_minimum_version()
    {
        var baseline = new Version(2, 42);
        foreach (var name in new[] { "double_exponential_smoothing", "info", "sort_by_label", "sort_by_label_desc", "mad_over_time", "histogram_avg", "histogram_stddev" })
            Assert.False(FunctionTable.Get(name).IsSupportedBy(baseline), name);
        Assert.True(FunctionTable.Get("holt_winters").IsSupportedBy(baseline));
        Assert.False(FunctionTable.Get("holt_winters").IsSupportedBy(new Version(3, 0)));
        Assert.True(AggregateOp.LimitK.MinimumPrometheusVersion() > baseline);
        Assert.True(FunctionTable.Get("info").Experimental);
    }

    [Fact]
    public void Lookup_by_span_and_unknown_names()
    {
        Assert.True(FunctionTable.TryGet("rate".AsSpan(), out var rate));
        Assert.Equal("rate", rate.Name);
        Assert.False(FunctionTable.TryGet("Rate", out _));
        Assert.Throws<ArgumentException>(() => FunctionTable.Get("nope"));
    }
}
