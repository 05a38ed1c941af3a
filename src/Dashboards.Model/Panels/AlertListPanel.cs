namespace Dashboards.Model;

// Shortcuts of the generated AlertListPanel (Spec/panels/alertlist.json).
public sealed partial record AlertListPanel
{
    /// <summary>Groups alert instances by these labels (Grafana's custom group mode).</summary>
    public AlertListPanel GroupBy(params string[] labels) =>
        this with { Options = Options with { GroupMode = AlertListGroupMode.Custom, GroupBy = [.. labels ?? throw new ArgumentNullException(nameof(labels))] } };

    /// <summary>Which alert states are listed.</summary>
    public AlertListPanel States(bool firing = true, bool pending = true, bool recovering = true, bool noData = false, bool normal = false, bool error = true) =>
        this with { Options = Options with { Firing = firing, Pending = pending, Recovering = recovering, NoData = noData, Normal = normal, Error = error } };
}
