using System.Text;
using Dashboards.Model.Json;
using static Dashboards.Model.Schema.StreamingSchema;

namespace Dashboards.Model.Schema;

/// <summary>
/// Checks a document against the <see cref="StreamingSchema"/> token by token while <see cref="GrafanaJsonWriter"/>
/// writes it. <see cref="Accepted"/> true means the document conforms; false means "ask the full validators" (an
/// error, or something this check does not handle). Anything out of order (a value without a name, a name left
/// without a value, an unclosed container) rejects, so a writer path that forgot to report cannot make it accept.
/// </summary>
internal sealed class SchemaCursor : JsonWriteObserver
{
    private struct Frame
    {
        public Plan Plan;
        public ulong Seen;
        public int Count;
        public bool IsObject;
    }

    private readonly Plan _root;
    private Frame[] _frames = new Frame[16];
    private int _top = -1;
    private Plan? _next;          // the plan for the value after a name
    private bool _choosing;       // that value is the discriminator of the object's oneOf
    private int _anyDepth;        // > 0 inside a container that accepts anything
    private bool _started;
    private bool _failed;

    public SchemaCursor(StreamingSchema schema) => _root = schema.Root;

    /// <summary>Tokens seen (names, values, container starts and ends); tests compare it with a reader's count.</summary>
    public long Tokens { get; private set; }

    /// <summary>The whole document was seen and conforms.</summary>
    public bool Accepted => !_failed && _started && _top < 0 && _anyDepth == 0 && _next is null;

    public void Reset()
    {
        _top = -1;
        _next = null;
        _choosing = false;
        _anyDepth = 0;
        _started = false;
        _failed = false;
        Tokens = 0;
        CountCopiedTokens = false;
    }

    public override bool Rejected => _failed;

    public override object NextValueToken => _anyDepth > 0 ? Plan.Any : (object?)_next ?? this;

    /// <summary>Tests: count the tokens inside copied values too (else a copied value counts as one).</summary>
    internal bool CountCopiedTokens { get; set; }

    public override void SkipCheckedValue(ReadOnlySpan<byte> written)
    {
        if (CountCopiedTokens)
        {
            var reader = new System.Text.Json.Utf8JsonReader(written);
            while (reader.Read()) Tokens++;
        }
        else Tokens++;
        if (_anyDepth > 0 || _failed) return;
        if (_next is null || _choosing) { _failed = true; return; }
        _next = null;
    }

    public override void StartObject()
    {
        Tokens++;
        if (_failed) return;
        if (_anyDepth > 0) { _anyDepth++; return; }
        if (_choosing) { _failed = true; return; }
        var plan = ByKind(TakeValuePlan(), ObjectBit);
        if (plan is null) return;
        if (plan.IsAny) { _anyDepth = 1; return; }
        if ((plan.TypeMask & ObjectBit) == 0 || plan.HasEnum || plan.Unsupported) { _failed = true; return; }
        Push(plan, isObject: true);
    }

    public override void StartArray()
    {
        Tokens++;
        if (_failed) return;
        if (_anyDepth > 0) { _anyDepth++; return; }
        if (_choosing) { _failed = true; return; }
        var plan = ByKind(TakeValuePlan(), ArrayBit);
        if (plan is null) return;
        if (plan.IsAny) { _anyDepth = 1; return; }
        if ((plan.TypeMask & ArrayBit) == 0 || plan.HasEnum || plan.Unsupported) { _failed = true; return; }
        Push(plan, isObject: false);
    }

    public override void EndObject()
    {
        Tokens++;
        if (_failed) return;
        if (_anyDepth > 0) { _anyDepth--; return; }
        if (_top < 0 || !_frames[_top].IsObject || _next is not null) { _failed = true; return; }
        ref var frame = ref _frames[_top--];
        // An object whose oneOf was never settled (no discriminator first) has not been proven.
        if ((frame.Seen & frame.Plan.AllRequired) != frame.Plan.AllRequired || frame.Plan.Discriminator is not null) _failed = true;
    }

    public override void EndArray()
    {
        Tokens++;
        if (_failed) return;
        if (_anyDepth > 0) { _anyDepth--; return; }
        if (_top < 0 || _frames[_top].IsObject) { _failed = true; return; }
        ref var frame = ref _frames[_top--];
        if (frame.Count < frame.Plan.MinItems || frame.Count > frame.Plan.MaxItems) _failed = true;
    }

