namespace Dashboards.Model;

/// <summary>
/// A problem that stops a catalog from compiling: the dashboard (title), the panel (title, if any),
/// the JSON path (or model path for things outside the JSON, e.g. <c>catalog.folders[0]</c>) and what is wrong.
/// </summary>
public sealed record CompileError(string Dashboard, string? Panel, string Path, string Message)
{
    public override string ToString() => Panel is null
        ? $"dashboard \"{Dashboard}\", {Path}: {Message}"
        : $"dashboard \"{Dashboard}\", panel \"{Panel}\", {Path}: {Message}";
}
