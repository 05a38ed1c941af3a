namespace Dashboards.Testing;
internal static class AssemblyMarker { }
