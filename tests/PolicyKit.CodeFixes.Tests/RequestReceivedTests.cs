using static PolicyKit.CodeFixes.Tests.Policies;

namespace PolicyKit.CodeFixes.Tests;

/// <summary>PK1030 (on the class name): RequestReceived added to the policy's omitStages in Define.</summary>
public class RequestReceivedTests
{
    private static readonly RequestReceivedCodeFixProvider Provider = new();
    private const string Title = "Omit the RequestReceived stage";

    [Fact]
    public async Task Appends_to_the_existing_OmitStages_call()
    {
        var source = Policy("""
            policy.OmitStages(Stage.Panic);

            policy.Rule(Level.None, "health").NonResourceUrls("/healthz*");
            policy.Rule(Level.Metadata, "catch-all");
            """);
        var result = await CodeFixHarness.Fix(Provider, "PK1030", Title, source);
        Assert.Equal(Policy("""
            policy.OmitStages(Stage.Panic, Stage.RequestReceived);

            policy.Rule(Level.None, "health").NonResourceUrls("/healthz*");
            policy.Rule(Level.Metadata, "catch-all");
            """), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1030");
    }

    [Fact]
    public async Task Inserts_OmitStages_as_the_first_statement_above_the_first_rule_comment()
    {
        var source = Policy("""
            // Probes are noise.
            policy.Rule(Level.None, "health").NonResourceUrls("/healthz*");

            policy.Rule(Level.Metadata, "catch-all").OmitStages(Stage.Panic);
            """);
        var result = await CodeFixHarness.Fix(Provider, "PK1030", Title, source);
        Assert.Equal(Policy("""
            policy.OmitStages(Stage.RequestReceived);
            // Probes are noise.
            policy.Rule(Level.None, "health").NonResourceUrls("/healthz*");

            policy.Rule(Level.Metadata, "catch-all").OmitStages(Stage.Panic);
            """), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1030");
    }

    [Fact]
    public async Task A_rule_level_OmitStages_is_not_the_policys()
    {
        var source = Policy("""
            policy.Rule(Level.None, "health").NonResourceUrls("/healthz*").OmitStages(Stage.Panic);
            policy.Rule(Level.Metadata, "catch-all");
            """);
        var result = await CodeFixHarness.Fix(Provider, "PK1030", Title, source);
        Assert.Equal(Policy("""
            policy.OmitStages(Stage.RequestReceived);
            policy.Rule(Level.None, "health").NonResourceUrls("/healthz*").OmitStages(Stage.Panic);
            policy.Rule(Level.Metadata, "catch-all");
            """), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1030");
    }

    [Fact]
    public async Task An_expression_bodied_Define_becomes_a_block()
    {
        var source = """
            using PolicyKit;

            namespace Contoso.Audit;

            [AuditPolicy("minimal")]
            public static partial class MinimalPolicy
            {
                static void Define(PolicyBuilder policy) => policy.Rule(Level.Metadata, "catch-all");
            }
            """;
        var result = await CodeFixHarness.Fix(Provider, "PK1030", Title, source);
        Assert.Equal("""
            using PolicyKit;

            namespace Contoso.Audit;

            [AuditPolicy("minimal")]
            public static partial class MinimalPolicy
            {
                static void Define(PolicyBuilder policy)
                {
                    policy.OmitStages(Stage.RequestReceived);
                    policy.Rule(Level.Metadata, "catch-all");
                }
            }
            """, result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1030");
    }
}
