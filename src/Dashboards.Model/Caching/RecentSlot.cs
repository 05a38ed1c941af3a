namespace Dashboards.Model;

/// <summary>
/// The slot of a string key in the small fixed tables that remember recently made immutable values (legend templates,
/// unit-only field defaults, strings a schema pattern accepted): a cheap hash of the length and the two end characters,
/// since such keys (label names, unit ids, refIds, intervals) differ there. A collision only costs a miss.
/// </summary>
internal static class RecentSlot
{
    /// <param name="slots">The table's size, a power of two.</param>
    public static int Of(string key, int slots) =>
        key.Length == 0 ? 0 : (key.Length * 31 + key[0] * 7 + key[^1]) & (slots - 1);
}
