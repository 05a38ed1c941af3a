using System.Reflection;
using Dashboards.Model;

namespace Dashboards.Import;

/// <summary>
/// Finds the fluent calls that turn one model value into another: for each property that differs, a public method of
/// the receiver that sets it (and changes nothing else, or only other properties toward their targets), tried by
/// reflection so every call written is one the model was seen to honour. Options records configured through
/// <c>Func&lt;T, T&gt;</c> methods (<c>.Legend(l => l.AsTable())</c>) are searched the same way inside the lambda.
/// </summary>
internal static class FluentCalls
{
    /// <summary>One comparable property of the receiver: a property, or a property of one of its option records.</summary>
    private sealed record Leaf(string Name, Type Type, Func<object, object?> Get);

    private static readonly HashSet<string> NotOptionSetters =
        ["WithTitle", "WithDescription", "WithDatasource", "WithTargets", "AddTarget", "Size", "At", "Position", "WithRawField", "Equals", "GetHashCode", "ToString"];

    /// <summary>
    /// The calls (".A(x).B()") taking <paramref name="from"/> as close to <paramref name="to"/> as methods allow, and the value reached.
    /// <paramref name="records"/> names the receiver's option records compared leaf by leaf (a panel's Options, FieldConfig);
    /// empty compares the receiver's own properties.
    /// </summary>
    public static (List<string> Calls, object Reached) Search(object from, object to, IReadOnlyList<string> records)
    {
        var type = from.GetType();
        var leaves = Leaves(type, records);
        var fixedProps = records.Count == 0 ? [] : ModelValues.Properties(type).Where(p => !records.Contains(p.Name)).ToArray();
        var calls = new List<string>();
        var current = from;
        for (var round = 0; round < 64; round++)
        {
            var differing = leaves.Where(l => !ModelValues.Same(l.Get(current), l.Get(to))).ToList();
            if (differing.Count == 0) break;
            string? accepted = null;
            foreach (var leaf in differing)
            {
                foreach (var (method, args, code) in Candidates(type, leaf, leaf.Get(current), leaf.Get(to)))
                {
                    object? result;
                    try { result = method.Invoke(current, args); }
                    catch (Exception e) when (e is TargetInvocationException or ArgumentException) { continue; }
                    if (result is null || result.GetType() != type) continue;
                    if (!ModelValues.Same(leaf.Get(result), leaf.Get(to))) continue;
                    if (!leaves.All(l => ModelValues.Same(l.Get(result), l.Get(current)) || ModelValues.Same(l.Get(result), l.Get(to)))) continue;
                    if (!fixedProps.All(p => ModelValues.Same(p.GetValue(result), p.GetValue(current)))) continue;
                    accepted = "." + method.Name + "(" + code + ")";
                    current = result;
                    break;
                }
                if (accepted is not null) break;
            }
            if (accepted is null) break;
            calls.Add(accepted);
        }
        return (calls, current);
    }

    private static List<Leaf> Leaves(Type type, IReadOnlyList<string> records)
    {
        if (records.Count == 0)
            return ModelValues.Properties(type).Select(p => new Leaf(p.Name, p.PropertyType, o => p.GetValue(o))).ToList();
        var leaves = new List<Leaf>();
        foreach (var name in records)
        {
            if (type.GetProperty(name) is not { } record) continue;
            foreach (var p in ModelValues.Properties(record.PropertyType))
                leaves.Add(new Leaf(p.Name, p.PropertyType, o => record.GetValue(o) is { } r ? p.GetValue(r) : null));
        }
        return leaves;
    }

