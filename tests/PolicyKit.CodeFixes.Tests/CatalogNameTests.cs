using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using static PolicyKit.CodeFixes.Tests.Policies;

namespace PolicyKit.CodeFixes.Tests;

/// <summary>PK1043 / PK1048 near-misses: the entry replaced by the diagnostic's "replacement".</summary>
public class CatalogNameTests
{
    private static readonly CatalogNameCodeFixProvider Provider = new();

    private static readonly string Misspelt = Policy("""
        policy.OmitStages(Stage.RequestReceived);

        policy.Rule(Level.Metadata, "credentials")
              .Resources(Resource.Custom("", "secret").Named("db-password"), Resource.Custom("", "configmaps"));

        policy.Rule(Level.Request, "workloads").Verbs("watch").Verbs("Get", "lisst")
              .Resources(Resource.Custom("apps", "deployment"), Resource.Custom("rbac.authorization", "roles"));

        policy.Rule(Level.Metadata, "catch-all");
        """);

    [Fact]
    public async Task A_misspelt_custom_resource_becomes_the_catalog_member_and_keeps_Named()
    {
        var result = await CodeFixHarness.Fix(Provider, "PK1043", "Replace with Core.Secrets", Misspelt, which: 0);
        Assert.Equal(Misspelt.Replace("Resource.Custom(\"\", \"secret\").Named", "Core.Secrets.Named"), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1043" && d.GetMessage().Contains("\"secret\""));
    }

    [Fact]
    public async Task A_resource_of_another_group_becomes_its_catalog_member()
    {
        var result = await CodeFixHarness.Fix(Provider, "PK1043", "Replace with Apps.Deployments", Misspelt, which: 1);
        Assert.Equal(Misspelt.Replace("Resource.Custom(\"apps\", \"deployment\")", "Apps.Deployments"), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1043" && d.GetMessage().Contains("\"deployment\""));
    }

    [Fact]
    public async Task A_near_miss_group_becomes_the_group_name()
    {
        var result = await CodeFixHarness.Fix(Provider, "PK1043", "Replace with \"rbac.authorization.k8s.io\"", Misspelt, which: 2);
        Assert.Equal(Misspelt.Replace("Resource.Custom(\"rbac.authorization\", \"roles\")", "Resource.Custom(\"rbac.authorization.k8s.io\", \"roles\")"), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1043" && d.GetMessage().Contains("rbac"));
    }

    [Theory]
    [InlineData(0, "\"Get\"", "get")]
    [InlineData(1, "\"lisst\"", "list")]
    public async Task A_misspelt_verb_literal_is_replaced_counting_verbs_over_all_Verbs_calls(int which, string written, string meant)
    {
        var result = await CodeFixHarness.Fix(Provider, "PK1048", $"Replace with \"{meant}\"", Misspelt, which);
        Assert.Equal(Misspelt.Replace(written, $"\"{meant}\""), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1048" && d.GetMessage().Contains(written));
    }

    [Fact]
    public async Task Nothing_is_offered_without_a_replacement()
    {
        var source = Policy("""
            policy.OmitStages(Stage.RequestReceived);
            policy.Rule(Level.Request, "pods").Resources(Resource.Custom("", "pods/exce"));
            policy.Rule(Level.Metadata, "catch-all");
            """);
        Assert.Empty(await CodeFixHarness.Titles(Provider, "PK1043", [source]));
    }

    /// <summary>
    /// The property contract, held independently of the analyzer: a diagnostic carrying only the target's parts
    /// ("rule", "field", "entry", "entryField", "item"), "replacement", "group" and "pattern" is enough.
    /// </summary>
    [Fact]
    public async Task The_fix_needs_only_the_documented_properties()
    {
        static Diagnostic Contract(Diagnostic d) => Diagnostic.Create(d.Descriptor, d.Location, ImmutableDictionary<string, string?>.Empty
            .Add("rule", "1").Add("field", "resources").Add("entry", "0").Add("entryField", "resources").Add("item", "0")
            .Add("replacement", "Core.Secrets").Add("group", "").Add("pattern", "secret"));
        var result = await CodeFixHarness.Fix(Provider, "PK1043", "Replace with Core.Secrets", Misspelt, which: 0, adjust: Contract);
        Assert.Equal(Misspelt.Replace("Resource.Custom(\"\", \"secret\").Named", "Core.Secrets.Named"), result.Text);
    }
}
