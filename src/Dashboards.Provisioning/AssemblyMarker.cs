namespace Dashboards.Provisioning;
internal static class AssemblyMarker { }
