using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Dashboards.GrafanaDouble;

/// <summary>Response helpers: Grafana answers JSON everywhere, errors as <c>{"message": ...}</c>.</summary>
internal static class Http
{
    public static Task Write(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }

    public static IResult Json(int status, JsonNode body) => Results.Content(body.ToJsonString(), "application/json", null, status);

    public static IResult Ok(JsonNode body) => Json(200, body);

    /// <summary>The request body as a JSON object, or null when it is not one (Grafana answers "bad request data").</summary>
    public static async Task<JsonObject?> ReadObjectAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body).ConfigureAwait(false) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public static IResult Message(int status, string message) => Json(status, new JsonObject { ["message"] = message });

    public static IResult Status(int status, string statusId, string message) =>
        Json(status, new JsonObject { ["status"] = statusId, ["message"] = message });

    /// <summary>The RBAC middleware's denial, before any handler runs.</summary>
    public static IResult AccessDenied(string permissions) => Json(403, new JsonObject
    {
        ["title"] = "Access denied",
        ["message"] = $"You'll need additional permissions to perform this action. Permissions needed: {permissions}",
        ["accessErrorId"] = "ACE" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public static string Slug(string title)
    {
        var chars = title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug;
    }

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
