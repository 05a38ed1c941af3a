using System.Buffers.Text;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dashboards.Model.Schema;

/// <summary>
/// The schema compiled for checking a document token by token as it is written (<see cref="SchemaCursor"/>), so a
/// compiled dashboard is validated without parsing its JSON again. Like <see cref="CompiledSchema"/> it answers only
/// "conforms or not" and may reject more than NJsonSchema, never less: whatever it does not implement makes the
/// position holding it reject, and a rejected document goes to the full validators.
/// </summary>
/// <remarks>
/// <para>Each schema object is a <see cref="Facet"/> (its own keywords; <c>$ref</c> and <c>allOf</c> as includes). A
/// position in a document is checked against a <see cref="Plan"/>: the conjunction of the facets that apply there,
/// merged once at load (property tables, required names as bits, item plans), so each token costs one lookup.</para>
/// <para><c>oneOf</c> is supported when its branches are told apart by a string enum on one property (the panel
/// <c>type</c>, the value-mapping <c>type</c>) and the enums are disjoint: then exactly one branch can pass, the one
/// naming the value, and "one of" is that branch. The property must be the first one written in the object, so the
/// branch is known before anything else is checked; otherwise the document is rejected here (and validated in full).</para>
/// <para><c>not</c> is supported for an <c>enum</c> only (rows cannot be nested).</para>
/// </remarks>
internal sealed class StreamingSchema
{
    internal const int ObjectBit = 1, ArrayBit = 2, StringBit = 4, NumberBit = 8, IntegerBit = 16, BooleanBit = 32, NullBit = 64, AnyType = 127;

    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$comment", "title", "description", "default", "examples", "definitions", "x-hint", "deprecated", "readOnly", "writeOnly",
    };

    private readonly JsonElement _document;
    private readonly Dictionary<string, Facet> _refs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Plan> _plans = new(StringComparer.Ordinal);
    private readonly List<string> _unsupported = [];
    private readonly List<Facet> _pending = []; // $ref facets, compiled lazily
    private readonly Lock _building = new();
    private int _nextId;

    private StreamingSchema(JsonElement document)
    {
        _document = document;
        var root = Compile(document, "#");
        Root = PlanFor([root], resolved: null).Ready();
    }

    public static StreamingSchema Load(string schemaText)
    {
        using var document = JsonDocument.Parse(schemaText);
        return new StreamingSchema(document.RootElement.Clone());
    }

    /// <summary>As <see cref="Load(string)"/>, from UTF-8 (the embedded resource's bytes, without decoding them to a string).</summary>
    public static StreamingSchema Load(ReadOnlyMemory<byte> utf8Schema)
    {
        using var document = JsonDocument.Parse(utf8Schema);
        return new StreamingSchema(document.RootElement.Clone());
    }

    /// <summary>The plan for the whole document.</summary>
    public Plan Root { get; }

    /// <summary>Schema locations and keywords this compiler does not implement (positions there reject).</summary>
    /// <remarks>Compiles every definition still waiting to be used, so the list covers the whole schema.</remarks>
    public IReadOnlyList<string> UnsupportedKeywords
    {
        get
        {
            lock (_building)
            {
                for (var i = 0; i < _pending.Count; i++) Expand(_pending[i]); // expanding may add more
                return [.. _unsupported];
            }
        }
    }

    // ---- facets: one schema object each ----

    internal sealed class Facet(int id)
    {
        public int Id { get; } = id;
        public int TypeMask = AnyType;
        public ValueSet? Enum;
        public ValueSet? NotEnum;
        public double Minimum = double.NegativeInfinity, Maximum = double.PositiveInfinity;
        public double ExclusiveMinimum = double.NaN, ExclusiveMaximum = double.NaN;
        public int MinLength, MaxLength = int.MaxValue;
        public Regex? Pattern;
        public readonly string?[] Matched = new string?[64]; // strings known to match Pattern (uids, refIds, intervals repeat)
        public int MinItems, MaxItems = int.MaxValue;
        public Dictionary<string, Facet>? Properties;
        public Facet? AdditionalProperties;
        public string[] Required = [];
        public Facet? Items;
        public Facet[]? TupleItems;
        public Facet? AdditionalItems;
        public List<Facet> Includes = [];
        public string? Discriminator;
        public Dictionary<string, Facet>? Branches;
        public (int Mask, Facet Branch)[]? KindBranches; // anyOf/oneOf whose branches take disjoint JSON types
        public bool Unsupported;
        public JsonElement Target;      // a $ref's target, until compiled
        public string? TargetLocation;  // set while the target is not compiled yet

        public bool HasNumberRules => Minimum != double.NegativeInfinity || Maximum != double.PositiveInfinity
            || !double.IsNaN(ExclusiveMinimum) || !double.IsNaN(ExclusiveMaximum);

        public bool HasStringRules => MinLength > 0 || MaxLength != int.MaxValue || Pattern is not null;

        public bool HasValueRules => Enum is not null || NotEnum is not null || HasNumberRules || HasStringRules;
    }

    private Facet Compile(JsonElement schema, string location)
    {
        var facet = new Facet(_nextId++);
        if (schema.ValueKind == JsonValueKind.True) return facet;
        if (schema.ValueKind == JsonValueKind.False) return Unsupported(facet, location, "false");
        if (schema.ValueKind != JsonValueKind.Object) return Unsupported(facet, location, "(schema is not an object)");
        if (schema.TryGetProperty("$ref", out var reference))
        {
            facet.Includes.Add(Ref(reference.GetString() ?? "", location)); // draft-07: siblings of $ref are ignored
            return facet;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var value = keyword.Value;
            var at = location + "/" + keyword.Name;
            switch (keyword.Name)
            {
                case "type": facet.TypeMask = TypeMask(value, at); break;
                case "enum": facet.Enum = ValueSet.From(value); break;
                case "const": facet.Enum = ValueSet.From(JsonDocument.Parse("[" + value.GetRawText() + "]").RootElement.Clone()); break;
                case "minimum": facet.Minimum = value.GetDouble(); break;
                case "maximum": facet.Maximum = value.GetDouble(); break;
                case "exclusiveMinimum" when value.ValueKind == JsonValueKind.Number: facet.ExclusiveMinimum = value.GetDouble(); break;
                case "exclusiveMaximum" when value.ValueKind == JsonValueKind.Number: facet.ExclusiveMaximum = value.GetDouble(); break;
                case "minLength": facet.MinLength = value.GetInt32(); break;
                case "maxLength": facet.MaxLength = value.GetInt32(); break;
                case "pattern": facet.Pattern = new Regex(value.GetString()!, RegexOptions.CultureInvariant); break;
                case "minItems": facet.MinItems = value.GetInt32(); break;
                case "maxItems": facet.MaxItems = value.GetInt32(); break;
                case "properties":
                    facet.Properties = new Dictionary<string, Facet>(StringComparer.Ordinal);
                    foreach (var property in value.EnumerateObject())
                        facet.Properties[property.Name] = Compile(property.Value, at + "/" + property.Name);
                    break;
                case "required":
                    var required = new List<string>();
                    foreach (var name in value.EnumerateArray())
                        if (!required.Contains(name.GetString()!)) required.Add(name.GetString()!);
                    facet.Required = [.. required];
                    break;
                case "additionalProperties": facet.AdditionalProperties = Compile(value, at); break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array) facet.TupleItems = CompileEach(value, at);
                    else facet.Items = Compile(value, at);
                    break;
                case "additionalItems": facet.AdditionalItems = Compile(value, at); break;
                case "allOf":
                    facet.Includes.AddRange(CompileEach(value, at));
                    break;
                case "oneOf": OneOf(facet, value, at); break;
                case "anyOf":
                    if (!ByKind(facet, CompileEach(value, at)))
                        Unsupported(facet, at, "anyOf whose branches do not take disjoint types");
                    break;
                case "not":
                    if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("enum", out var forbidden) && OnlyEnum(value))
                        facet.NotEnum = ValueSet.From(forbidden);
                    else Unsupported(facet, at, "not (other than an enum)");
                    break;
                default:
                    if (!Annotations.Contains(keyword.Name)) Unsupported(facet, location, keyword.Name);
                    break;
            }
        }

        // items without the array form: additionalItems has no effect (draft-07).
        if (facet.TupleItems is null) facet.AdditionalItems = null;
        return facet;
    }

    // Loops rather than LINQ here and below: LINQ over JsonElement and tuples is generic code over value types that
    // ReadyToRun leaves to the JIT at start (docs/benchmarks.md).
    private Facet[] CompileEach(JsonElement schemas, string location) => SchemaItems.Compile(schemas, location, Compile);

    private static bool OnlyEnum(JsonElement schema)
    {
        foreach (var keyword in schema.EnumerateObject())
            if (keyword.Name != "enum" && !Annotations.Contains(keyword.Name)) return false;
        return true;
    }

    private void OneOf(Facet facet, JsonElement branches, string location)
    {
        var compiled = CompileEach(branches, location);
        // The discriminator: a property every branch gives a string-only enum, the enums disjoint.
        var candidates = compiled.Select(b => DiscriminatorEnums(b)).ToArray();
        var common = candidates.Length == 0 ? [] : candidates.Skip(1).Aggregate(
            candidates[0].Keys.ToHashSet(StringComparer.Ordinal), (names, next) => { names.IntersectWith(next.Keys); return names; });
        foreach (var name in common.Order(StringComparer.Ordinal))
        {
            var byValue = new Dictionary<string, Facet>(StringComparer.Ordinal);
            var disjoint = true;
            for (var i = 0; i < compiled.Length && disjoint; i++)
                foreach (var value in candidates[i][name])
                    disjoint &= byValue.TryAdd(value, compiled[i]);
            if (!disjoint) continue;
            facet.Discriminator = name;
            facet.Branches = byValue;
            return;
        }
        if (!ByKind(facet, compiled)) Unsupported(facet, location, "oneOf without a discriminating string enum or disjoint types");
    }

    // Branches that accept disjoint JSON types: the value's type picks the only branch that can pass, for anyOf and oneOf alike.
    private bool ByKind(Facet facet, Facet[] branches)
    {
        var kinds = new (int Mask, Facet Branch)[branches.Length];
        for (var i = 0; i < branches.Length; i++)
        {
            var mask = AnyType;
            foreach (var f in Closure([branches[i]])) mask &= f.TypeMask;
            kinds[i] = (mask, branches[i]);
        }
        for (var i = 0; i < kinds.Length; i++)
            for (var j = i + 1; j < kinds.Length; j++)
                if ((kinds[i].Mask & kinds[j].Mask) != 0) return false;
        facet.KindBranches = kinds;
        return true;
    }

    // Property name -> string enum values, for the enums a branch puts on its own properties (through $ref and allOf).
    private Dictionary<string, string[]> DiscriminatorEnums(Facet branch)
    {
        var found = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var facet in Closure([branch]))
        {
            if (facet.Properties is null) continue;
            foreach (var (name, property) in facet.Properties)
            {
                var enums = Closure([property]).Where(f => f.Enum is not null).Select(f => f.Enum!).ToArray();
                if (enums.Length == 1 && enums[0].OnlyStrings && !found.ContainsKey(name)) found[name] = enums[0].Strings;
                else if (enums.Length > 0) found.Remove(name);
            }
        }
        return found;
    }

    private Facet Ref(string reference, string location)
    {
        if (_refs.TryGetValue(reference, out var known)) return known;
        var facet = new Facet(_nextId++);
        if (!reference.StartsWith("#/", StringComparison.Ordinal)) return Unsupported(facet, location, "$ref " + reference);
        var target = _document;
        foreach (var segment in reference[2..].Split('/'))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (target.ValueKind != JsonValueKind.Object || !target.TryGetProperty(name, out target))
                return Unsupported(facet, location, "$ref " + reference + " (not found)");
        }
        _refs[reference] = facet; // before compiling: schemas may be recursive (rows hold panels)
        facet.Target = target;    // compiled when first needed (Closure): most definitions serve panel kinds a process never emits
        facet.TargetLocation = reference;
        _pending.Add(facet);
        return facet;
    }

    // A $ref facet's target, compiled on first use.
    private void Expand(Facet facet)
    {
        if (facet.TargetLocation is not { } location) return;
        facet.TargetLocation = null;
        facet.Includes.Add(Compile(facet.Target, location));
    }

    private int TypeMask(JsonElement type, string location)
    {
        var mask = 0;
        var names = new List<string?>();
        if (type.ValueKind == JsonValueKind.Array)
            foreach (var t in type.EnumerateArray()) names.Add(t.GetString());
        else names.Add(type.GetString());
        foreach (var name in names)
        {
            var bits = name switch
            {
                "object" => ObjectBit, "array" => ArrayBit, "string" => StringBit, "number" => NumberBit | IntegerBit,
                "integer" => IntegerBit, "boolean" => BooleanBit, "null" => NullBit, _ => 0,
            };
            if (bits == 0) _unsupported.Add(location + ": type " + name);
            mask |= bits;
        }
        return mask;
    }

    private Facet Unsupported(Facet facet, string location, string keyword)
    {
        _unsupported.Add(location + ": " + keyword);
        facet.Unsupported = true;
        return facet;
    }

    private List<Facet> Closure(IEnumerable<Facet> facets)
    {
        var seen = new HashSet<int>();
        var result = new List<Facet>();
        var stack = new Stack<Facet>(facets);
        while (stack.Count > 0)
        {
            var facet = stack.Pop();
            if (!seen.Add(facet.Id)) continue;
            Expand(facet);
            result.Add(facet);
            foreach (var include in facet.Includes) stack.Push(include);
        }
        result.Sort((a, b) => a.Id.CompareTo(b.Id));
        return result;
    }

    // ---- plans: the facets that apply at one position, merged ----

    /// <summary>The merged checks for one position of a document.</summary>
    /// <remarks>
    /// Built on first use (<see cref="Ready"/>): a plan knows its facets from the start, and merges them, creating its
    /// children unbuilt, when the cursor first reaches its position. A process that emits a few panel kinds never merges
    /// the schema's other branches; doing all of them at load was most of a short emit's schema cost (docs/benchmarks.md).
    /// </remarks>
    internal sealed class Plan
    {
        public static readonly Plan Any = new() { IsAny = true, _ready = true };

        private volatile bool _ready;
        internal StreamingSchema? Schema;
        internal List<Facet>? Facets;
        internal Facet? Resolved;

        /// <summary>This plan with its checks merged; every plan the cursor reads goes through here first.</summary>
        public Plan Ready()
        {
            if (!_ready) Schema!.Build(this);
            return this;
        }

        internal bool IsReady => _ready;

        internal void MarkReady()
        {
            Facets = null;
            Resolved = null;
            _ready = true;
        }

        public bool IsAny;
        public bool Unsupported;
        public int TypeMask = AnyType;
        public bool HasEnum;
        public Facet[] ValueRules = [];
        // objects
        public NameTable Properties = NameTable.Empty;
        public Plan Other = Any;
        public ulong AllRequired;
        public byte[]? Discriminator; // UTF-8
        public Dictionary<string, Plan>? Branches;
        public (int Mask, Plan Plan)[]? KindBranches;
        // arrays
        public Plan[] Tuple = [];
        public Plan Items = Any;
        public int MinItems, MaxItems = int.MaxValue;
    }

    // resolved: the facet whose oneOf the branch already in the set has settled.
    private Plan PlanFor(IEnumerable<Facet> start, Facet? resolved)
    {
        var facets = Closure(start);
        var key = (resolved is null ? "" : resolved.Id.ToString(CultureInfo.InvariantCulture) + ":") + string.Join(",", facets.Select(f => f.Id.ToString(CultureInfo.InvariantCulture)));
        if (_plans.TryGetValue(key, out var known)) return known;

        var trivial = facets.All(f => f.TypeMask == AnyType && !f.HasValueRules && f.Properties is null && f.AdditionalProperties is null
            && f.Required.Length == 0 && f.Items is null && f.TupleItems is null && f.MinItems == 0 && f.MaxItems == int.MaxValue
            && f.Branches is null && f.KindBranches is null && !f.Unsupported);
        if (trivial)
        {
            _plans[key] = Plan.Any;
            return Plan.Any;
        }

        var plan = new Plan { Schema = this, Facets = facets, Resolved = resolved };
        _plans[key] = plan; // merged on first use (Ready); recursive schemas come back to this same plan
        return plan;
    }

    // Merges a plan's facets; its children are created unbuilt. Under a lock: cursors on several threads share the plans.
    private void Build(Plan plan)
    {
        lock (_building)
        {
            if (plan.IsReady) return;
            Merge(plan, plan.Facets!, plan.Resolved);
            plan.MarkReady();
        }
    }

    private void Merge(Plan plan, List<Facet> facets, Facet? resolved)
    {
        plan.Unsupported = facets.Any(f => f.Unsupported);
        plan.TypeMask = facets.Aggregate(AnyType, (mask, f) => mask & f.TypeMask);
        plan.HasEnum = facets.Any(f => f.Enum is not null);
        plan.ValueRules = [.. facets.Where(f => f.HasValueRules)];

        // Objects: each name's plan is the conjunction, over the facets, of its property schema or else additionalProperties.
        var names = facets.Where(f => f.Properties is not null).SelectMany(f => f.Properties!.Keys).Distinct(StringComparer.Ordinal).ToList();
        var required = facets.SelectMany(f => f.Required).Distinct(StringComparer.Ordinal).ToList();
        if (required.Count > 64) plan.Unsupported = true;
        foreach (var name in required)
            if (!names.Contains(name)) names.Add(name);
        var entries = new List<(string Name, Plan Plan, ulong Bit)>();
        foreach (var name in names)
        {
            var applying = facets.Select(f => f.Properties is not null && f.Properties.TryGetValue(name, out var p) ? p : f.AdditionalProperties)
                .Where(f => f is not null).Select(f => f!);
            var index = required.IndexOf(name);
            entries.Add((name, PlanFor(applying, resolved: null), index is >= 0 and < 64 ? 1UL << index : 0));
        }
        plan.Properties = new NameTable(entries);
        plan.Other = PlanFor(facets.Where(f => f.AdditionalProperties is not null).Select(f => f.AdditionalProperties!), resolved: null);
        plan.AllRequired = required.Count >= 64 ? ulong.MaxValue : (1UL << required.Count) - 1;

        var byKind = facets.Where(f => f.KindBranches is not null && f != resolved).ToList();
        if (byKind.Count > 1) plan.Unsupported = true;
        else if (byKind.Count == 1)
        {
            var branches = byKind[0].KindBranches!;
            plan.KindBranches = new (int, Plan)[branches.Length];
            for (var i = 0; i < branches.Length; i++)
                plan.KindBranches[i] = (branches[i].Mask, PlanFor(facets.Append(branches[i].Branch), resolved: byKind[0]));
        }

        var choosing = facets.Where(f => f.Branches is not null && f != resolved).ToList();
        if (choosing.Count > 1) plan.Unsupported = true;
        else if (choosing.Count == 1)
        {
            plan.Discriminator = Encoding.UTF8.GetBytes(choosing[0].Discriminator!);
            plan.Branches = choosing[0].Branches!.ToDictionary(b => b.Key, b => PlanFor(facets.Append(b.Value), resolved: choosing[0]), StringComparer.Ordinal);
        }

        // Arrays.
        var tuples = facets.Where(f => f.TupleItems is not null).ToList();
        if (tuples.Count > 1) plan.Unsupported = true;
        var items = facets.Where(f => f.Items is not null).Select(f => f.Items!).ToList();
        if (tuples.Count == 1)
        {
            var tuple = tuples[0];
            plan.Tuple = [.. tuple.TupleItems!.Select(t => PlanFor(items.Append(t), resolved: null))];
            plan.Items = PlanFor(tuple.AdditionalItems is null ? items : items.Append(tuple.AdditionalItems), resolved: null);
        }
        else plan.Items = PlanFor(items, resolved: null);
        plan.MinItems = facets.Max(f => f.MinItems);
        plan.MaxItems = facets.Min(f => f.MaxItems);
    }

    // ---- values ----

    /// <summary>Enum values: strings by value, anything else by its JSON text (numbers compared as written, as <see cref="CompiledSchema"/> does).</summary>
    internal sealed class ValueSet
    {
        private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
        private readonly byte[][] _others;
        private readonly bool _complex;

        private ValueSet(JsonElement values)
        {
            var others = new List<byte[]>();
            foreach (var value in values.EnumerateArray())
            {
                switch (value.ValueKind)
                {
                    case JsonValueKind.String: _strings.Add(value.GetString()!); break;
                    case JsonValueKind.Object or JsonValueKind.Array: _complex = true; break;
                    default: others.Add(Encoding.UTF8.GetBytes(value.GetRawText())); break;
                }
            }
            _others = [.. others];
            Strings = [.. _strings];
        }

        public static ValueSet From(JsonElement values) => new(values);

        public string[] Strings { get; }

        public bool OnlyStrings => _others.Length == 0 && !_complex;

        public bool HasComplex => _complex;

        public bool ContainsString(string value) => _strings.Contains(value);

        public bool ContainsText(ReadOnlySpan<byte> json)
        {
            foreach (var other in _others)
                if (json.SequenceEqual(other)) return true;
            return false;
        }
    }

    /// <summary>Checks a string against a facet's value keywords.</summary>
    internal static bool AcceptsString(Facet f, string value)
    {
        if (f.Enum is { } e && !e.ContainsString(value)) return false;
        if (f.NotEnum is { } n && n.ContainsString(value)) return false;
        if (f.HasStringRules)
        {
            // A non-empty string has at least one text element and at most one per char: most bounds need no count.
            var surelyLongEnough = f.MinLength == 0 || (f.MinLength == 1 && value.Length > 0);
            if (!surelyLongEnough || value.Length > f.MaxLength)
            {
                // NJsonSchema counts text elements (a flag with its modifiers is one).
                var length = value.Length == 0 || IsAscii(value) ? value.Length : new StringInfo(value).LengthInTextElements;
                if (length < f.MinLength || length > f.MaxLength) return false;
            }
            if (f.Pattern is { } p)
            {
                // refIds A, B, C, intervals 5s, 10s, 1m... and uids each get their own slot.
                ref var known = ref f.Matched[RecentSlot.Of(value, f.Matched.Length)];
                if (!string.Equals(known, value, StringComparison.Ordinal))
                {
                    if (!p.IsMatch(value)) return false;
                    known = value;
                }
            }
        }
        return true;
    }

    /// <summary>Checks a number, a boolean or null (by its JSON text) against a facet's value keywords.</summary>
    internal static bool AcceptsOther(Facet f, ReadOnlySpan<byte> json, bool isNumber)
    {
        if (f.Enum is { } e && !e.ContainsText(json)) return false;
        if (f.NotEnum is { } n && n.ContainsText(json)) return false;
        if (isNumber && f.HasNumberRules)
        {
            var value = Parse(json);
            if (value < f.Minimum || value > f.Maximum) return false;
            if (!double.IsNaN(f.ExclusiveMinimum) && !(value > f.ExclusiveMinimum)) return false;
            if (!double.IsNaN(f.ExclusiveMaximum) && !(value < f.ExclusiveMaximum)) return false;
        }
        return true;
    }

    // Small integers (ids, grid positions, sizes, enums-as-numbers) without the general parser.
    private static double Parse(ReadOnlySpan<byte> json)
    {
        if (json.Length is > 0 and <= 9)
        {
            var negative = json[0] == (byte)'-';
            var n = 0;
            var i = negative ? 1 : 0;
            for (; i < json.Length; i++)
            {
                var digit = json[i] - (byte)'0';
                if ((uint)digit > 9) break;
                n = n * 10 + digit;
            }
            if (i == json.Length && json.Length > (negative ? 1 : 0)) return negative ? -n : n;
        }
        if (Utf8Parser.TryParse(json, out double value, out var consumed) && consumed == json.Length) return value;
        return double.Parse(Encoding.UTF8.GetString(json), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static bool IsAscii(string value)
    {
        foreach (var c in value)
            if (c is < (char)0x20 or > (char)0x7E) return false;
        return true;
    }

    /// <summary>Property names to (plan, required bit), looked up by UTF-8 bytes without allocating.</summary>
    internal sealed class NameTable
    {
        public static readonly NameTable Empty = new([]);

        private readonly byte[][] _keys;
        private readonly Entry[] _entries;
        private readonly int _mask;

        public readonly record struct Entry(Plan Plan, ulong Bit);

        public NameTable(List<(string Name, Plan Plan, ulong Bit)> entries)
        {
            var size = 4;
            while (size < entries.Count * 2) size *= 2;
            _keys = new byte[size][];
            _entries = new Entry[size];
            _mask = size - 1;
            foreach (var (name, plan, bit) in entries)
            {
                var key = Encoding.UTF8.GetBytes(name);
                var slot = Hash(key) & _mask;
                while (_keys[slot] is not null) slot = (slot + 1) & _mask;
                _keys[slot] = key;
                _entries[slot] = new Entry(plan, bit);
            }
        }

        public bool TryGet(ReadOnlySpan<byte> name, out Entry entry)
        {
            var slot = Hash(name) & _mask;
            while (_keys[slot] is { } key)
            {
                if (name.SequenceEqual(key))
                {
                    entry = _entries[slot];
                    return true;
                }
                slot = (slot + 1) & _mask;
            }
            entry = default;
            return false;
        }

        // The length and up to the first and last eight bytes: property names differ early or late, rarely only in the middle.
        private static int Hash(ReadOnlySpan<byte> name)
        {
            ulong head = 0, tail = 0;
            if (name.Length >= 8)
            {
                head = MemoryMarshal.Read<ulong>(name);
                tail = MemoryMarshal.Read<ulong>(name[^8..]);
            }
            else
            {
                foreach (var b in name) head = (head << 8) | b;
            }
            var h = (head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)name.Length;
            return (int)(h ^ (h >> 29) ^ (h >> 47)) & int.MaxValue;
        }
    }
}
