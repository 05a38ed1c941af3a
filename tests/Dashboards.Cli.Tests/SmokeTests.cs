namespace Dashboards.Cli.Tests;
public class SmokeTests { [Fact] public void Builds() => Assert.True(typeof(SmokeTests).Assembly.GetName().Name == "Dashboards.Cli.Tests"); }
