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

    public Option<double> Deadline { get; } = new("--deadline")
    {
        Description = "Seconds the whole run may take talking to Grafana; past it nothing more is sent and the run reports what it knows.",
        DefaultValueFactory = _ => 600,
    };

    public Option<double> MaxResponseMb { get; } = new("--max-response-mb")
    {
        Description = "Largest answer read from Grafana, in MiB; a bigger one is reported as unexpected.",
        DefaultValueFactory = _ => 64,
    };

    public Option<bool> Verbose { get; } = new("--verbose") { Description = "On an unexpected error, also print its stack trace (secrets redacted)." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Url, Token, User, Password, OrgId, Timeout, Retries, RetryDelay, Concurrency, Deadline, MaxResponseMb, Verbose })
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
            var deadline = result.GetValue(Deadline);
            var maxMb = result.GetValue(MaxResponseMb);
            if (!(timeout > 0 && timeout <= 86400) || retries < 0 || retries > 100 || delay < 0 || concurrency < 1)
            {
                throw new GrafanaSettingsException(string.Create(CultureInfo.InvariantCulture,
                    $"--timeout must be > 0 and at most 86400 (got {timeout}), --retries between 0 and 100 and --retry-delay-ms >= 0 (got {retries}, {delay}), --concurrency >= 1 (got {concurrency})."));
            }
            if (!(deadline > 0 && deadline <= 86400) || !(maxMb > 0 && maxMb <= 4096))
            {
                throw new GrafanaSettingsException(string.Create(CultureInfo.InvariantCulture,
                    $"--deadline must be > 0 and at most 86400 seconds (got {deadline}), --max-response-mb > 0 and at most 4096 (got {maxMb})."));
            }
            return settings with
            {
                AttemptTimeout = TimeSpan.FromSeconds(timeout),
                RunDeadline = TimeSpan.FromSeconds(deadline),
                MaxResponseBytes = (long)(maxMb * 1024 * 1024),
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

    /// <summary>A client whose retry notices go to <paramref name="error"/> (the client redacts them).</summary>
    public static GrafanaClient Client(GrafanaSettings settings, TextWriter error) =>
        new(settings, log: line => { lock (error) error.WriteLine("  note: " + line); });

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
            // Everything this verb prints goes through the settings' redaction, whatever Grafana or .NET put in it.
            var output = new RedactingWriter(context.Out, settings);
            var error = new RedactingWriter(context.Error, settings);
            try
            {
                using var client = Client(settings, error);
                return await run(new GrafanaVerb(result, documents, settings, client, output, error), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Nothing a server sends may end in a stack trace: one line, the details only with --verbose.
                error.WriteLine($"{command.Name} stopped by an unexpected error: {e.GetType().Name}: {ResponseText(e.Message)}" +
                                (result.GetValue(Verbose) ? "" : " (run with --verbose for details)"));
                if (result.GetValue(Verbose))
                {
                    error.WriteLine(e.ToString());
                }
                return ProvisioningExitCodes.Failed;
            }
            finally
            {
                output.Flush();
                error.Flush();
            }
        });
    }

    private static string ResponseText(string text) => text.Length > 300 ? text[..300] + "…" : text.ReplaceLineEndings(" ");
}

/// <summary>What a verb bound with <see cref="GrafanaConnectionOptions.Bind"/> gets: its parsed flags, the compiled dashboards, a client, and redacting writers.</summary>
internal sealed record GrafanaVerb(
    ParseResult Result, IReadOnlyList<DashboardDocument> Documents, GrafanaSettings Settings, GrafanaClient Client, TextWriter Out, TextWriter Error);

/// <summary>A writer that removes every secret of <see cref="GrafanaSettings"/> from what passes through it, line by line.</summary>
internal sealed class RedactingWriter(TextWriter inner, GrafanaSettings settings) : TextWriter
{
    private readonly System.Text.StringBuilder _line = new();

    public override System.Text.Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override void Write(char value)
    {
        lock (_line)
        {
            _line.Append(value);
            if (value == '\n')
            {
                FlushLine();
            }
        }
    }

    public override void Write(string? value)
    {
        lock (_line)
        {
            _line.Append(value);
            if (value is not null && value.Contains('\n', StringComparison.Ordinal))
            {
                FlushLine();
            }
        }
    }

    public override void WriteLine(string? value)
    {
        lock (_line)
        {
            _line.Append(value).Append(CoreNewLine);
            FlushLine();
        }
    }

    public override void Flush()
    {
        lock (_line)
        {
            FlushLine();
            inner.Flush();
        }
    }

    private void FlushLine()
    {
        if (_line.Length > 0)
        {
            inner.Write(settings.Redact(_line.ToString()));
            _line.Clear();
        }
    }
}
