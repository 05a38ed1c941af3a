namespace Dashboards.Model;
internal static class AssemblyMarker { }
