namespace Dashboards.PromQL.Tests;
public class SmokeTests { [Fact] public void Builds() => Assert.True(typeof(SmokeTests).Assembly.GetName().Name == "Dashboards.PromQL.Tests"); }
