namespace Dashboards.Review.Tests.Preview;

/// <summary>The browser harness itself sees what it must fail on: a console error, an exception, a missing resource.</summary>
public sealed class HeadlessBrowserTests
{
    [Fact]
    public async Task It_reports_console_errors_exceptions_and_failed_loads()
    {
        var dir = Directory.CreateTempSubdirectory("browser-harness-").FullName;
        try
        {
            var broken = Path.Combine(dir, "broken.html");
            await File.WriteAllTextAsync(broken, """
                <!DOCTYPE html><html><body><img src="missing.png"><script>console.error("boom"); null.x;</script>
                <div id="box" style="position:absolute;left:64px;top:38px;width:120px;height:30px"></div></body></html>
                """);
            var clean = Path.Combine(dir, "clean.html");
            await File.WriteAllTextAsync(clean, "<!DOCTYPE html><html><body><p>fine</p></body></html>");

            await using var browser = await HeadlessBrowser.StartAsync();
            var tab = await browser.OpenAsync(new Uri(broken).AbsoluteUri);
            var errors = tab.Errors;
            Assert.Contains(errors, e => e.StartsWith("console.error") && e.Contains("boom"));
            Assert.Contains(errors, e => e.StartsWith("exception"));
            Assert.Contains(errors, e => e.Contains("missing.png"));
            Assert.Equal(64, (await tab.EvaluateAsync("document.getElementById('box').getBoundingClientRect().left"))!.GetValue<double>());

            Assert.Empty((await browser.OpenAsync(new Uri(clean).AbsoluteUri)).Errors);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
