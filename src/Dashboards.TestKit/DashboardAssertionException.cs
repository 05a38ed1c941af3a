namespace Dashboards.TestKit;

/// <summary>
/// A failed dashboards assertion. Test frameworks report any exception as a failure with its message, so the helpers
/// work the same under xunit, NUnit and MSTest.
/// </summary>
public sealed class DashboardAssertionException : Exception
{
    public DashboardAssertionException(string message) : base(message) { }
}
