using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Dashboards.GrafanaDouble;

/// <summary>The signed-in caller of a request: who, in which org, with which role.</summary>
internal sealed record Caller(Principal Principal, long OrgId, GrafanaRole Role)
{
    private const string ItemKey = "grafana-double-caller";

    public bool CanWrite => Role >= GrafanaRole.Editor;

    public static Caller Of(HttpContext context) => (Caller)context.Items[ItemKey]!;

    /// <summary>
    /// Authenticates like Grafana: Bearer service-account token or basic auth, then picks the org from
    /// <c>targetOrgId</c> or <c>X-Grafana-Org-Id</c>. Writes the 401/400 itself and returns false when it fails.
    /// </summary>
    public static async Task<bool> AuthenticateAsync(HttpContext context, GrafanaStore store)
    {
        var principal = Resolve(context.Request.Headers.Authorization.ToString(), store);
        if (principal is null)
        {
            await Http.Write(context, 401, new JsonObject { ["message"] = "Unauthorized" }).ConfigureAwait(false);
            return false;
        }

        var orgText = context.Request.Query["targetOrgId"].FirstOrDefault() ?? context.Request.Headers["X-Grafana-Org-Id"].FirstOrDefault();
        var orgId = principal.DefaultOrg;
        if (!string.IsNullOrEmpty(orgText) && !long.TryParse(orgText, NumberStyles.Integer, CultureInfo.InvariantCulture, out orgId))
        {
            await Http.Write(context, 400, new JsonObject { ["message"] = "invalid org id" }).ConfigureAwait(false);
            return false;
        }
        if (!principal.Roles.TryGetValue(orgId, out var role))
        {
            var body = principal.IsServiceAccount
                ? new JsonObject { ["statusCode"] = 401, ["messageId"] = "api-key.organization-mismatch", ["message"] = "API key does not belong to the requested organization" }
                : new JsonObject { ["message"] = "Unauthorized" };
            await Http.Write(context, 401, body).ConfigureAwait(false);
            return false;
        }
        context.Items[ItemKey] = new Caller(principal, orgId, role);
        return true;
    }

    private static Principal? Resolve(string authorization, GrafanaStore store)
    {
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return store.FindToken(authorization["Bearer ".Length..].Trim());
        }
        if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..].Trim()));
                var colon = pair.IndexOf(':');
                return colon < 0 ? null : store.FindUser(pair[..colon], pair[(colon + 1)..]);
            }
            catch (FormatException)
            {
                return null;
            }
        }
        return null;
    }
}
