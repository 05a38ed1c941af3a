namespace Dashboards.Model.Json;

// Options of the typed transformations (TransformationDto.Options).

internal sealed class EmptyOptionsDto;

internal sealed class OrganizeOptionsDto
{
    public required JsonMapDto ExcludeByName { get; init; }
    public required JsonMapDto IndexByName { get; init; }
    public required JsonMapDto RenameByName { get; init; }
}

internal sealed class ReduceTransformOptionsDto
{
    public required string Mode { get; init; }
    public required string[] Reducers { get; init; }
    public required bool IncludeTimeField { get; init; }
    public required bool LabelsToFields { get; init; }
}

internal sealed class SortByOptionsDto
{
    public required SortByFieldDto[] Sort { get; init; }
}

internal sealed class LimitOptionsDto
{
    public required int LimitField { get; init; }
}

internal sealed class SortByFieldDto
{
    public required string Field { get; init; }
    public required bool Desc { get; init; }
}

internal sealed class FilterByValueOptionsDto
{
    public required FilterByValueFilterDto[] Filters { get; init; }
    public required string Type { get; init; }
    public required string Match { get; init; }
}

internal sealed class FilterByValueFilterDto
{
    public required string FieldName { get; init; }
    public required FilterByValueConfigDto Config { get; init; }
}

internal sealed class FilterByValueConfigDto
{
    public required string Id { get; init; }
    public required FilterByValueValueDto Options { get; init; }
}

internal sealed class FilterByValueValueDto
{
    public double? Value { get; init; }
}

internal sealed class CalculateFieldOptionsDto
{
    public required string Mode { get; init; }
    public required string Alias { get; init; }
    public CalculateBinaryDto? Binary { get; init; }
    public CalculateReduceDto? Reduce { get; init; }
    public required bool ReplaceFields { get; init; }
}

internal sealed class CalculateBinaryDto
{
    public required string Left { get; init; }
    public required string Operator { get; init; }
    public required string Right { get; init; }
}

internal sealed class CalculateReduceDto
{
    public required string Reducer { get; init; }
    public string[]? Include { get; init; }
}
