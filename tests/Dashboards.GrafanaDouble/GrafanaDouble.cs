using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dashboards.GrafanaDouble;

/// <summary>
/// An in-process Grafana HTTP API (classic <c>/api</c> routes) on Kestrel at 127.0.0.1 and a random port, following
/// the reference facts: status codes and bodies, versions, uid and title rules, auth and org header, folders, search.
/// Start one per test: <c>await using var grafana = await GrafanaDouble.StartAsync();</c>
/// </summary>
public sealed class GrafanaDouble : IAsyncDisposable
{
    /// <summary>Service-account tokens and basic users every double knows (org 1).</summary>
    public const string EditorToken = "glsa_EditorEditorEditorEditorEditor12_0a1b2c3d";
    public const string ViewerToken = "glsa_ViewerViewerViewerViewerViewer12_4e5f6a7b";
    public const string AdminToken = "glsa_AdminAdminAdminAdminAdminAdmin123_8c9d0e1f";
    public const string AdminUser = "admin";
    public const string AdminPassword = "admin-password";
    public const string ViewerUser = "viewer";
    public const string ViewerPassword = "viewer-password";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private GrafanaDouble(WebApplication app, GrafanaStore store, FaultInjector faults, Uri url)
    {
        _app = app;
        Store = store;
        Faults = faults;
        Url = url;
    }

    /// <summary>Where clients reach the API: the root, or the sub-path of <see cref="GrafanaDoubleOptions.PathBase"/>.</summary>
    public Uri Url { get; }

    /// <summary>The server's origin (scheme, host and port) without any sub-path.</summary>
    public Uri Origin => new(Url.GetLeftPart(UriPartial.Authority) + "/");

    public GrafanaStore Store { get; }

    public FaultInjector Faults { get; }

    /// <summary>When true, <c>/api/health</c> answers 503 with <c>"database":"failing"</c>.</summary>
    public bool DatabaseFailing { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    /// <summary>Requests whose method and path match, e.g. <c>Count("POST", "/api/dashboards/db")</c>.</summary>
    public int Count(string method, string path) => _requests.Count(r => r.Method == method && r.Path == path);

    public static async Task<GrafanaDouble> StartAsync(GrafanaDoubleOptions? options = null)
    {
        options ??= new GrafanaDoubleOptions();
        var store = new GrafanaStore();
        store.AddToken(EditorToken, GrafanaRole.Editor);
        store.AddToken(ViewerToken, GrafanaRole.Viewer);
        store.AddToken(AdminToken, GrafanaRole.Admin);
        store.AddUser(AdminUser, AdminPassword, GrafanaRole.Admin);
        store.AddUser(ViewerUser, ViewerPassword, GrafanaRole.Viewer);
        var faults = new FaultInjector();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        // No console lifetime: a double must not take over Ctrl+C or SIGTERM of the test process.
        builder.Services.AddSingleton<IHostLifetime, TestLifetime>();
        var app = builder.Build();
        GrafanaDouble? self = null;

        app.Use(async (context, next) =>
        {
            // Recorded when the answer starts (before a client can see it, so a test never races the record), or at
            // the end with status 0 when no answer was ever started (dropped, lost).
            var recorded = 0;
            void Record(int status)
            {
                if (Interlocked.Exchange(ref recorded, 1) == 0)
                {
                    self?._requests.Enqueue(new RecordedRequest(
                        context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "", status,
                        context.Request.Headers.Authorization.FirstOrDefault(), context.Request.Headers["X-Grafana-Org-Id"].FirstOrDefault()));
                }
            }
            context.Response.OnStarting(() =>
            {
                Record(context.Response.StatusCode);
                return Task.CompletedTask;
            });
            try
            {
                // Served under a sub-path like Grafana behind a proxy (serve_from_sub_path): elsewhere only 404.
                if (options.PathBase is { Length: > 0 } pathBase)
                {
                    if (!context.Request.Path.StartsWithSegments(pathBase, out var rest))
                    {
                        if (options.RedirectToPathBase)
                        {
                            context.Response.StatusCode = 301;
                            context.Response.Headers.Location = pathBase + context.Request.Path + context.Request.QueryString;
                            return;
                        }
                        await Http.Write(context, 404, new JsonObject { ["message"] = "Not found" }).ConfigureAwait(false);
                        return;
                    }
                    context.Request.PathBase = pathBase;
                    context.Request.Path = rest;
                }
                await faults.HandleAsync(context, async () =>
                {
                    if (context.Request.Path.StartsWithSegments("/api") && context.Request.Path != "/api/health"
                        && !await Caller.AuthenticateAsync(context, store).ConfigureAwait(false))
                    {
                        return;
                    }
                    await next(context).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }
            finally
            {
                Record(context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested ? context.Response.StatusCode : 0);
            }
        });

        // Routing after the middleware above, so a sub-path it strips is routed like the root.
        app.UseRouting();

        // A raw handler in Grafana: GET and HEAD only, never looks at credentials, pretty-printed body.
        app.MapMethods("/api/health", ["GET", "HEAD"], () =>
        {
            var failing = self?.DatabaseFailing == true;
            var body = new JsonObject { ["database"] = failing ? "failing" : "ok", ["version"] = options.Version, ["commit"] = options.Commit };
            return Results.Text(body.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, IndentSize = 2 }),
                "application/json; charset=UTF-8", null, failing ? 503 : 200);
        });
        DashboardRoutes.Map(app, store, options);
        FolderRoutes.Map(app, store, options);
        SearchRoutes.Map(app, store, options);
        app.MapFallback((HttpContext context) => Http.Message(404, "Not found"));

        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var root = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        self = new GrafanaDouble(app, store, faults, options.PathBase is { Length: > 0 } sub ? new Uri(root, sub.TrimEnd('/') + "/") : root);
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stopping.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private sealed class TestLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
