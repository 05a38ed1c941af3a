namespace Dashboards.PromQL;
internal static class AssemblyMarker { }
