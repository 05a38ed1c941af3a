namespace Dashboards.PromQL.Metrics;

/// <summary>
/// A label a metric carries, optionally with known or example values (used to generate test data and to
/// document dashboards): <c>new Label("provider", "anthropic", "openai", "google")</c>.
/// </summary>
public sealed record Label
{
    public Label(string name, params string[] values)
    {
        if (!PromNames.IsValidLabelName(name))
            throw new ArgumentException($"'{name}' is not a valid Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*).", nameof(name));
        if (name.StartsWith("__", StringComparison.Ordinal))
            throw new ArgumentException($"Label names starting with '__' are reserved by Prometheus: '{name}'.", nameof(name));
        Name = name;
        Values = EquatableArray.Create(values);
    }

    public string Name { get; }

    /// <summary>Known or example values; empty when unknown.</summary>
    public EquatableArray<string> Values { get; }

    public static implicit operator Label(string name) => new(name);

    public override string ToString() => Values.IsEmpty ? Name : $"{Name} ({string.Join(", ", Values)})";
}
