namespace Dashboards.Model;

/// <summary>
/// A datasource reference <c>{type, uid}</c>: a fixed instance (<c>DataSourceRef.Prometheus("prom-main")</c>) or a
/// datasource template variable (<c>DataSourceRef.Variable("datasource", DataSourceType.Prometheus)</c> → uid <c>${datasource}</c>).
/// </summary>
public sealed record DataSourceRef
{
    private DataSourceRef(string type, string uid, string? variableName)
    {
        Type = type;
        Uid = uid;
        VariableName = variableName;
    }

    /// <summary>The datasource plugin id (<c>prometheus</c>, <c>loki</c>, <c>tempo</c>...).</summary>
    public string Type { get; }
    public string Uid { get; }

    /// <summary>The datasource variable this reference goes through, or null for a fixed uid.</summary>
    public string? VariableName { get; }

    public static DataSourceRef Prometheus(string uid) => Fixed(DataSourceType.Prometheus, uid);
    public static DataSourceRef Loki(string uid) => Fixed(DataSourceType.Loki, uid);
    public static DataSourceRef Tempo(string uid) => Fixed(DataSourceType.Tempo, uid);

    public static DataSourceRef Fixed(string type, string uid)
    {
        if (string.IsNullOrWhiteSpace(type)) throw new ArgumentException("A datasource reference needs a plugin type.", nameof(type));
        if (string.IsNullOrWhiteSpace(uid)) throw new ArgumentException("A datasource reference needs a uid.", nameof(uid));
        return new DataSourceRef(type, uid, uid.StartsWith('$') ? VariableNameOf(uid) : null);
    }

    /// <summary>Refers to the datasource chosen in the datasource variable <paramref name="variableName"/>.</summary>
    public static DataSourceRef Variable(string variableName, string type = DataSourceType.Prometheus)
    {
        if (string.IsNullOrWhiteSpace(variableName) || variableName.StartsWith('$'))
            throw new ArgumentException("Give the variable name without '$', e.g. \"datasource\".", nameof(variableName));
        return new DataSourceRef(type, "${" + variableName + "}", variableName);
    }

    // "$ds", "${ds}" or "[[ds]]" written by hand in a fixed uid still go through a variable.
    private static string? VariableNameOf(string uid)
    {
        var name = uid.StartsWith("${", StringComparison.Ordinal) && uid.EndsWith('}') ? uid[2..^1] : uid[1..];
        var colon = name.IndexOf(':');
        return colon >= 0 ? name[..colon] : name;
    }
}

/// <summary>Plugin ids of the datasources the SDK has targets for.</summary>
public static class DataSourceType
{
    public const string Prometheus = "prometheus";
    public const string Loki = "loki";
    public const string Tempo = "tempo";
    public const string Grafana = "grafana";
}
