using System.CommandLine;
using System.Globalization;
using Dashboards.Provisioning;

namespace Dashboards.Cli.Provisioning;

/// <summary>
/// The flags every verb that talks to Grafana shares. Each falls back to its environment variable; secrets are
/// better given through the environment (flags show up in process listings).
/// </summary>
internal sealed class GrafanaConnectionOptions
{
    public Option<string?> Url { get; } = new("--url") { Description = "Grafana base URL (default: $GRAFANA_URL)." };

    public Option<string?> Token { get; } = new("--token") { Description = "Service-account token (default: $GRAFANA_TOKEN). Prefer the variable." };

    public Option<string?> User { get; } = new("--user") { Description = "Basic-auth user (default: $GRAFANA_USER)." };

    public Option<string?> Password { get; } = new("--password") { Description = "Basic-auth password (default: $GRAFANA_PASSWORD). Prefer the variable." };

    public Option<string?> OrgId { get; } = new("--org-id") { Description = "Organisation id sent as X-Grafana-Org-Id (default: $GRAFANA_ORG_ID)." };

    public Option<double> Timeout { get; } = new("--timeout")
    {
        Description = "Seconds to wait for one HTTP attempt.",
        DefaultValueFactory = _ => 30,
    };

    public Option<int> Retries { get; } = new("--retries")
    {
        Description = "Retries on 5xx, 429 and connection failures (exponential backoff with jitter).",
        DefaultValueFactory = _ => 3,
    };

    public Option<int> RetryDelay { get; } = new("--retry-delay-ms")
    {
        Description = "Base delay of the retry backoff, in milliseconds.",
        DefaultValueFactory = _ => 1000,
    };

    public Option<int> Concurrency { get; } = new("--concurrency")
    {
        Description = "Most requests in flight at once.",
        DefaultValueFactory = _ => 4,
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Url, Token, User, Password, OrgId, Timeout, Retries, RetryDelay, Concurrency })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Settings from the flags and the environment, or null after printing what is missing.</summary>
    public GrafanaSettings? Resolve(ParseResult result, CliContext context)
    {
        try
        {
            var settings = GrafanaSettings.Resolve(new GrafanaSettingsInput(
                result.GetValue(Url), result.GetValue(Token), result.GetValue(User), result.GetValue(Password), result.GetValue(OrgId)));
            var timeout = result.GetValue(Timeout);
            var retries = result.GetValue(Retries);
            var delay = result.GetValue(RetryDelay);
            var concurrency = result.GetValue(Concurrency);
            if (timeout <= 0 || retries < 0 || delay < 0 || concurrency < 1)
            {
                throw new GrafanaSettingsException(string.Create(CultureInfo.InvariantCulture,
                    $"--timeout must be > 0 (got {timeout}), --retries and --retry-delay-ms >= 0 (got {retries}, {delay}), --concurrency >= 1 (got {concurrency})."));
            }
            return settings with
            {
                AttemptTimeout = TimeSpan.FromSeconds(timeout),
                MaxConcurrency = concurrency,
                Retry = new GrafanaRetryOptions
                {
                    MaxRetries = retries,
                    BaseDelay = TimeSpan.FromMilliseconds(delay),
                    MaxDelay = TimeSpan.FromMilliseconds(Math.Max(delay * 30, 1)),
                },
            };
        }
        catch (GrafanaSettingsException e)
        {
            context.Error.WriteLine(e.Message);
            return null;
        }
    }

    /// <summary>A client whose retry notices go to the error stream (they never contain secrets).</summary>
    public static GrafanaClient Client(GrafanaSettings settings, CliContext context) =>
        new(settings, log: line => { lock (context.Error) context.Error.WriteLine("  note: " + line); });

    /// <summary>
    /// Adds these flags to <paramref name="command"/> and makes it: compile and validate the catalog, resolve the
    /// connection, then run <paramref name="run"/> with a client. Invalid dashboards exit 1 and a missing or bad
    /// setting exits 2, both before anything is sent to Grafana.
    /// </summary>
    public void Bind(Command command, CliContext context, Func<GrafanaVerb, CancellationToken, Task<int>> run)
    {
        AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!context.TryCompileForProvisioning(out var documents))
            {
                return ExitCodes.ValidationFailed;
            }
            var settings = Resolve(result, context);
            if (settings is null)
            {
                return ExitCodes.UsageError;
            }
            using var client = Client(settings, context);
            return await run(new GrafanaVerb(result, documents, settings, client), cancellationToken).ConfigureAwait(false);
        });
    }
}

/// <summary>What a verb bound with <see cref="GrafanaConnectionOptions.Bind"/> gets: its parsed flags, the compiled dashboards and a client.</summary>
internal sealed record GrafanaVerb(ParseResult Result, IReadOnlyList<DashboardDocument> Documents, GrafanaSettings Settings, GrafanaClient Client);
