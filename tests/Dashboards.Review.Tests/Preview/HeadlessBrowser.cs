using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dashboards.Review.Preview;

namespace Dashboards.Review.Tests.Preview;

/// <summary>
/// Debian's headless Chromium driven over the Chrome DevTools protocol (its websocket, System.Net.WebSockets): open a
/// page, collect console errors, exceptions and failed loads, evaluate JavaScript. One browser for many pages.
/// </summary>
public sealed partial class HeadlessBrowser : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly ConcurrentQueue<JsonObject> _events = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _receiver;
    private int _nextId;

    private HeadlessBrowser(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    public static async Task<HeadlessBrowser> StartAsync()
    {
        var chromium = Chromium.Find() ?? throw new InvalidOperationException(
            "Chromium is missing: the test command installs Debian's chromium (build.cake TestTools); these tests must not pass without it.");
        var profile = Directory.CreateTempSubdirectory("preview-test-chromium-").FullName;
        var start = new ProcessStartInfo(chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in Chromium.HeadlessArguments(profile)) start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--remote-debugging-port=0");
        start.ArgumentList.Add("--window-size=1600,1200");
        start.ArgumentList.Add("about:blank");
        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var browser = new HeadlessBrowser(process, profile);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string? url = null;
        while (url is null)
        {
            var line = await process.StandardError.ReadLineAsync(timeout.Token)
                       ?? throw new InvalidOperationException("Chromium exited before it printed its DevTools address.");
            if (DevToolsLine().Match(line) is { Success: true } m) url = m.Groups[1].Value;
        }
        _ = Task.Run(async () => { while (await process.StandardError.ReadLineAsync() is not null) { } });
        await browser._socket.ConnectAsync(new Uri(url), timeout.Token);
        browser._receiver = Task.Run(browser.ReceiveAsync);
        return browser;
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsLine();

    /// <summary>Opens <paramref name="url"/> in a new tab, waits for its load event, and returns the tab.</summary>
    public async Task<Tab> OpenAsync(string url)
    {
        var target = await SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" });
        var targetId = target["targetId"]!.GetValue<string>();
        var attached = await SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = targetId, ["flatten"] = true });
        var session = attached["sessionId"]!.GetValue<string>();
        foreach (var domain in new[] { "Runtime.enable", "Log.enable", "Page.enable", "Network.enable" }) await SendAsync(domain, null, session);
        var mark = _events.Count;
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url }, session);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!Events(session).Any(e => e["method"]!.GetValue<string>() == "Page.loadEventFired"))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{url} did not load within 30 s.");
            await Task.Delay(50);
        }
        await Task.Delay(200); // late console messages
        return new Tab(this, session, targetId);
    }

    private IEnumerable<JsonObject> Events(string session) => _events.Where(e => e["sessionId"]?.GetValue<string>() == session);

    public async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null, string? session = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (session is not null) message["sessionId"] = session;
        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, _stop.Token);
        var answer = await reply.Task.WaitAsync(TimeSpan.FromSeconds(30));
        if (answer["error"] is { } error) throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
        return answer["result"]?.AsObject() ?? new JsonObject();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        var text = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close) return;
                text.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                var message = JsonNode.Parse(text.ToArray())!.AsObject();
                text.SetLength(0);
                if (message["id"] is { } id && _pending.TryRemove(id.GetValue<int>(), out var reply)) reply.TrySetResult(message);
                else _events.Enqueue(message);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            foreach (var reply in _pending.Values) reply.TrySetException(e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is WebSocketException or TimeoutException or InvalidOperationException) { }
        _stop.Cancel();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>An open page.</summary>
    public sealed class Tab(HeadlessBrowser browser, string session, string targetId)
    {
        /// <summary>Console errors, uncaught exceptions and failed loads so far.</summary>
        public IReadOnlyList<string> Errors => browser.Events(session).Select(Describe).OfType<string>().ToList();

        private static string? Describe(JsonObject e)
        {
            var p = e["params"];
            return e["method"]!.GetValue<string>() switch
            {
                "Runtime.exceptionThrown" => "exception: " + p!["exceptionDetails"]!.ToJsonString(),
                "Runtime.consoleAPICalled" when p!["type"]!.GetValue<string>() is "error" or "assert" => "console.error: " + p["args"]!.ToJsonString(),
                "Log.entryAdded" when p!["entry"]!["level"]!.GetValue<string>() == "error" => "log: " + p["entry"]!["text"] + " " + p["entry"]!["url"],
                "Network.loadingFailed" => "load failed: " + p!.ToJsonString(),
                _ => null,
            };
        }

        /// <summary>Evaluates an expression in the page and returns its value (JSON).</summary>
        public async Task<JsonNode?> EvaluateAsync(string expression)
        {
            var result = await browser.SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true }, session);
            if (result["exceptionDetails"] is { } details) throw new InvalidOperationException("evaluate: " + details.ToJsonString());
            return result["result"]?["value"]?.DeepClone();
        }

        public Task CloseAsync() => browser.SendAsync("Target.closeTarget", new JsonObject { ["targetId"] = targetId });
    }
}
