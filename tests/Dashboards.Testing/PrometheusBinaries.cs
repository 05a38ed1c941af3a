namespace Dashboards.Testing;

/// <summary>
/// Locates the real <c>prometheus</c> and <c>promtool</c> binaries. Tests that need them fail (never skip) when they are
/// missing, with a message that says how to install them.
/// </summary>
public static class PrometheusBinaries
{
    /// <summary>Environment variable overriding the prometheus binary path.</summary>
    public const string PrometheusVariable = "DASHBOARDS_PROMETHEUS";

    /// <summary>Environment variable overriding the promtool binary path.</summary>
    public const string PromtoolVariable = "DASHBOARDS_PROMTOOL";

    public const string InstallHint =
        "Install them with `sudo apt-get install -y prometheus` (Debian/Ubuntu; provides /usr/bin/prometheus and /usr/bin/promtool), " +
        "or download a release from https://prometheus.io/download/ and set " + PrometheusVariable + " / " + PromtoolVariable +
        " to the binaries.";

    /// <summary>Full path of the prometheus server binary; throws with install instructions when it is missing.</summary>
    public static string Prometheus => Locate("prometheus", PrometheusVariable);

    /// <summary>Full path of promtool; throws with install instructions when it is missing.</summary>
    public static string Promtool => Locate("promtool", PromtoolVariable);

    private static string Locate(string name, string overrideVariable) =>
        Find(name, overrideVariable, Environment.GetEnvironmentVariable(overrideVariable), Environment.GetEnvironmentVariable("PATH"));

    /// <summary>
    /// Finds <paramref name="name"/>: the <paramref name="configured"/> path if given (it must exist), else the first match on
    /// <paramref name="searchPath"/>, /usr/bin, /usr/local/bin. Throws <see cref="PrometheusNotInstalledException"/> otherwise.
    /// </summary>
    public static string Find(string name, string overrideVariable, string? configured, string? searchPath)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new PrometheusNotInstalledException(
                    $"{overrideVariable} points to '{configured}', which does not exist. {InstallHint}");
        }

        var candidates = (searchPath ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Append("/usr/local/bin")
            .Select(directory => Path.Combine(directory, name));
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new PrometheusNotInstalledException(
                $"The '{name}' binary was not found on PATH, /usr/bin or /usr/local/bin. {InstallHint}");
    }
}

/// <summary>The Prometheus binaries needed by end-to-end tests are not installed.</summary>
public sealed class PrometheusNotInstalledException(string message) : Exception(message);
