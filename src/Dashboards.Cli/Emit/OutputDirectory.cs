namespace Dashboards.Cli.Emit;

/// <summary>One file to write, relative to the output directory.</summary>
public sealed record OutputFile(string RelativePath, ReadOnlyMemory<byte> Content);

/// <summary>
/// Replaces an output directory as a whole: files are written to a sibling staging directory first and swapped in
/// by renames, so a failure leaves the previous output untouched and no stale file of a removed dashboard survives.
/// A directory this tool did not create (no marker file, not empty) is never replaced.
/// </summary>
public static class OutputDirectory
{
    /// <summary>Name of the marker file that says the directory belongs to this tool.</summary>
    public const string MarkerFileName = ".dashboards-sdk";

    private const string MarkerText = "Written by the dashboards SDK. This directory is replaced as a whole on every emit.\n";

    /// <summary>Writes <paramref name="files"/> as the new content of <paramref name="directory"/>.</summary>
    /// <exception cref="IOException">The directory is not ours to replace, or the file system failed.</exception>
    public static void Replace(string directory, IEnumerable<OutputFile> files)
    {
        var target = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        EnsureOurs(target);

        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"'{target}' has no parent directory.");
        Directory.CreateDirectory(parent);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var staging = $"{target}.staging-{suffix}";
        var previous = $"{target}.previous-{suffix}";

        try
        {
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, MarkerFileName), MarkerText);
            foreach (var file in files)
            {
                var path = Path.GetFullPath(Path.Combine(staging, file.RelativePath));
                if (!path.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    throw new IOException($"Output path '{file.RelativePath}' leaves the output directory.");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(file.Content.Span);
            }

            if (Directory.Exists(target))
                Directory.Move(target, previous);
            Directory.Move(staging, target);
        }
        catch
        {
            if (Directory.Exists(previous) && !Directory.Exists(target))
                Directory.Move(previous, target);
            if (Directory.Exists(staging))
                Directory.Delete(staging, recursive: true);
            throw;
        }

        if (Directory.Exists(previous))
            Directory.Delete(previous, recursive: true);
    }

    private static void EnsureOurs(string target)
    {
        if (!Directory.Exists(target))
        {
            if (File.Exists(target))
                throw new IOException($"Output path '{target}' is a file, not a directory.");
            return;
        }

        if (File.Exists(Path.Combine(target, MarkerFileName)) || !Directory.EnumerateFileSystemEntries(target).Any())
            return;

        throw new IOException(
            $"Refusing to replace '{target}': it is not empty and was not written by this tool (no {MarkerFileName} file). " +
            "Choose another --output directory or empty this one.");
    }
}
