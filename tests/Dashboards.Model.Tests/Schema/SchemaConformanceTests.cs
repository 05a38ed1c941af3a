using Dashboards.Model.Schema;
using NJsonSchema;

namespace Dashboards.Model.Tests.Schema;

/// <summary>
/// The shipped schema must mean the same thing to a plain validator (which evaluates every oneOf branch)
/// as to SchemaValidator (which dispatches panels on their type).
/// </summary>
public class SchemaConformanceTests
{
    private static readonly Lazy<JsonSchema> Plain = new(() => JsonSchema.FromJsonAsync(SchemaValidator.SchemaText).GetAwaiter().GetResult());

    [Fact]
    public void Plain_NJsonSchema_accepts_the_valid_fixtures()
    {
        Assert.Empty(Plain.Value.Validate(SchemaFixtures.Minimal));
        Assert.Empty(Plain.Value.Validate(SchemaFixtures.AllPanels));
    }

    [Theory]
    [MemberData(nameof(SchemaRuleTests.Rules), MemberType = typeof(SchemaRuleTests))]
    public void Plain_NJsonSchema_rejects_every_broken_input(string editPath, string? newValue, string expectedPath, string expectedMessage)
    {
        _ = (expectedPath, expectedMessage);
        var json = JsonEdit.Apply(SchemaFixtures.AllPanels, editPath, newValue);

        Assert.NotEmpty(Plain.Value.Validate(json));
    }
}