    private static IEnumerable<(MethodInfo Method, object?[] Args, string Code)> Candidates(Type type, Leaf leaf, object? current, object? target)
    {
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => !m.IsSpecialName && !m.IsGenericMethod && m.ReturnType == type && !NotOptionSetters.Contains(m.Name))
            .OrderBy(m => Rank(m.Name, leaf.Name)).ThenBy(m => m.GetParameters().Length).ThenBy(m => m.Name, StringComparer.Ordinal);
        foreach (var m in methods)
        {
            var ps = m.GetParameters();
            if (ps.Length > 1 && target is not null && ModelValues.IsRecord(target.GetType()) && FromRecord(ps, target) is { } spread)
            {
                // Stack(mode, group) for a Stacking(Mode, Group): each parameter is a property of the value.
                yield return (m, spread.Args, spread.Code);
                continue;
            }
            if (ps.Skip(1).Any(p => !p.HasDefaultValue)) continue;
            if (ps.Length == 0)
            {
                yield return (m, [], "");
                continue;
            }
            var rest = ps.Skip(1).Select(p => p.DefaultValue).ToArray();
            var first = ps[0];
            var pt = first.ParameterType;
            if (pt.IsGenericType && pt.GetGenericTypeDefinition() == typeof(Func<,>) && pt.GetGenericArguments() is [var a, var b] && a == b
                && a == leaf.Type && current is not null && target is not null)
            {
                // Inside the lambda: the calls that reach part of the value, then `with { ... }` for what no method sets.
                var (inner, reached) = Search(current, target, []);
                var lambda = Lambda(a);
                if (ModelValues.WithCode(lambda + string.Concat(inner), reached, target) is not { } body || body == lambda) continue;
                yield return (m, [Constant(a, target), .. rest], $"{lambda} => {body}");
                continue;
            }
            if (first.IsDefined(typeof(ParamArrayAttribute)) && pt.IsArray && target is not null && ModelValues.IsImmutableArray(target.GetType())
                && target.GetType().GetGenericArguments()[0] == pt.GetElementType())
            {
                var items = ModelValues.Items(target);
                var codes = items.Select(i => ModelValues.Code(i, pt.GetElementType()!)).ToList();
                if (codes.Any(c => c is null)) continue;
                var array = Array.CreateInstance(pt.GetElementType()!, items.Count);
                for (var i = 0; i < items.Count; i++) array.SetValue(items[i], i);
                yield return (m, [array, .. rest], string.Join(", ", codes));
                continue;
            }
            if (target is null ? pt.IsValueType && Nullable.GetUnderlyingType(pt) is null : !pt.IsInstanceOfType(target)) continue;
            if (first.HasDefaultValue && Equals(first.DefaultValue, target))
            {
                yield return (m, [target, .. rest], "");
                continue;
            }
            if (ModelValues.Code(target, pt) is not { } code) continue;
            yield return (m, [target, .. rest], code);
        }
    }

    private static (object?[] Args, string Code)? FromRecord(ParameterInfo[] ps, object record)
    {
        var args = new object?[ps.Length];
        var codes = new List<string>();
        for (var i = 0; i < ps.Length; i++)
        {
            var property = record.GetType().GetProperty(char.ToUpperInvariant(ps[i].Name![0]) + ps[i].Name![1..]);
            if (property is null) return null;
            args[i] = property.GetValue(record);
            if (args[i] is null ? ps[i].ParameterType.IsValueType && Nullable.GetUnderlyingType(ps[i].ParameterType) is null : !ps[i].ParameterType.IsInstanceOfType(args[i])) return null;
            if (ModelValues.Code(args[i], ps[i].ParameterType) is not { } code) return null;
            codes.Add(code);
        }
        while (codes.Count > 0 && ps[codes.Count - 1].HasDefaultValue && Equals(ps[codes.Count - 1].DefaultValue, args[codes.Count - 1])) codes.RemoveAt(codes.Count - 1);
        return (args, string.Join(", ", codes));
    }

    private static int Rank(string method, string leaf) =>
        method == leaf ? 0 : method == "With" + leaf ? 1 : method.Contains(leaf, StringComparison.Ordinal) || leaf.Contains(method, StringComparison.Ordinal) ? 2 : 3;

    private static string Lambda(Type t) => char.ToLowerInvariant(t.Name[0]).ToString();

    private static object Constant(Type t, object value) =>
        typeof(FluentCalls).GetMethod(nameof(ConstantOf), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(t).Invoke(null, [value])!;

    private static Func<T, T> ConstantOf<T>(T value) => _ => value;
}
