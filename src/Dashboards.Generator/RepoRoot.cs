namespace Dashboards.Generator;

internal static class RepoRoot
{
    /// <summary>The directory holding Dashboards.sln, from the current directory upwards.</summary>
    public static string Find(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dashboards.sln"))) return dir.FullName;
        throw new InvalidOperationException("Dashboards.sln not found above the current directory.");
    }
}
