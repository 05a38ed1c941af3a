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
    public int? Decimals { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public string? NoValue { get; init; }
    public string? DisplayName { get; init; }
    public Thresholds? Thresholds { get; init; }
    public ImmutableArray<ValueMapping> Mappings { get; init; } = [];
    public FieldColor? Color { get; init; }
    public ImmutableArray<DataLink> Links { get; init; } = [];
}
