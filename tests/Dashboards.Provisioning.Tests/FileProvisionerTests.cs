using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Dashboards.Provisioning.Tests;

public sealed class FileProvisionerTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "prov-files-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static YamlMappingNode LoadYaml(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    [Fact]
    public void One_provider_per_folder_keeps_folder_uids()
    {
        var docs = new[]
        {
            TestSupport.Doc("a", "Alpha"),
            TestSupport.Doc("b", "Beta", folder: new FolderRef("infra", "Infra: core")),
            TestSupport.Doc("r", "Root", folder: FolderRef.General),
        };
        var result = FileProvisioner.Write(docs, _dir, new FileProvisioningOptions { GrafanaDashboardsPath = "/etc/dashboards/" });

        Assert.Equal(["dashboards/bots/a.json", "dashboards/general/r.json", "dashboards/infra/b.json"], result.DashboardFiles);
        var yaml = LoadYaml(Path.Combine(_dir, FileProvisioner.ProviderFileName));
        Assert.Equal("1", Scalar(yaml, "apiVersion"));
        var providers = ((YamlSequenceNode)yaml["providers"]).Children;
        Assert.Equal(["dashboards-sdk-general", "dashboards-sdk-bots", "dashboards-sdk-infra"], providers.Select(p => Scalar(p, "name")));
        var infra = providers[2];
        Assert.Equal("Infra: core", Scalar(infra, "folder"));
        Assert.Equal("infra", Scalar(infra, "folderUid"));
        Assert.Equal("file", Scalar(infra, "type"));
        Assert.Equal("/etc/dashboards/infra", Scalar(((YamlMappingNode)infra)["options"], "path"));
        Assert.Equal("/etc/dashboards/general", Scalar(((YamlMappingNode)providers[0])["options"], "path"));

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "dashboards/infra/b.json")))!.AsObject();
        Assert.Equal("b", json["uid"]!.GetValue<string>());
        Assert.Null(json["id"]);
        Assert.Null(json[ManagedMarker.FieldName]);
    }

    [Fact]
    public void Folders_from_file_structure_nest_directories_by_title()
    {
        var team = new FolderRef("team", "Team");
        var svc = new FolderRef("svc", "Service", ParentUid: "team");
        FileProvisioner.Write([TestSupport.Doc("a", "A", folder: svc), TestSupport.Doc("b", "B", folder: team), TestSupport.Doc("r", "R", folder: FolderRef.General)],
            _dir, new FileProvisioningOptions { Layout = FileProviderLayout.FoldersFromFilesStructure });

        Assert.True(File.Exists(Path.Combine(_dir, "dashboards/Team/Service/a.json")));
        Assert.True(File.Exists(Path.Combine(_dir, "dashboards/Team/b.json")));
        Assert.True(File.Exists(Path.Combine(_dir, "dashboards/r.json")));
        var provider = ((YamlSequenceNode)LoadYaml(Path.Combine(_dir, FileProvisioner.ProviderFileName))["providers"]).Children.Single();
        Assert.Equal("true", Scalar(((YamlMappingNode)provider)["options"], "foldersFromFilesStructure"));
        Assert.Equal("/var/lib/grafana/dashboards", Scalar(((YamlMappingNode)provider)["options"], "path"));
    }

    [Fact]
    public void Rewriting_removes_files_of_dropped_dashboards_but_not_foreign_files()
    {
        FileProvisioner.Write([TestSupport.Doc("a", "A"), TestSupport.Doc("b", "B")], _dir);
        var foreign = Path.Combine(_dir, "dashboards/bots/hand-made.json");
        File.WriteAllText(foreign, "{}");

        var result = FileProvisioner.Write([TestSupport.Doc("a", "A")], _dir);

        Assert.Equal(["dashboards/bots/b.json"], result.RemovedFiles);
        Assert.False(File.Exists(Path.Combine(_dir, "dashboards/bots/b.json")));
        Assert.True(File.Exists(foreign));
    }

    [Fact]
    public void Output_is_deterministic()
    {
        var docs = new[] { TestSupport.Doc("a", "A"), TestSupport.Doc("b", "B") };
        FileProvisioner.Write(docs, _dir);
        var first = File.ReadAllText(Path.Combine(_dir, "dashboards/bots/a.json")) + File.ReadAllText(Path.Combine(_dir, FileProvisioner.ProviderFileName));
        FileProvisioner.Write(docs.Reverse().ToArray(), _dir);
        var second = File.ReadAllText(Path.Combine(_dir, "dashboards/bots/a.json")) + File.ReadAllText(Path.Combine(_dir, FileProvisioner.ProviderFileName));
        Assert.Equal(first, second);
    }
}
