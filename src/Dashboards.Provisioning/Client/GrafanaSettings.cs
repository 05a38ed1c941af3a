using System.Globalization;

namespace Dashboards.Provisioning;

/// <summary>
/// Where and how to reach Grafana. Secrets (token, password) are never part of <see cref="ToString"/>, so
/// settings can be logged or shown in error messages safely.
/// </summary>
public sealed record GrafanaSettings
{
    public const string UrlVariable = "GRAFANA_URL";
    public const string TokenVariable = "GRAFANA_TOKEN";
    public const string UserVariable = "GRAFANA_USER";
    public const string PasswordVariable = "GRAFANA_PASSWORD";
    public const string OrgIdVariable = "GRAFANA_ORG_ID";

    public GrafanaSettings(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new GrafanaSettingsException($"Grafana URL '{url}' must be an absolute http:// or https:// URL.");
        }
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Service-account token, sent as <c>Authorization: Bearer</c>. Wins over basic auth when both are set.</summary>
    public string? Token { get; init; }

    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>Sent as <c>X-Grafana-Org-Id</c> when set.</summary>
    public long? OrgId { get; init; }

    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public GrafanaRetryOptions Retry { get; init; } = new();

    /// <summary>Most HTTP requests in flight at once.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>How the client authenticates, without the secret itself.</summary>
    public string AuthenticationDescription =>
        !string.IsNullOrEmpty(Token) ? "service-account token (redacted)"
        : !string.IsNullOrEmpty(User) ? $"basic auth as '{User}' (password redacted)"
        : "none";

    public override string ToString() =>
        $"Grafana {Url} (auth: {AuthenticationDescription}, org: {OrgId?.ToString(CultureInfo.InvariantCulture) ?? "default"})";

    /// <summary>
    /// Builds settings from explicit values (command-line flags) falling back to the environment
    /// (<c>GRAFANA_URL</c>, <c>GRAFANA_TOKEN</c>, <c>GRAFANA_USER</c>, <c>GRAFANA_PASSWORD</c>, <c>GRAFANA_ORG_ID</c>).
    /// </summary>
    public static GrafanaSettings Resolve(GrafanaSettingsInput flags, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        string? Pick(string? flag, string variable) => !string.IsNullOrWhiteSpace(flag) ? flag : NullIfEmpty(environment(variable));

        var urlText = Pick(flags.Url, UrlVariable)
            ?? throw new GrafanaSettingsException($"No Grafana URL: pass --url or set {UrlVariable}.");
        if (!Uri.TryCreate(urlText, UriKind.Absolute, out var url))
        {
            throw new GrafanaSettingsException($"Grafana URL '{urlText}' (from --url or {UrlVariable}) is not an absolute URL.");
        }

        var token = Pick(flags.Token, TokenVariable);
        var user = Pick(flags.User, UserVariable);
        var password = Pick(flags.Password, PasswordVariable);
        if (token is null && user is not null && password is null)
        {
            throw new GrafanaSettingsException($"User '{user}' is set but no password: pass --password or set {PasswordVariable}.");
        }
        if (token is null && user is null)
        {
            throw new GrafanaSettingsException(
                $"No Grafana credentials: set {TokenVariable} (service-account token) or {UserVariable} and {PasswordVariable}.");
        }

        long? orgId = null;
        var orgText = Pick(flags.OrgId, OrgIdVariable);
        if (orgText is not null)
        {
            if (!long.TryParse(orgText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
            {
                throw new GrafanaSettingsException($"Org id '{orgText}' (from --org-id or {OrgIdVariable}) must be a positive integer.");
            }
            orgId = parsed;
        }

        return new GrafanaSettings(url)
        {
            Token = token,
            User = token is null ? user : null,
            Password = token is null ? password : null,
            OrgId = orgId,
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>Values given on the command line; null means "take it from the environment".</summary>
public sealed record GrafanaSettingsInput(
    string? Url = null, string? Token = null, string? User = null, string? Password = null, string? OrgId = null)
{
    public override string ToString() =>
        $"GrafanaSettingsInput {{ Url = {Url}, Token = {(Token is null ? "unset" : "redacted")}, User = {User}, " +
        $"Password = {(Password is null ? "unset" : "redacted")}, OrgId = {OrgId} }}";
}

/// <summary>Bounded retries with exponential backoff and jitter. Tests shrink the delays.</summary>
public sealed record GrafanaRetryOptions
{
    /// <summary>Retries after the first attempt (so at most MaxRetries + 1 attempts).</summary>
    public int MaxRetries { get; init; } = 3;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A 429's Retry-After is honoured up to this bound.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    public bool UseJitter { get; init; } = true;
}

/// <summary>Settings are missing or malformed; the message names the flag and the environment variable.</summary>
public sealed class GrafanaSettingsException(string message) : Exception(message);
