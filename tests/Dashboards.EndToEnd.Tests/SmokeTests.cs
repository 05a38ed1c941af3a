namespace Dashboards.EndToEnd.Tests;
public class SmokeTests { [Fact] public void Builds() => Assert.True(typeof(SmokeTests).Assembly.GetName().Name == "Dashboards.EndToEnd.Tests"); }
