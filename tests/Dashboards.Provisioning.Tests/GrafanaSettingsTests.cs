namespace Dashboards.Provisioning.Tests;

public sealed class GrafanaSettingsTests
{
    private static Func<string, string?> Env(params (string Key, string Value)[] pairs)
    {
        var map = pairs.ToDictionary(p => p.Key, p => p.Value);
        return key => map.GetValueOrDefault(key);
    }

    [Fact]
    public void Reads_the_environment()
    {
        var settings = GrafanaSettings.Resolve(new GrafanaSettingsInput(), Env(
            ("GRAFANA_URL", "https://grafana.example.com/sub"), ("GRAFANA_TOKEN", "glsa_secret"), ("GRAFANA_ORG_ID", "3")));
        Assert.Equal("https://grafana.example.com/sub", settings.Url.ToString());
        Assert.Equal("glsa_secret", settings.Token);
        Assert.Equal(3, settings.OrgId);
    }

    [Fact]
    public void Flags_win_over_the_environment()
    {
        var settings = GrafanaSettings.Resolve(new GrafanaSettingsInput(Url: "http://localhost:3000", User: "ci", Password: "pw"),
            Env(("GRAFANA_URL", "https://other"), ("GRAFANA_USER", "env-user"), ("GRAFANA_PASSWORD", "env-pw")));
        Assert.Equal("http://localhost:3000/", settings.Url.ToString());
        Assert.Equal("ci", settings.User);
        Assert.Equal("pw", settings.Password);
    }

    [Fact]
    public void A_token_wins_over_basic_auth()
    {
        var settings = GrafanaSettings.Resolve(new GrafanaSettingsInput(), Env(
            ("GRAFANA_URL", "http://g"), ("GRAFANA_TOKEN", "tok"), ("GRAFANA_USER", "u"), ("GRAFANA_PASSWORD", "p")));
        Assert.Equal("tok", settings.Token);
        Assert.Null(settings.User);
        Assert.Null(settings.Password);
    }

    [Theory]
    [InlineData(null, "tok", null, null, null, "GRAFANA_URL")]
    [InlineData("not a url", "tok", null, null, null, "not an absolute URL")]
    [InlineData("ftp://g", "tok", null, null, null, "http:// or https://")]
    [InlineData("http://g", null, null, null, null, "GRAFANA_TOKEN")]
    [InlineData("http://g", null, "u", null, null, "GRAFANA_PASSWORD")]
    [InlineData("http://g", "tok", null, null, "zero", "GRAFANA_ORG_ID")]
    [InlineData("http://g", "tok", null, null, "0", "positive integer")]
    public void Missing_or_bad_settings_name_the_variable(string? url, string? token, string? user, string? password, string? org, string expected)
    {
        var error = Assert.Throws<GrafanaSettingsException>(() =>
            GrafanaSettings.Resolve(new GrafanaSettingsInput(url, token, user, password, org), Env()));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void ToString_never_shows_secrets()
    {
        var withToken = new GrafanaSettings(new Uri("http://g")) { Token = "glsa_TOPSECRET_123", OrgId = 2 };
        var withPassword = new GrafanaSettings(new Uri("http://g")) { User = "ci-bot", Password = "hunter2-PASSWORD" };
        Assert.DoesNotContain("TOPSECRET", withToken.ToString());
        Assert.Contains("redacted", withToken.ToString());
        Assert.Contains("org: 2", withToken.ToString());
        Assert.DoesNotContain("hunter2", withPassword.ToString());
        Assert.Contains("ci-bot", withPassword.ToString());
        Assert.DoesNotContain("hunter2", (withPassword with { OrgId = 5 }).ToString());
        Assert.DoesNotContain("TOPSECRET", new GrafanaSettingsInput(Token: "TOPSECRET", Password: "hunter2").ToString());
        Assert.DoesNotContain("hunter2", new GrafanaSettingsInput(Token: "TOPSECRET", Password: "hunter2").ToString());
    }
}
