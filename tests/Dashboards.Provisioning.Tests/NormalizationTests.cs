using System.Text.Json.Nodes;

namespace Dashboards.Provisioning.Tests;

public sealed class NormalizationTests
{
    [Fact]
    public void Key_order_number_spelling_id_and_version_do_not_change_the_hash()
    {
        var a = JsonNode.Parse("""{"uid":"a","title":"T","id":7,"version":3,"refresh":"30s","panels":[{"w":12.0,"h":8}]}""")!.AsObject();
        var b = JsonNode.Parse("""{"panels":[{"h":8,"w":12}],"refresh":"30s","title":"T","uid":"a"}""")!.AsObject();
        Assert.Equal(DashboardNormalizer.ContentHash(a), DashboardNormalizer.ContentHash(b));
    }

    [Fact]
    public void Content_and_array_order_do_change_the_hash()
    {
        var a = JsonNode.Parse("""{"uid":"a","title":"T","tags":["x","y"]}""")!.AsObject();
        var b = JsonNode.Parse("""{"uid":"a","title":"T","tags":["y","x"]}""")!.AsObject();
        var c = JsonNode.Parse("""{"uid":"a","title":"U","tags":["x","y"]}""")!.AsObject();
        Assert.NotEqual(DashboardNormalizer.ContentHash(a), DashboardNormalizer.ContentHash(b));
        Assert.NotEqual(DashboardNormalizer.ContentHash(a), DashboardNormalizer.ContentHash(c));
    }

    [Fact]
    public void Canonical_text_sorts_keys_and_shortens_numbers()
    {
        var node = JsonNode.Parse("""{"b":1.50,"a":[true,null,"x<y"],"c":{"z":1e2,"y":0.1}}""");
        Assert.Equal("""{"a":[true,null,"x<y"],"b":1.5,"c":{"y":0.1,"z":100}}""", CanonicalJson.ToCompactString(node));
    }

    [Fact]
    public void Content_hashes_are_the_ones_earlier_releases_recorded()
    {
        // Dashboards in Grafana carry hashes written by earlier releases: a different canonical form would turn every
        // one of them into a conflict. Both hashes were computed by the release before the copy-free hashing.
        var parsed = JsonNode.Parse("""
            {"uid":"","id":42,"version":7,"dashboardsAsCode":{"managedBy":"dashboards-sdk","contentHash":"sha256:00","version":3,"uid":"x"},
             "title":"Ünïcode \"quoted\" <b>&amp; \u2028 tab\t",
             "numbers":[0,-0,1.0,1.50,1e2,1E-7,0.1,123456789012345678901234567890,5e-324,1.7976931348623157e308,-12.5e+3,9007199254740993,3.14159265358979323846],
             "nested":{"z":{"b":[true,false,null],"a":{}},"a":[],"É":1,"e":2,"_":3,"A":4},"refresh":"30s"}
            """)!.AsObject();
        Assert.Equal("sha256:5c8c60881e04fdf03ba77756cb1068e60cbb1ce1606d11c48a06984ec19de41b", DashboardNormalizer.ContentHash(parsed));
        Assert.Equal(
            """{"nested":{"A":4,"_":3,"a":[],"e":2,"z":{"a":{},"b":[true,false,null]},"É":1},"numbers":[0,-0,1,1.5,100,1E-07,0.1,1.2345678901234568E+29,5E-324,1.7976931348623157E+308,-12500,9007199254740992,3.141592653589793],"refresh":"30s","title":"Ünïcode \"quoted\" <b>&amp; \u2028 tab\t"}""",
            CanonicalJson.ToCompactString(DashboardNormalizer.Normalize(parsed)));

        var built = new JsonObject
        {
            ["i"] = 3, ["l"] = 9007199254740993L, ["d"] = 0.1, ["f"] = 1.5f, ["m"] = 1.10m, ["s"] = "x", ["b"] = true, ["n"] = null,
            ["u"] = (uint)7, ["sh"] = (short)-2,
        };
        Assert.Equal("sha256:ef74da0eeddef563787989117c0478ee3181dbaeb7386917fa5fc55e41375bf5", CanonicalJson.Hash(built));
    }

    [Fact]
    public void Prepare_adds_the_managed_tag_once_and_records_the_hash_of_the_rest()
    {
        var doc = TestSupport.Doc("a", "Alpha");
        var (model, hash) = DashboardNormalizer.Prepare(doc);
        Assert.Equal(["team-bots", ManagedMarker.Tag], model["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(hash, ManagedMarker.RecordedHash(model));
        Assert.Equal(hash, DashboardNormalizer.ContentHash(model));
        Assert.True(ManagedMarker.IsManaged(model));

        var (again, hashAgain) = DashboardNormalizer.Prepare(doc with { Json = model });
        Assert.Equal(hash, hashAgain);
        Assert.Single(again["tags"]!.AsArray(), t => t!.GetValue<string>() == ManagedMarker.Tag);
        Assert.DoesNotContain(ManagedMarker.Tag, doc.Json["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public void Prepare_takes_uid_and_title_from_the_document()
    {
        var doc = TestSupport.Doc("a", "Alpha") with { Title = "Renamed" };
        doc.Json["id"] = 12;
        var (model, _) = DashboardNormalizer.Prepare(doc);
        Assert.Equal("Renamed", model["title"]!.GetValue<string>());
        Assert.Null(model["id"]);
    }

    [Fact]
    public void A_dashboard_without_the_marker_is_not_managed()
    {
        var model = JsonNode.Parse($$"""{"tags":["{{ManagedMarker.Tag}}"]}""")!.AsObject();
        Assert.True(ManagedMarker.HasTag(model));
        Assert.False(ManagedMarker.IsManaged(model));
        model[ManagedMarker.FieldName] = new JsonObject { ["managedBy"] = "someone-else", ["contentHash"] = "sha256:00" };
        Assert.False(ManagedMarker.IsManaged(model));
    }
}

public sealed class UnifiedDiffTests
{
    [Fact]
    public void Equal_texts_have_no_diff() => Assert.Equal("", UnifiedDiff.Create("a\nb\n", "a\nb\n", "old", "new"));

    [Fact]
    public void A_changed_line_shows_with_context_and_hunk_header()
    {
        var old = string.Join('\n', Enumerable.Range(1, 10).Select(i => $"line {i}"));
        var changed = old.Replace("line 5", "line five");
        var diff = UnifiedDiff.Create(old, changed, "grafana/a", "code/a");
        Assert.Equal(
            "--- grafana/a\n+++ code/a\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n",
            diff);
    }

    [Fact]
    public void Distant_changes_make_separate_hunks_and_additions_count()
    {
        var old = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"l{i}"));
        var changed = old.Replace("l2\n", "l2\nnew\n").Replace("l18", "L18");
        var diff = UnifiedDiff.Create(old, changed, "a", "b", context: 1);
        Assert.Equal("--- a\n+++ b\n@@ -2,2 +2,3 @@\n l2\n+new\n l3\n@@ -17,3 +18,3 @@\n l17\n-l18\n+L18\n l19\n", diff);
    }
}
