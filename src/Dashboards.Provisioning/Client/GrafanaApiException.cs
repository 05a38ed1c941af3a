using System.Net;

namespace Dashboards.Provisioning;

/// <summary>What went wrong talking to Grafana, in the terms a user acts on.</summary>
public enum GrafanaFailure
{
    Unreachable,
    Timeout,
    Unauthorized,
    Forbidden,
    FolderNotFound,
    NotFound,
    Conflict,
    BadRequest,
    ServerError,
    Unexpected,
}

/// <summary>A failed Grafana call, with a message saying what to do about it.</summary>
public sealed class GrafanaApiException : Exception
{
    public GrafanaApiException(GrafanaFailure failure, string operation, int? statusCode, string? grafanaMessage, string message, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
        Operation = operation;
        StatusCode = statusCode;
        GrafanaMessage = grafanaMessage;
    }

    public GrafanaFailure Failure { get; }

    /// <summary>E.g. "POST /api/dashboards/db".</summary>
    public string Operation { get; }

    public int? StatusCode { get; }

    /// <summary>The <c>message</c> field of Grafana's error body, if any.</summary>
    public string? GrafanaMessage { get; }

    internal static GrafanaApiException FromResponse(string operation, HttpStatusCode status, string? grafanaMessage, long? orgId)
    {
        var code = (int)status;
        var said = grafanaMessage is null ? "" : $": \"{grafanaMessage}\"";
        var org = orgId is null ? "the default org" : $"org {orgId}";
        var (failure, advice) = code switch
        {
            401 => (GrafanaFailure.Unauthorized,
                $"Grafana rejected the credentials. Check {GrafanaSettings.TokenVariable} (a service-account token) or " +
                $"{GrafanaSettings.UserVariable}/{GrafanaSettings.PasswordVariable}, and that they belong to {org}."),
            403 => (GrafanaFailure.Forbidden,
                $"Missing permission in {org}. The service account or user needs the Editor role (dashboards:write, " +
                "dashboards:create, folders:create) or folder permissions that allow it."),
            400 when grafanaMessage is not null && grafanaMessage.Contains("folder not found", StringComparison.OrdinalIgnoreCase) =>
                (GrafanaFailure.FolderNotFound, "The target folder does not exist in Grafana (was it deleted while pushing?)."),
            404 => (GrafanaFailure.NotFound, "Not found."),
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
