using System.Net;

namespace Dashboards.Provisioning;

/// <summary>What went wrong talking to Grafana, in the terms a user acts on.</summary>
public enum GrafanaFailure
{
    Unreachable,
    /// <summary>No complete answer within the per-attempt timeout, after every retry (a stalled body included).</summary>
    Timeout,
    /// <summary>The run's overall deadline (<c>--deadline</c>) passed.</summary>
    Deadline,
    /// <summary>Grafana redirects to another origin (scheme, host or port); credentials are not sent there.</summary>
    Redirected,
    Unauthorized,
    Forbidden,
    FolderNotFound,
    NotFound,
    Conflict,
    BadRequest,
    ServerError,
    /// <summary>An answer this tool cannot read: too large, not JSON, an unknown encoding, or the wrong JSON shape.</summary>
    Unexpected,
}

/// <summary>A failed Grafana call, with a message saying what to do about it.</summary>
public sealed class GrafanaApiException : Exception
{
    public GrafanaApiException(
        GrafanaFailure failure, string operation, int? statusCode, string? grafanaMessage, string message, Exception? inner = null, int attempts = 1)
        : base(message, inner)
    {
        Failure = failure;
        Operation = operation;
        StatusCode = statusCode;
        GrafanaMessage = grafanaMessage;
        Attempts = attempts;
    }

    /// <summary>How many attempts were sent (0: none, e.g. the run's deadline had passed before).</summary>
    public int Attempts { get; }

    public GrafanaFailure Failure { get; }

    /// <summary>E.g. "POST /api/dashboards/db".</summary>
    public string Operation { get; }

    public int? StatusCode { get; }

    /// <summary>The <c>message</c> field of Grafana's error body, if any.</summary>
    public string? GrafanaMessage { get; }

    /// <summary>
    /// True when the request may have been carried out although no success came back (lost response, timeout,
    /// server error): the caller must re-read Grafana's state before saying what happened.
    /// </summary>
    /// <remarks>
    /// Only ambiguous outcomes are retried, so a request sent more than once may have landed whatever the last answer
    /// said (a folder create retried meets 409, a delete 404, a save 412).
    /// </remarks>
    public bool MayHaveLanded => Attempts > 1 || (Attempts == 1 && Failure is GrafanaFailure.Unreachable or GrafanaFailure.Timeout
        or GrafanaFailure.Deadline or GrafanaFailure.ServerError or GrafanaFailure.Unexpected);

    internal static GrafanaApiException FromResponse(string operation, HttpStatusCode status, string? grafanaMessage, long? orgId)
    {
        var code = (int)status;
        if (grafanaMessage is { Length: > 300 })
        {
            grafanaMessage = grafanaMessage[..300] + "…";
        }
        var said = grafanaMessage is null ? "" : $": \"{grafanaMessage}\"";
        var org = orgId is null ? "the default org" : $"org {orgId}";
        var (failure, advice) = code switch
        {
            401 => (GrafanaFailure.Unauthorized,
                $"Grafana rejected the credentials. Check {GrafanaSettings.TokenVariable} (a service-account token) or " +
                $"{GrafanaSettings.UserVariable}/{GrafanaSettings.PasswordVariable} (or the user info in {GrafanaSettings.UrlVariable}), and that they belong to {org}."),
            403 => (GrafanaFailure.Forbidden,
                $"Missing permission in {org}. The service account or user needs the Editor role (dashboards:write, " +
                "dashboards:create, folders:create) or folder permissions that allow it."),
            400 when grafanaMessage is not null && grafanaMessage.Contains("folder not found", StringComparison.OrdinalIgnoreCase) =>
                (GrafanaFailure.FolderNotFound, "The target folder does not exist in Grafana (was it deleted while pushing?)."),
            404 when operation == "GET /api/health" => (GrafanaFailure.NotFound,
                $"No Grafana API at this URL. If Grafana is served under a sub-path (e.g. https://host/grafana/), include it in {GrafanaSettings.UrlVariable}."),
            404 => (GrafanaFailure.NotFound, "Not found."),
            409 or 412 when operation.Contains("/api/folders", StringComparison.Ordinal) => (GrafanaFailure.Conflict,
                "The folder uid is taken (by a dashboard or another folder), a folder with this title already exists in the same parent " +
                "under another uid, or the folder changed meanwhile. Rename or move the folder in Grafana, or give the folder in code " +
                "that folder's uid or another title (--force does not apply to folders)."),
            409 or 412 => (GrafanaFailure.Conflict,
                "Grafana holds a different version (someone else saved it meanwhile). Run plan to see the difference; push --force overwrites."),
            429 => (GrafanaFailure.ServerError, "Grafana kept rate-limiting the requests after all retries."),
            >= 500 => (GrafanaFailure.ServerError, "Grafana failed on its side after all retries; try again later or check the Grafana server logs."),
            >= 400 and < 500 => (GrafanaFailure.BadRequest, "Grafana refused the request."),
            _ => (GrafanaFailure.Unexpected, "Unexpected response."),
        };
        return new GrafanaApiException(failure, operation, code, grafanaMessage, $"{operation} failed with {code}{said}. {advice}");
    }
}
