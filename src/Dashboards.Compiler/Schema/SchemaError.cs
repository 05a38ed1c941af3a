namespace Dashboards.Model.Schema;

/// <summary>One place where an emitted dashboard breaks the SDK's JSON Schema.</summary>
/// <param name="Dashboard">Title of the dashboard that was validated.</param>
/// <param name="Path">JSON path of the offending value, e.g. <c>$.panels[3].gridPos.w</c>.</param>
/// <param name="Message">What is wrong, in words, e.g. <c>value 30 is greater than maximum 24</c>.</param>
public sealed record SchemaError(string Dashboard, string Path, string Message)
{
    public override string ToString() => $"Dashboard '{Dashboard}': {Path}: {Message}";
}