    public override void Name(ReadOnlySpan<byte> utf8Name)
    {
        Tokens++;
        if (_failed || _anyDepth > 0) return;
        if (_top < 0 || !_frames[_top].IsObject || _next is not null) { _failed = true; return; }
        ref var frame = ref _frames[_top];
        if (frame.Plan.Discriminator is { } discriminator)
        {
            // The branch must be known before anything else: the discriminator comes first.
            if (frame.Count != 0 || !utf8Name.SequenceEqual(discriminator)) { _failed = true; return; }
            _choosing = true;
        }
        frame.Count++;
        if (frame.Plan.Properties.TryGet(utf8Name, out var entry))
        {
            frame.Seen |= entry.Bit;
            _next = entry.Plan;
        }
        else
        {
            _next = frame.Plan.Other;
        }
    }

    public override void Name(string name)
    {
        if (name.Length <= 64)
        {
            Span<byte> bytes = stackalloc byte[64 * 3];
            Name(bytes[..Encoding.UTF8.GetBytes(name, bytes)]);
        }
        else
        {
            Name(Encoding.UTF8.GetBytes(name));
        }
    }

    public override void String(string value) => CheckString(value, value);

    /// <summary>A string given as characters (a printed query): a string is made only if a rule reads the text.</summary>
    public override void String(ReadOnlySpan<char> value) => CheckString(null, value);

    private void CheckString(string? text, ReadOnlySpan<char> chars)
    {
        Tokens++;
        if (_failed || _anyDepth > 0) return;
        if (_choosing && !Choose(text ??= chars.ToString())) return;
        var plan = ByKind(TakeValuePlan(), StringBit);
        if (plan is null || plan.IsAny) return;
        if ((plan.TypeMask & StringBit) == 0 || plan.Unsupported) { _failed = true; return; }
        foreach (var facet in plan.ValueRules)
            if (!AcceptsString(facet, text ??= chars.ToString())) { _failed = true; return; }
    }

    public override void Number(ReadOnlySpan<byte> written)
    {
        Tokens++;
        // As Newtonsoft reads it: an integer is a number written without fraction or exponent.
        Other(written, written.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0 ? IntegerBit : NumberBit, isNumber: true);
    }

    public override void Boolean(bool value)
    {
        Tokens++;
        Other(value ? "true"u8 : "false"u8, BooleanBit, isNumber: false);
    }

    public override void Null()
    {
        Tokens++;
        Other("null"u8, NullBit, isNumber: false);
    }

    private void Other(ReadOnlySpan<byte> json, int kind, bool isNumber)
    {
        if (_failed || _anyDepth > 0) return;
        if (_choosing) { _failed = true; return; } // a discriminator that is not a string matches no branch
        var plan = ByKind(TakeValuePlan(), kind);
        if (plan is null || plan.IsAny) return;
        if ((plan.TypeMask & kind) == 0 || plan.Unsupported) { _failed = true; return; }
        foreach (var facet in plan.ValueRules)
            if (!AcceptsOther(facet, json, isNumber)) { _failed = true; return; }
    }

    // Branches told apart by JSON type: the value's type picks the one that can pass; none rejects.
    private Plan? ByKind(Plan? plan, int kind)
    {
        if (plan?.KindBranches is not { } branches) return plan;
        foreach (var (mask, branch) in branches)
            if ((mask & kind) != 0) return branch.Ready();
        _failed = true;
        return null;
    }

    // The discriminator's value picks the oneOf branch; the object is checked against that branch from here on.
    private bool Choose(string value)
    {
        _choosing = false;
        ref var frame = ref _frames[_top];
        if (!frame.Plan.Branches!.TryGetValue(value, out var branch) || branch.Ready().IsAny || branch.Unsupported) { _failed = true; return false; }
        var name = frame.Plan.Discriminator!;
        frame.Plan = branch;
        frame.Seen = 0;
        if (branch.Properties.TryGet(name, out var entry))
        {
            frame.Seen |= entry.Bit;
            _next = entry.Plan;
        }
        else
        {
            _next = branch.Other;
        }
        return true;
    }

    // The plan the next value is checked against: the root, the pending property's, or the array's item plan.
    private Plan? TakeValuePlan()
    {
        if (_top < 0)
        {
            if (_started) { _failed = true; return null; } // a second top-level value
            _started = true;
            return _root;
        }
        ref var frame = ref _frames[_top];
        if (frame.IsObject)
        {
            var plan = _next;
            if (plan is null) _failed = true; // a value without a name
            _next = null;
            return plan?.Ready();
        }
        var index = frame.Count++;
        return (index < frame.Plan.Tuple.Length ? frame.Plan.Tuple[index] : frame.Plan.Items).Ready();
    }

    private void Push(Plan plan, bool isObject)
    {
        if (++_top == _frames.Length) Array.Resize(ref _frames, _frames.Length * 2);
        _frames[_top] = new Frame { Plan = plan, IsObject = isObject };
    }
}
