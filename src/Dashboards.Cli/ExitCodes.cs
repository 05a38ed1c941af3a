using Dashboards.Provisioning;

namespace Dashboards.Cli;

/// <summary>Process exit codes of every verb, so CI can tell what happened without parsing output.</summary>
public static class ExitCodes
{
    /// <summary>Everything compiled, validated and (where asked) was written.</summary>
    public const int Success = 0;

    /// <summary>At least one dashboard or rule file is invalid; nothing was written.</summary>
    public const int ValidationFailed = 1;

    /// <summary>The command line itself was wrong (unknown verb or option, bad value, missing setting).</summary>
    public const int UsageError = 2;

    /// <summary>Some writes to Grafana failed; the report lists what was and was not written.</summary>
    public const int PushFailed = ProvisioningExitCodes.Failed;

    /// <summary>A dashboard was changed in Grafana since this tool wrote it and was left alone (use --force).</summary>
    public const int Conflict = ProvisioningExitCodes.Conflict;

    /// <summary>Grafana could not be reached, or rejected the credentials: nothing was done.</summary>
    public const int GrafanaUnavailable = ProvisioningExitCodes.Unavailable;

    /// <summary><c>plan --detailed-exitcode</c> found changes to apply.</summary>
    public const int ChangesPending = ProvisioningExitCodes.ChangesPending;

    /// <summary>A write may or may not have reached Grafana and re-reading could not tell; the report lists it as unknown.</summary>
    public const int OutcomeUnknown = ProvisioningExitCodes.Unknown;
}
