using Dashboards.Generator;

// dotnet run --project src/Dashboards.Generator            writes the generated files
// dotnet run --project src/Dashboards.Generator -- --check   exits 1 when a checked-in file differs
var root = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? RepoRoot.Find();
var check = args.Contains("--check");
var files = PanelSpecGenerator.Generate(root);
var stale = 0;
foreach (var (path, text) in files)
{
    var full = Path.Combine(root, path);
    var current = File.Exists(full) ? File.ReadAllText(full) : null;
    if (current == text) continue;
    stale++;
    if (check) { Console.Error.WriteLine($"stale: {path}"); continue; }
    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
    File.WriteAllText(full, text);
    Console.WriteLine($"wrote {path}");
}
Console.WriteLine($"{files.Count} generated files, {stale} {(check ? "stale" : "rewritten")}.");
return check && stale > 0 ? 1 : 0;
