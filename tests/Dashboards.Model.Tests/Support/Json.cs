using System.Text.Json;

namespace Dashboards.Model.Tests;

/// <summary>Reads emitted JSON back for assertions.</summary>
internal static class Emitted
{
    public static JsonElement Of(Dashboard dashboard) => JsonDocument.Parse(DashboardJson.Serialize(dashboard)).RootElement;

    /// <summary>The JSON of the dashboard's first panel.</summary>
    public static JsonElement FirstPanel(Dashboard dashboard) => Of(dashboard).GetProperty("panels")[0];

    /// <summary>Follows a dotted path with [i] indexes, e.g. <c>fieldConfig.defaults.thresholds.steps[1].value</c>.</summary>
    public static JsonElement At(this JsonElement element, string path)
    {
        foreach (var part in path.Split('.'))
        {
            var name = part;
            var bracket = part.IndexOf('[');
            if (bracket >= 0) name = part[..bracket];
            if (name.Length > 0)
            {
                Assert.True(element.TryGetProperty(name, out var child), $"no property '{name}' in {element}");
                element = child;
            }
            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                element = element[int.Parse(part[(bracket + 1)..close], System.Globalization.CultureInfo.InvariantCulture)];
                bracket = part.IndexOf('[', close);
            }
        }
        return element;
    }

    public static bool Has(this JsonElement element, string property) => element.TryGetProperty(property, out _);
}
