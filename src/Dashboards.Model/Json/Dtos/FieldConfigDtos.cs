using System.Text.Json.Serialization;

namespace Dashboards.Model.Json;

internal sealed class FieldConfigDto
{
    public required FieldDefaultsDto Defaults { get; init; }
    public required OverrideDto[] Overrides { get; init; }
}

internal sealed class FieldDefaultsDto
{
    public string? DisplayName { get; init; }
    public string? Unit { get; init; }
    public int? Decimals { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public string? NoValue { get; init; }
    public FieldColorDto? Color { get; init; }
    public ThresholdsDto? Thresholds { get; init; }
    public MappingDto[]? Mappings { get; init; }
    public DataLinkDto[]? Links { get; init; }
    public CustomDto? Custom { get; init; }
}

internal sealed class FieldColorDto
{
    public required string Mode { get; init; }
    public string? FixedColor { get; init; }
    public string? SeriesBy { get; init; }
}

internal sealed class ThresholdsDto
{
    public required string Mode { get; init; }
    public required ThresholdStepDto[] Steps { get; init; }
}

internal sealed class ThresholdStepDto
{
    public required string Color { get; init; }
    /// <summary>Null for the base step (−∞); always written.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required double? Value { get; init; }
}

internal sealed class DataLinkDto
{
    public required string Title { get; init; }
    public required string Url { get; init; }
    public bool? TargetBlank { get; init; }
}

[JsonConverter(typeof(MappingDtoConverter))]
internal abstract class MappingDto;

internal sealed class MappingResultDto
{
    public string? Text { get; init; }
    public string? Color { get; init; }
    public string? Icon { get; init; }
    public required int Index { get; init; }
}

internal sealed class ValueMapDto : MappingDto
{
    public string Type => "value";
    /// <summary>One entry: the matched value → result.</summary>
    public required JsonMapDto Options { get; init; }
}

internal sealed class RangeMapDto : MappingDto
{
    public string Type => "range";
    public required RangeMapOptionsDto Options { get; init; }
}

internal sealed class RangeMapOptionsDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required double? From { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required double? To { get; init; }
    public required MappingResultDto Result { get; init; }
}

internal sealed class RegexMapDto : MappingDto
{
    public string Type => "regex";
    public required RegexMapOptionsDto Options { get; init; }
}

internal sealed class RegexMapOptionsDto
{
    public required string Pattern { get; init; }
    public required MappingResultDto Result { get; init; }
}

internal sealed class SpecialMapDto : MappingDto
{
    public string Type => "special";
    public required SpecialMapOptionsDto Options { get; init; }
}

internal sealed class SpecialMapOptionsDto
{
    public required string Match { get; init; }
    public required MappingResultDto Result { get; init; }
}

internal sealed class OverrideDto
{
    public required MatcherDto Matcher { get; init; }
    public required DynamicConfigValueDto[] Properties { get; init; }
}

internal sealed class MatcherDto
{
    public required string Id { get; init; }
    public required string Options { get; init; }
}

internal sealed class DynamicConfigValueDto
{
    public required string Id { get; init; }
    /// <summary>A primitive or one of the DTOs registered on the JSON context; null writes JSON null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required object? Value { get; init; }
}
