namespace Dashboards.GrafanaDouble;
internal static class AssemblyMarker { }
