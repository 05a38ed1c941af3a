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
            // Only the scheme is shown: the rest may hold credentials in a form Uri does not recognise as user info.
            throw new GrafanaSettingsException(
                $"Grafana URL must be an absolute http:// or https:// URL (got {(url.IsAbsoluteUri ? $"scheme '{url.Scheme}'" : "a relative URL")}).");
        }
        // Credentials written into the URL (http://user:password@host) are taken out of it, so the URL can be printed.
        if (url.UserInfo.Length > 0)
        {
            var parts = url.UserInfo.Split(':', 2);
            UrlUser = Uri.UnescapeDataString(parts[0]);
            UrlPassword = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : null;
            url = WithoutUserInfo(url);
        }
        Url = url;
    }

    /// <summary>The base URL, never with user info.</summary>
    public Uri Url { get; }

    /// <summary>User and password given in the URL's user info; used for basic auth when nothing else is set.</summary>
    public string? UrlUser { get; }

    public string? UrlPassword { get; }

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

    /// <summary>
    /// Bound on the whole run: no request starts or waits past it, so a CI job can never hang. Requests still in
    /// flight when it passes fail with <see cref="GrafanaFailure.Deadline"/>.
    /// </summary>
    public TimeSpan RunDeadline { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Largest response body read (bigger answers fail with a clear error instead of exhausting memory).</summary>
    public long MaxResponseBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Most pages a search follows before giving up with an error (a server ignoring <c>page</c> never ends).</summary>
    public int MaxSearchPages { get; init; } = 100;

    /// <summary>Basic-auth user actually sent: the explicit one, else the one in the URL.</summary>
    internal string? EffectiveUser => !string.IsNullOrEmpty(Token) ? null : !string.IsNullOrEmpty(User) ? User : UrlUser;

    internal string? EffectivePassword => !string.IsNullOrEmpty(Token) ? null : !string.IsNullOrEmpty(User) ? Password : UrlPassword;

    /// <summary>
    /// <paramref name="text"/> with every secret these settings know (token, passwords, the basic-auth pair in base64,
    /// and their URL-escaped forms) replaced by <c>***</c>. Everything printed goes through it.
    /// </summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }
        foreach (var secret in Secrets())
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }
        return text;
    }

    private IEnumerable<string> Secrets()
    {
        var secrets = new List<string>();
        void Add(string? secret)
        {
            // Secrets shorter than 3 characters cannot be told apart from ordinary text.
            if (secret is { Length: >= 3 })
            {
                secrets.Add(secret);
                secrets.Add(Uri.EscapeDataString(secret));
            }
        }
        Add(Token);
        Add(Password);
        Add(UrlPassword);
        foreach (var (user, password) in new[] { (User, Password), (UrlUser, UrlPassword) })
        {
            if (!string.IsNullOrEmpty(password))
            {
                Add(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{password}")));
            }
        }
        return secrets.Distinct().OrderByDescending(s => s.Length);
    }

    internal static Uri WithoutUserInfo(Uri url) =>
        url.IsAbsoluteUri && url.UserInfo.Length > 0 ? new UriBuilder(url) { UserName = "", Password = "" }.Uri : url;

    /// <summary>How the client authenticates, without the secret itself.</summary>
    public string AuthenticationDescription =>
        !string.IsNullOrEmpty(Token) ? "service-account token (redacted)"
        : !string.IsNullOrEmpty(EffectiveUser) ? $"basic auth as '{EffectiveUser}' (password redacted" + (string.IsNullOrEmpty(User) ? ", from the URL)" : ")")
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
            // The text may hold a password (http://user:secret@...): show only what precedes any '@'.
            var shown = urlText.Contains('@', StringComparison.Ordinal) ? "…@" + urlText[(urlText.LastIndexOf('@') + 1)..] : urlText;
            throw new GrafanaSettingsException($"Grafana URL '{shown}' (from --url or {UrlVariable}) is not an absolute URL.");
        }
        var fromUrl = new GrafanaSettings(url);

        var token = Pick(flags.Token, TokenVariable);
        var user = Pick(flags.User, UserVariable);
        var password = Pick(flags.Password, PasswordVariable);
        if (token is null && user is null && fromUrl.UrlUser is not null)
        {
            user = fromUrl.UrlUser;
            password = fromUrl.UrlPassword;
        }
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

        return fromUrl with
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
        $"GrafanaSettingsInput {{ Url = {(Url is not null && Url.Contains('@', StringComparison.Ordinal) ? "…@" + Url[(Url.LastIndexOf('@') + 1)..] : Url)}, Token = {(Token is null ? "unset" : "redacted")}, User = {User}, " +
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
