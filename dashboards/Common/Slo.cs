using Dashboards.Model;

namespace Dashboards.Suites.Common;

/// <summary>
/// Threshold colours from the documents' SLO tables, always in the same four levels:
/// red = critical, orange = warning, yellow = outside target, green = on target.
/// </summary>
public static class Slo
{
    /// <summary>
    /// For values where more is better (success rate, availability, pool efficiency):
    /// red below <paramref name="critical"/>, orange up to <paramref name="warning"/>, yellow up to <paramref name="target"/>, green from it.
    /// </summary>
    public static Thresholds HigherIsBetter(double critical, double warning, double target)
    {
        if (!(critical < warning && warning < target))
            throw new ArgumentException($"Expected critical < warning < target, got {critical}, {warning}, {target}.");
        return Thresholds.Absolute(Color.Red).Step(critical, Color.Orange).Step(warning, Color.Yellow).Step(target, Color.Green);
    }

    /// <summary>
    /// For values where less is better (latency, error rate): green below <paramref name="target"/>, yellow from it,
    /// orange from <paramref name="warning"/>, red from <paramref name="critical"/>.
    /// </summary>
    public static Thresholds LowerIsBetter(double target, double warning, double critical)
    {
        if (!(target < warning && warning < critical))
            throw new ArgumentException($"Expected target < warning < critical, got {target}, {warning}, {critical}.");
        return Thresholds.Absolute(Color.Green).Step(target, Color.Yellow).Step(warning, Color.Orange).Step(critical, Color.Red);
    }

    /// <summary>Green below <paramref name="warning"/>, yellow from it, red from <paramref name="critical"/>.</summary>
    public static Thresholds GreenYellowRed(double warning, double critical) =>
        Thresholds.Absolute(Color.Green).Step(warning, Color.Yellow).Step(critical, Color.Red);

    /// <summary>Red below <paramref name="warning"/>, yellow from it, green from <paramref name="good"/>.</summary>
    public static Thresholds RedYellowGreen(double warning, double good) =>
        Thresholds.Absolute(Color.Red).Step(warning, Color.Yellow).Step(good, Color.Green);
}
