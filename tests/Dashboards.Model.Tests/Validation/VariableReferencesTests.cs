namespace Dashboards.Model.Tests;

public class VariableReferencesTests
{
    private static List<(string Name, int Offset)> Scan(string text)
    {
        var found = new List<(string, int)>();
        VariableReferences.Scan(text, (name, offset) => found.Add((name, offset)));
        return found;
    }

    [Fact]
    public void Finds_every_grafana_syntax()
    {
        Assert.Equal([("a", 0), ("b", 3), ("c", 8), ("d", 17), ("e", 23), ("f", 33)],
            Scan("$a ${b} ${c:csv} [[d]] [[e:raw]] ${f.text}"));
    }

    [Theory]
    [InlineData("$__interval $__rate_interval ${__from:date:iso} [[__name]]")]
    [InlineData("label_replace(x, \"a\", \"$1\", \"b\", \"(.*)\")")]
    [InlineData("price in $ 5, regex end$\"")]
    [InlineData("[[ not closed")]
    public void Skips_builtins_backreferences_and_lone_symbols(string text) => Assert.Empty(Scan(text));
}
