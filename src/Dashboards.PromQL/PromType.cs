namespace Dashboards.PromQL;

/// <summary>The four value types of PromQL.</summary>
public enum PromType
{
    Scalar,
    InstantVector,
    RangeVector,
    String,
}

public static class PromTypeExtensions
{
    /// <summary>Prometheus's own spelling, used in error messages ("instant vector", "range vector", ...).</summary>
    public static string DisplayName(this PromType type) => type switch
    {
        PromType.Scalar => "scalar",
        PromType.InstantVector => "instant vector",
        PromType.RangeVector => "range vector",
        PromType.String => "string",
        _ => type.ToString(),
    };
}
