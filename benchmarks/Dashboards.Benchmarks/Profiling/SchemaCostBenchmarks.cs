using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Dashboards.Benchmarks.Reporting;
using Dashboards.Benchmarks.Workloads;
using Dashboards.Model.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Dashboards.Benchmarks.Profiling;

/// <summary>
/// Where <see cref="SchemaValidator.Validate(string, byte[])"/> spends its time, step by step, over the five suites' JSON:
/// the strict UTF-8 syntax pass, decoding to a string and building Newtonsoft's JToken tree, and NJsonSchema's
/// validation of an already-parsed tree (root, then each panel against its type's branch, as SchemaValidator does).
/// <see cref="BuildJTokenFromUtf8"/> measures an alternative: building the JToken tree straight from
/// <see cref="Utf8JsonReader"/>, which is strict already, so it would also replace the separate syntax pass.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class SchemaCostBenchmarks : IItemCount
{
    private byte[][] _json = [];
    private JToken[] _parsed = [];
    private JsonSchema _root = null!;
    private Dictionary<string, JsonSchema> _shapes = [];

    public int ItemCount => SuiteCatalog.PanelCount;

    [GlobalSetup]
    public void Setup()
    {
        _json = [.. SuiteCatalog.Dashboards.Select(d => d.Json)];
        _parsed = [.. _json.Select(ParseLikeSchemaValidator)];
        // The same preparation SchemaValidator does: per-type panel branches instead of the panel oneOf.
        _root = JsonSchema.FromJsonAsync(SchemaValidator.SchemaText).GetAwaiter().GetResult();
        var panel = _root.Definitions["panel"];
        foreach (var branch in panel.OneOf)
            foreach (var type in branch.ActualSchema.Properties["type"].ActualSchema.Enumeration)
                _shapes[(string)type!] = branch.ActualSchema;
        panel.OneOf.Clear();
        foreach (var (token, json) in _parsed.Zip(_json))
            if (!JToken.DeepEquals(token, BuildFromUtf8(json))) throw new InvalidOperationException("The two JToken builders disagree.");
    }

    [Benchmark(Baseline = true)]
    [Goal("panel", GoalKind.Report, 0)]
    public int FullSchemaValidator()
    {
        var errors = 0;
        foreach (var json in _json) errors += SchemaValidator.Validate("d", json).Count;
        return errors;
    }

    [Benchmark]
    [Goal("panel", GoalKind.Report, 0)]
    public int Utf8SyntaxPass()
    {
        var tokens = 0;
        foreach (var json in _json)
        {
            var reader = new Utf8JsonReader(json);
            while (reader.Read()) tokens++;
        }
        return tokens;
    }

    [Benchmark]
    [Goal("panel", GoalKind.Report, 0)]
    public int DecodeAndParseJToken()
    {
        var count = 0;
        foreach (var json in _json) count += ParseLikeSchemaValidator(json).Count();
        return count;
    }

    [Benchmark]
    [Goal("panel", GoalKind.Report, 0)]
    public int BuildJTokenFromUtf8()
    {
        var count = 0;
        foreach (var json in _json) count += BuildFromUtf8(json).Count();
        return count;
    }

    [Benchmark]
    [Goal("panel", GoalKind.Report, 0)]
    public int ValidateRootOnly()
    {
        var errors = 0;
        var validator = new JsonSchemaValidator();
        foreach (var token in _parsed) errors += validator.Validate(token, _root).Count;
        return errors;
    }

    [Benchmark]
    [Goal("panel", GoalKind.Report, 0)]
    public int ValidatePanelsOnly()
    {
        var errors = 0;
        var validator = new JsonSchemaValidator();
        foreach (var token in _parsed) errors += ValidatePanels((JArray)token["panels"]!, validator);
        return errors;
    }

    private int ValidatePanels(JArray panels, JsonSchemaValidator validator)
    {
        var errors = 0;
        foreach (var panel in panels)
        {
            errors += validator.Validate(panel, _shapes[(string)panel["type"]!]!).Count;
            if (panel["panels"] is JArray children) errors += ValidatePanels(children, validator);
        }
        return errors;
    }

    private static JToken ParseLikeSchemaValidator(byte[] json)
    {
        using var reader = new JsonTextReader(new StringReader(Encoding.UTF8.GetString(json)))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
        };
        return JToken.ReadFrom(reader);
    }

    /// <summary>JToken tree from System.Text.Json's strict UTF-8 reader (numbers as long when integral, else double, as Newtonsoft does).</summary>
    internal static JToken BuildFromUtf8(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return Build(ref reader);
    }

    private static JToken Build(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JObject();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    obj.Add(new JProperty(name, Build(ref reader)));
                }
                return obj;
            case JsonTokenType.StartArray:
                var array = new JArray();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) array.Add(Build(ref reader));
                return array;
            case JsonTokenType.String: return new JValue(reader.GetString());
            case JsonTokenType.Number: return reader.TryGetInt64(out var l) ? new JValue(l) : new JValue(reader.GetDouble());
            case JsonTokenType.True: return new JValue(true);
            case JsonTokenType.False: return new JValue(false);
            default: return JValue.CreateNull();
        }
    }
}
