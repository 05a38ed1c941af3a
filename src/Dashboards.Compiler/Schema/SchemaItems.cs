using System.Globalization;
using System.Text.Json;

namespace Dashboards.Model.Schema;

/// <summary>Compiles an array of subschemas (allOf, anyOf, oneOf, tuple items) in order, each at its JSON-pointer location.</summary>
internal static class SchemaItems
{
    // A loop rather than LINQ: LINQ over JsonElement is generic code over a value type that ReadyToRun leaves to the JIT
    // at start (docs/benchmarks.md, cold start).
    public static T[] Compile<T>(JsonElement schemas, string location, Func<JsonElement, string, T> compile)
    {
        var compiled = new T[schemas.GetArrayLength()];
        var i = 0;
        foreach (var item in schemas.EnumerateArray())
        {
            compiled[i] = compile(item, location + "/" + i.ToString(CultureInfo.InvariantCulture));
            i++;
        }
        return compiled;
    }
}
