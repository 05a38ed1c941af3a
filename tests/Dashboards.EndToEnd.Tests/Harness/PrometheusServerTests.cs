using System.Net.Sockets;
using Dashboards.Testing;

namespace Dashboards.EndToEnd.Tests.Harness;

public sealed class PrometheusServerTests
{
    [Fact]
    public async Task Starts_on_loopback_answers_ready_and_leaves_nothing_behind()
    {
        var server = PrometheusServer.Create();
        await server.StartAsync();
        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        using (var http = new HttpClient { BaseAddress = server.BaseAddress })
        {
            Assert.True((await http.GetAsync("-/ready")).IsSuccessStatusCode);
        }

        var port = server.BaseAddress.Port;
        var directory = server.WorkDirectory;
        await server.DisposeAsync();

        Assert.False(server.IsRunning);
        Assert.False(Directory.Exists(directory));
        using var probe = new TcpClient();
        await Assert.ThrowsAsync<SocketException>(() => probe.ConnectAsync("127.0.0.1", port));
    }

    [Fact]
    public async Task Refuses_a_data_directory_it_cannot_use_with_the_server_log_in_the_message()
    {
        await using var server = PrometheusServer.Create();
        Directory.Delete(server.DataDirectory, recursive: true);
        await File.WriteAllTextAsync(server.DataDirectory, "a file where the data directory should be");
        var error = await Assert.ThrowsAsync<PrometheusStartException>(() => server.StartAsync());
        Assert.Contains("exited", error.Message);
        Assert.Contains(server.DataDirectory, error.Message);
    }

    [Fact]
    public void Missing_binaries_fail_with_install_instructions()
    {
        var error = Assert.Throws<PrometheusNotInstalledException>(() =>
            PrometheusBinaries.Find("prometheus-that-does-not-exist", "X_PROM", null, "/nonexistent"));
        Assert.Contains("apt-get install -y prometheus", error.Message);

        var configured = Assert.Throws<PrometheusNotInstalledException>(() =>
            PrometheusBinaries.Find("prometheus", "X_PROM", "/nonexistent/prometheus", null));
        Assert.Contains("X_PROM points to '/nonexistent/prometheus'", configured.Message);
    }
}
