namespace Dashboards.Model;

public enum TooltipMode { Single, Multi, None }
public enum TooltipSort { None, Ascending, Descending }

/// <summary>Hover tooltip: <c>t => t.Mode(TooltipMode.Multi).Sort(TooltipSort.Descending)</c>.</summary>
public sealed record TooltipOptions
{
    public static TooltipOptions Default { get; } = new();

    public TooltipMode ModeValue { get; init; } = TooltipMode.Single;
    public TooltipSort SortValue { get; init; } = TooltipSort.None;
    public bool? HideZerosValue { get; init; }

    public TooltipOptions Mode(TooltipMode mode) => this with { ModeValue = mode };
    public TooltipOptions Sort(TooltipSort sort) => this with { SortValue = sort };
    public TooltipOptions HideZeros(bool hide = true) => this with { HideZerosValue = hide };
}
