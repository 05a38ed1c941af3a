using System.Text.Json;

namespace Dashboards.Model.Json;

/// <summary>
/// Reads a panel's Grafana JSON into the typed model: the inverse of the emitter for a plugin's <c>options</c> and
/// <c>fieldConfig.defaults.custom</c>, generated from the same per-plugin spec. Keys the model does not type, or values
/// it cannot, come back as the panel's <see cref="Panel.RawFields"/>, so emitting the panel gives them back.
/// </summary>
public static class PanelJson
{
    /// <summary>
    /// The panel of plugin <paramref name="pluginId"/> titled and optioned as <paramref name="panel"/> says, or null when the
    /// model has no such plugin. Only title, options and custom field config are read.
    /// </summary>
    public static Panel? ReadOptions(string pluginId, JsonElement panel)
    {
        ArgumentNullException.ThrowIfNull(pluginId);
        return PanelTypes.Find(pluginId) is null || panel.ValueKind != JsonValueKind.Object ? null : PanelJsonReader.Read(pluginId, panel);
    }
}
