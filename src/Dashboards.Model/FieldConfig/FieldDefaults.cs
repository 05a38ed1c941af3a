namespace Dashboards.Model;

/// <summary>A data link on a field value (<c>fieldConfig.defaults.links</c>).</summary>
public sealed record DataLink(string Title, string Url)
{
    public bool TargetBlank { get; init; }
}

/// <summary>
/// Standard field options (<c>fieldConfig.defaults</c>) shared by every panel type. Panels expose them through
/// fluent methods (<c>.Unit(...)</c>, <c>.Thresholds(...)</c>...); plugin-specific <c>custom</c> options live on each panel.
/// </summary>
public sealed record FieldDefaults
{
    public static FieldDefaults Empty { get; } = new();

    public Unit? Unit { get; init; }
    public int? Decimals { get => (_set & Set.Decimals) != 0 ? _decimals : null; init => (_decimals, _set) = (value ?? 0, With(Set.Decimals, value.HasValue)); }
    public double? Min { get => (_set & Set.Min) != 0 ? _min : null; init => (_min, _set) = (value ?? 0, With(Set.Min, value.HasValue)); }
    public double? Max { get => (_set & Set.Max) != 0 ? _max : null; init => (_max, _set) = (value ?? 0, With(Set.Max, value.HasValue)); }
    public string? NoValue { get => _rare.NoValue; init => _rare = _rare with { NoValue = value }; }
    public string? DisplayName { get => _rare.DisplayName; init => _rare = _rare with { DisplayName = value }; }
    public Thresholds? Thresholds { get; init; }
    public ImmutableArray<ValueMapping> Mappings { get => _rare.Mappings; init => _rare = _rare with { Mappings = value }; }
    public FieldColor? Color { get => _rare.Color; init => _rare = _rare with { Color = value }; }
    public ImmutableArray<DataLink> Links { get => _rare.Links; init => _rare = _rare with { Links = value }; }

    // Panels copy their defaults on every field option they set (unit, thresholds, decimals, min, max), so the copy is
    // kept small: the three numbers without nullable padding (a flag says which are set; an unset one is always 0, so
    // equality by fields is equality by value), and the options set less often in one shared immutable object.
    private readonly double _min;
    private readonly double _max;
    private readonly int _decimals;
    private readonly Set _set;
    private readonly RareOptions _rare = RareOptions.None;

    private Set With(Set flag, bool on) => on ? _set | flag : _set & ~flag;

    /// <summary>
    /// <paramref name="defaults"/> with <paramref name="unit"/>. A unit is usually the first field option a panel sets, and
    /// dashboards use a few units over and over, so the defaults holding nothing but a unit are shared (one slot per
    /// hash of the unit's id, holding the last unit object seen there; a miss replaces the slot, a race only costs a copy).
    /// </summary>
    internal static FieldDefaults WithUnit(FieldDefaults defaults, Unit unit)
    {
        if (!ReferenceEquals(defaults, Empty) || unit is null) return defaults with { Unit = unit };
        ref var slot = ref UnitOnly[RecentSlot.Of(unit.Id, UnitOnly.Length)];
        var cached = slot;
        if (cached is not null && ReferenceEquals(cached.Unit, unit)) return cached;
        return slot = Empty with { Unit = unit };
    }

    private static readonly FieldDefaults?[] UnitOnly = new FieldDefaults?[64];

    [Flags]
    private enum Set : byte { None = 0, Decimals = 1, Min = 2, Max = 4 }

    private sealed record RareOptions
    {
        public static RareOptions None { get; } = new();

        public string? NoValue { get; init; }
        public string? DisplayName { get; init; }
        public ImmutableArray<ValueMapping> Mappings { get; init; } = [];
        public FieldColor? Color { get; init; }
        public ImmutableArray<DataLink> Links { get; init; } = [];
    }
}
