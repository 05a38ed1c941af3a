namespace Dashboards.Model;

/// <summary>A panel type of the model: Grafana's plugin id, the record and a factory.</summary>
public sealed record PanelType(string PluginId, Type ClrType, Func<string, Panel> Create);

/// <summary>The registry of panel types, generated from the specs (Spec/panels).</summary>
public static partial class PanelTypes
{
    public static PanelType? Find(string pluginId)
    {
        foreach (var type in All)
            if (type.PluginId == pluginId) return type;
        return null;
    }
}
