using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Dashboards.Testing;

/// <summary>
/// A real Prometheus server on 127.0.0.1 (free port) with its own temporary data directory. Load TSDB blocks into
/// <see cref="DataDirectory"/> before <see cref="StartAsync"/>; dispose to kill the process and delete the directory.
/// No scrape jobs are configured: the data is exactly the blocks that were loaded.
/// </summary>
public sealed class PrometheusServer : IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private readonly StringBuilder _log = new();
    private Process? _process;

    private PrometheusServer(string workDirectory)
    {
        WorkDirectory = workDirectory;
        DataDirectory = Path.Combine(workDirectory, "data");
        Directory.CreateDirectory(DataDirectory);
        ConfigFile = Path.Combine(workDirectory, "prometheus.yml");
        // Rule files are not loaded: recorded series are backfilled as blocks (see TsdbBlocks), so the server's data
        // is fixed in time and queries are reproducible.
        File.WriteAllText(ConfigFile, "global:\n  scrape_interval: 15s\n  evaluation_interval: 15s\n");
    }

    /// <summary>Temporary directory owned by this server (data directory, config, scratch files of the caller).</summary>
    public string WorkDirectory { get; }

    /// <summary>The TSDB directory; put blocks here while the server is stopped.</summary>
    public string DataDirectory { get; }

    public string ConfigFile { get; }

    /// <summary>Base address of the running server, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Everything the server wrote to stdout/stderr so far (for failure messages).</summary>
    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    /// <summary>Creates a server with a fresh temporary directory; it is not started yet. Fails if prometheus is missing.</summary>
    public static PrometheusServer Create()
    {
        _ = PrometheusBinaries.Prometheus; // fail early with install instructions
        var directory = Path.Combine(Path.GetTempPath(), "dashboards-prometheus-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        return new PrometheusServer(directory);
    }

    /// <summary>Starts the server on a free port and waits until /-/ready answers 200.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning) throw new InvalidOperationException("The Prometheus server is already running.");
        // A port picked by the OS can be taken by someone else before prometheus binds it: retry with a new one.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            StartProcess(port);
            try
            {
                await WaitUntilReadyAsync(cancellationToken);
                return;
            }
            catch (PrometheusStartException) when (attempt < 3 && Log.Contains("address already in use", StringComparison.Ordinal))
            {
                await StopAsync();
            }
        }
    }

    /// <summary>Stops the server (kill) and waits for it to exit. The data directory stays.</summary>
    public async Task StopAsync()
    {
        var process = _process;
        _process = null;
        if (process is null) return;
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        finally
        {
            process.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        DeleteWorkDirectory();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private void StartProcess(int port)
    {
        lock (_log) _log.Clear();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo(PrometheusBinaries.Prometheus)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = WorkDirectory,
        };
        foreach (var argument in new[]
                 {
                     "--config.file=" + ConfigFile,
                     "--storage.tsdb.path=" + DataDirectory,
                     // Generous retention: the loaded data is hours old at most, but must never be deleted mid-test.
                     "--storage.tsdb.retention.time=30d",
                     "--web.listen-address=127.0.0.1:" + port,
                     "--log.level=warn",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => AppendLog(e.Data);
        process.ErrorDataReceived += (_, e) => AppendLog(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < ReadyTimeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process is null || _process.HasExited)
            {
                throw new PrometheusStartException(
                    $"Prometheus exited with code {_process?.ExitCode} before it was ready (data dir {DataDirectory}). Log:\n{Log}");
            }

            try
            {
                using var response = await http.GetAsync("-/ready", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // request timeout: keep polling
            }

            await Task.Delay(100, cancellationToken);
        }

        await StopAsync();
        throw new PrometheusStartException($"Prometheus did not answer 200 on {BaseAddress}-/ready within {ReadyTimeout}. Log:\n{Log}");
    }

    private void AppendLog(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private void DeleteWorkDirectory()
    {
        try
        {
            if (Directory.Exists(WorkDirectory)) Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open; the OS temp cleaner takes it
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The Prometheus server could not be started or did not become ready.</summary>
public sealed class PrometheusStartException(string message) : Exception(message);
