using System.Net;
using System.Net.Sockets;
using System.Text;
using Dashboards.Review.DataCheck.Prometheus;

namespace Dashboards.Review.Tests.DataCheck;

/// <summary>check-data's credentials reach Prometheus as HTTP headers (a loopback listener records what arrives).</summary>
public sealed class PrometheusConnectionTests
{
    [Theory]
    [InlineData("tok3n", null, null, "Bearer tok3n")]
    [InlineData(null, "alice", "s3cret", "Basic YWxpY2U6czNjcmV0")]
    [InlineData(null, null, null, null)]
    public async Task Credentials_are_sent_as_bearer_or_basic(string? token, string? user, string? password, string? expected)
    {
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/prom/");
        listener.Start();
        string? seen = "(no request)";
        var path = "";
        var serve = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            seen = context.Request.Headers["Authorization"];
            path = context.Request.Url!.AbsolutePath;
            var body = Encoding.UTF8.GetBytes("""{"status":"success","data":{"resultType":"vector","result":[{"metric":{"job":"x"},"value":[1,"1"]}]}}""");
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        });

        using var client = new PrometheusConnection(new Uri($"http://127.0.0.1:{port}/prom"), token, user, password).CreateClient();
        var result = await client.QueryAsync("up", DateTimeOffset.UtcNow);
        await serve;

        Assert.True(result.Success);
        Assert.Single(result.Series);
        Assert.Equal(expected, seen);
        Assert.Equal("/prom/api/v1/query", path);
    }

    [Fact]
    public void Token_and_user_together_are_refused() =>
        Assert.Throws<ArgumentException>(() => new PrometheusConnection(new Uri("http://x"), "t", "u", "p").CreateClient());

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
