using static PolicyKit.CodeFixes.Tests.Policies;

namespace PolicyKit.CodeFixes.Tests;

/// <summary>PK1002: remove a rule the later rules would decide the same way.</summary>
public class RedundantRuleTests
{
    private static readonly RedundantRuleCodeFixProvider Provider = new();

    [Fact]
    public async Task Remove_takes_the_rule_with_its_trailing_comment()
    {
        var source = Policy("""
            policy.OmitStages(Stage.RequestReceived);

            policy.Rule(Level.None, "health").NonResourceUrls("/healthz*", "/readyz*", "/livez*");
            policy.Rule(Level.Metadata, "configmaps").Resources(Core.ConfigMaps); // keep configmaps out of bodies
            policy.Rule(Level.Metadata, "catch-all");
            """);
        var result = await CodeFixHarness.Fix(Provider, "PK1002", "Remove redundant rule", source);
        Assert.Equal(Policy("""
            policy.OmitStages(Stage.RequestReceived);

            policy.Rule(Level.None, "health").NonResourceUrls("/healthz*", "/readyz*", "/livez*");
            policy.Rule(Level.Metadata, "catch-all");
            """), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1002");
    }

    [Fact]
    public async Task Remove_of_the_first_statement_leaves_no_blank_line_after_the_brace()
    {
        var source = Policy("""
            policy.Rule(Level.Metadata, "secrets").Resources(Core.Secrets).OmitStages(Stage.RequestReceived);

            policy.Rule(Level.Metadata, "catch-all").OmitStages(Stage.RequestReceived);
            """);
        var result = await CodeFixHarness.Fix(Provider, "PK1002", "Remove redundant rule", source);
        Assert.Equal(Policy("""
            policy.Rule(Level.Metadata, "catch-all").OmitStages(Stage.RequestReceived);
            """), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1002");
    }

    [Fact]
    public void Redundant_rules_are_not_removed_in_bulk()
        // Two redundant rules can be each other's reason: removing both can change decisions.
        => Assert.Null(Provider.GetFixAllProvider());
}
