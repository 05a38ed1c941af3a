namespace Dashboards.Cli;
internal static class AssemblyMarker { }
