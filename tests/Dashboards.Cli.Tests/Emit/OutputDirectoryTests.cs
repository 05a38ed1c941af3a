using System.Text;
using Dashboards.Cli.Emit;

namespace Dashboards.Cli.Tests.Emit;

public sealed class OutputDirectoryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dashboards-out-").FullName;

    private string Target => Path.Combine(_root, "out");

    private static OutputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Writes_files_and_marker_into_a_new_directory()
    {
        OutputDirectory.Replace(Target, [File("bots/a.json", "{}"), File("rules/bots.yml", "groups: []")]);

        Assert.Equal("{}", System.IO.File.ReadAllText(Path.Combine(Target, "bots", "a.json")));
        Assert.Equal("groups: []", System.IO.File.ReadAllText(Path.Combine(Target, "rules", "bots.yml")));
        Assert.True(System.IO.File.Exists(Path.Combine(Target, OutputDirectory.MarkerFileName)));
        Assert.Single(Directory.GetDirectories(_root)); // no staging or previous directory left behind
    }

    [Fact]
    public void Replacing_removes_files_of_dashboards_that_no_longer_exist()
    {
        OutputDirectory.Replace(Target, [File("bots/old.json", "{}"), File("bots/kept.json", "1")]);
        OutputDirectory.Replace(Target, [File("bots/kept.json", "2")]);

        Assert.False(System.IO.File.Exists(Path.Combine(Target, "bots", "old.json")));
        Assert.Equal("2", System.IO.File.ReadAllText(Path.Combine(Target, "bots", "kept.json")));
    }

    [Fact]
    public void Refuses_to_replace_a_foreign_directory_and_leaves_it_untouched()
    {
        Directory.CreateDirectory(Target);
        System.IO.File.WriteAllText(Path.Combine(Target, "precious.txt"), "keep me");

        var error = Assert.Throws<IOException>(() => OutputDirectory.Replace(Target, [File("a.json", "{}")]));

        Assert.Contains("not written by this tool", error.Message);
        Assert.Equal("keep me", System.IO.File.ReadAllText(Path.Combine(Target, "precious.txt")));
        Assert.Single(Directory.GetDirectories(_root));
    }

    [Fact]
    public void A_failure_midway_keeps_the_previous_output()
    {
        OutputDirectory.Replace(Target, [File("bots/a.json", "old")]);

        // The same path twice makes the second write fail after the first succeeded.
        Assert.Throws<IOException>(() => OutputDirectory.Replace(Target, [File("bots/a.json", "new"), File("bots/a.json", "again")]));

        Assert.Equal("old", System.IO.File.ReadAllText(Path.Combine(Target, "bots", "a.json")));
        Assert.Single(Directory.GetDirectories(_root));
    }

    [Fact]
    public void Rejects_paths_that_leave_the_output_directory()
    {
        var error = Assert.Throws<IOException>(() => OutputDirectory.Replace(Target, [File("../escape.json", "{}")]));

        Assert.Contains("leaves the output directory", error.Message);
        Assert.False(System.IO.File.Exists(Path.Combine(_root, "escape.json")));
        Assert.False(Directory.Exists(Target));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
