using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using Dashboards.Model;

namespace Dashboards.Import;

/// <summary>
/// Model values (records, enums, units, colours, reducers, arrays) compared by value and written as C# expressions.
/// Works by reflection over the model's public surface, so panel types and options added to the spec need nothing here.
/// </summary>
internal static class ModelValues
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> PropertiesOf = new();

    /// <summary>Public instance properties of a record that take part in its value (readable, no indexer).</summary>
    public static PropertyInfo[] Properties(Type type) => PropertiesOf.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true })
        .OrderBy(p => p.MetadataToken)
        .ToArray());

    public static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    /// <summary>Deep value equality: records property by property, arrays element by element (ImmutableArray compares references).</summary>
    public static bool Same(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return IsEmptyArray(a) && IsEmptyArray(b);
        if (a.GetType() != b.GetType()) return false;
        // Colours compare as the code writes them: Color.Hex lowercases, Color.Rgba spaces its channels.
        if (a is Color ca && b is Color cb) return ca.Value == cb.Value || (ColorCode(ca.Value) is { } code && code == ColorCode(cb.Value));
        var type = a.GetType();
        if (IsImmutableArray(type))
        {
            var (x, y) = (Items(a), Items(b));
            return x.Count == y.Count && x.Zip(y).All(p => Same(p.First, p.Second));
        }
        if (IsRecord(type)) return Properties(type).All(p => Same(p.GetValue(a), p.GetValue(b)));
        return a.Equals(b);
    }

    private static bool IsEmptyArray(object? o) => o is null || (IsImmutableArray(o.GetType()) && Items(o).Count == 0);

    public static bool IsImmutableArray(Type t) => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ImmutableArray<>);

    public static List<object?> Items(object array)
    {
        if ((bool)array.GetType().GetProperty("IsDefault")!.GetValue(array)!) return [];
        return ((IEnumerable)array).Cast<object?>().ToList();
    }

    /// <summary>A shallow copy of a record with one init property set (what <c>with { P = v }</c> does).</summary>
    public static object With(object record, PropertyInfo property, object? value)
    {
        var copy = record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        property.SetValue(copy, value);
        return copy;
    }

    public static bool CanInit(PropertyInfo p) => p.SetMethod is { IsPublic: true };

    // ---- C# expressions ----

    /// <summary>C# for <paramref name="value"/> as a value of <paramref name="type"/>; null when it has no typed form.</summary>
    public static string? Code(object? value, Type type)
    {
        if (value is null) return !type.IsValueType || Nullable.GetUnderlyingType(type) is not null ? "null" : null;
        var t = value.GetType();
        switch (value)
        {
            case bool b: return b ? "true" : "false";
            case string s: return CSharp.Str(s);
            case int i: return i.ToString(CultureInfo.InvariantCulture);
            case long l: return l.ToString(CultureInfo.InvariantCulture);
            case double d when double.IsFinite(d): return CSharp.Num(d);
            case Enum e: return Enum.IsDefined(t, e) ? TypeName(t) + "." + e : null;
            case Unit u: return UnitCode(u.Id);
            case Color c: return ColorCode(c.Value);
            case Reducer r: return ReducerCode(r.Id);
            case TimeSpan ts: return $"TimeSpan.FromSeconds({CSharp.Num(ts.TotalSeconds)})";
        }
        if (IsImmutableArray(t))
        {
            var element = t.GetGenericArguments()[0];
            var items = Items(value).Select(v => Code(v, element)).ToList();
            return items.Any(i => i is null) ? null : "[" + string.Join(", ", items) + "]";
        }
        return IsRecord(t) ? RecordCode(value, t) : null;
    }

    private static string? RecordCode(object value, Type t)
    {
        // A record with a Default: Default, or Default with { what differs }.
        if (t.GetProperty("Default", BindingFlags.Public | BindingFlags.Static) is { } def && def.PropertyType == t)
            return WithCode(TypeName(t) + ".Default", def.GetValue(null)!, value);
        // A positional record: new T(each property).
        foreach (var ctor in t.GetConstructors().OrderByDescending(c => c.GetParameters().Length))
        {
            var ps = ctor.GetParameters();
            if (ps.Length == 0) continue;
            var props = ps.Select(p => t.GetProperty(char.ToUpperInvariant(p.Name![0]) + p.Name[1..])).ToList();
            if (props.Any(p => p is null)) continue;
            var args = new List<string>();
            var values = new object?[ps.Length];
            for (var i = 0; i < ps.Length; i++)
            {
                values[i] = props[i]!.GetValue(value);
                if (Code(values[i], ps[i].ParameterType) is not { } arg) return null;
                args.Add(arg);
            }
            // Trailing arguments equal to the parameter's default are left out.
            while (args.Count > 0 && ps[args.Count - 1].HasDefaultValue && Equals(ps[args.Count - 1].DefaultValue, values[args.Count - 1])) args.RemoveAt(args.Count - 1);
            object built;
            try { built = ctor.Invoke(values); }
            catch (TargetInvocationException) { continue; }
            if (Same(built, value)) return $"new {TypeName(t)}({string.Join(", ", args)})";
        }
        if (t.GetConstructor(Type.EmptyTypes) is { } empty)
        {
            var code = WithCode("", empty.Invoke(null), value);
            return code is null ? null : code.Length == 0 ? $"new {TypeName(t)}()" : $"new {TypeName(t)}" + code[" with".Length..];
        }
        return null;
    }

    /// <summary><paramref name="start"/> followed by <c> with { P = v, ... }</c> for each property where the values differ.</summary>
    public static string? WithCode(string start, object from, object to)
    {
        var sets = new List<string>();
        foreach (var p in Properties(to.GetType()))
        {
            var v = p.GetValue(to);
            if (Same(p.GetValue(from), v)) continue;
            if (!CanInit(p) || Code(v, p.PropertyType) is not { } code) return null;
            sets.Add($"{p.Name} = {code}");
        }
        return sets.Count == 0 ? start : $"{start} with {{ {string.Join(", ", sets)} }}";
    }

    public static string TypeName(Type t) => t.IsNested ? TypeName(t.DeclaringType!) + "." + t.Name : t.Name;

    // ---- units, colours, reducers ----

    private static readonly Dictionary<string, string> UnitNames = typeof(Unit)
        .GetProperties(BindingFlags.Public | BindingFlags.Static).Where(f => f.PropertyType == typeof(Unit))
        .Select(f => (Value: ((Unit)f.GetValue(null)!).Id, f.Name))
        .Concat(typeof(Unit).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Unit))
            .Select(f => (Value: ((Unit)f.GetValue(null)!).Id, f.Name)))
        .GroupBy(x => x.Value).ToDictionary(g => g.Key, g => g.First().Name);

    public static string UnitCode(string id) => UnitNames.TryGetValue(id, out var name) ? "Unit." + name : $"Unit.FromId({CSharp.Str(id)})";

    private static readonly Dictionary<string, string> NamedColors = typeof(Color)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Color))
        .ToDictionary(f => ((Color)f.GetValue(null)!).Value, f => f.Name);

    private static readonly Dictionary<string, string> Reducers = typeof(Reducer)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Reducer))
        .ToDictionary(f => ((Reducer)f.GetValue(null)!).Id, f => f.Name);

    public static string? ReducerCode(string? id)
    {
        if (id is null) return null;
        if (Reducers.TryGetValue(id, out var name)) return "Reducer." + name;
        if (id.Length is 2 or 3 && id[0] == 'p' && int.TryParse(id[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 99 && id == "p" + n)
            return $"Reducer.Percentile({n})";
        return null;
    }

    public static string? ColorCode(string? c)
    {
        if (c is null) return null;
        if (NamedColors.TryGetValue(c, out var name)) return "Color." + name;
        if (c.Length is 4 or 7 or 9 && c[0] == '#' && c.Skip(1).All(char.IsAsciiHexDigit)) return $"Color.Hex({CSharp.Str(c.ToLowerInvariant())})";
        var open = c.IndexOf('(');
        if (open < 0 || !c.EndsWith(')') || c[..open].Trim() is not ("rgb" or "rgba")) return null;
        var parts = c[(open + 1)..^1].Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is not (3 or 4)) return null;
        var rgb = new int[3];
        for (var i = 0; i < 3; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out rgb[i]) || rgb[i] > 255) return null;
        var alpha = 1.0;
        if (parts.Length == 4 && (!double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out alpha) || alpha is < 0 or > 1)) return null;
        var sb = new StringBuilder($"Color.Rgba({rgb[0]}, {rgb[1]}, {rgb[2]}");
        if (alpha != 1) sb.Append(", ").Append(CSharp.Num(alpha));
        return sb.Append(')').ToString();
    }
}
