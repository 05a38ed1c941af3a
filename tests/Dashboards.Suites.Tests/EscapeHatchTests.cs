using Dashboards.Model;
using Dashboards.Model.Transformations;
using Dashboards.Suites.Tests.Support;

namespace Dashboards.Suites.Tests;

/// <summary>
/// The suites are written with the typed model only: a raw field or raw transformation here means the model lacks a
/// member, which belongs in Dashboards.Model (see dashboards/README.md).
/// </summary>
public sealed class EscapeHatchTests
{
    private static IEnumerable<(string Dashboard, Panel Panel)> AllPanels() =>
        CompiledSuites.Compilation.Dashboards.SelectMany(d =>
            d.Source.Panels.Concat(d.Source.Rows.SelectMany(r => r.Panels)).Select(p => (d.Uid, p)));

    [Fact]
    public void No_dashboard_sets_raw_fields()
    {
        var raw = CompiledSuites.Compilation.Dashboards.Where(d => !d.Source.RawFields.IsEmpty)
            .Select(d => $"{d.Uid}: {string.Join(", ", d.Source.RawFields.Select(f => f.Path))}");
        Assert.Empty(raw);
    }

    [Fact]
    public void No_panel_sets_raw_fields_or_raw_transformations()
    {
        var raw = AllPanels()
            .Where(x => !x.Panel.RawFields.IsEmpty || x.Panel.Transformations.Any(t => t is Generic))
            .Select(x => $"{x.Dashboard} / {x.Panel.Title}");
        Assert.Empty(raw);
    }

    [Fact]
    public void The_panels_are_all_seen() =>
        Assert.Equal(CompiledSuites.Compilation.Dashboards.Sum(d => d.PanelCount), AllPanels().Count());
}
