using Double = Dashboards.GrafanaDouble.GrafanaDouble;

namespace Dashboards.Provisioning.Tests;

/// <summary>Base of tests that each get a fresh Grafana double and an editor's client for it.</summary>
public abstract class GrafanaDoubleTest : IAsyncLifetime
{
    protected Double Grafana { get; set; } = null!;

    protected GrafanaClient Api { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Grafana = await Double.StartAsync();
        Api = TestSupport.Client(Grafana);
    }

    public async Task DisposeAsync()
    {
        Api.Dispose();
        await Grafana.DisposeAsync();
    }
}
