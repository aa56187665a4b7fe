using static PolicyKit.CodeFixes.Tests.Policies;

namespace PolicyKit.CodeFixes.Tests;

/// <summary>PK1010: a Metadata rule for every credential-bearing resource, inserted before the rule that logs their bodies.</summary>
public class SensitiveBodiesTests
{
    private static readonly SensitiveBodiesCodeFixProvider Provider = new();
    private const string Title = "Log credentials at Metadata before this rule";

    [Fact]
    public async Task Inserts_the_credentials_rule_below_the_section_break_and_above_the_rule_comment()
    {
        var source = Policy("""
            policy.OmitStages(Stage.RequestReceived);

            policy.Rule(Level.None, "health").NonResourceUrls("/healthz*", "/readyz*");

            // Core and apps with their bodies: the incident team wants them.
            policy.Rule(Level.RequestResponse, "core-and-apps").Resources(Core.All, Apps.All);

            policy.Rule(Level.Metadata, "catch-all");
            """);
        var result = await CodeFixHarness.Fix(Provider, "PK1010", Title, source);
        Assert.Equal(Policy("""
            policy.OmitStages(Stage.RequestReceived);

            policy.Rule(Level.None, "health").NonResourceUrls("/healthz*", "/readyz*");

            policy.Rule(Level.Metadata, "credentials").Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews);
            // Core and apps with their bodies: the incident team wants them.
            policy.Rule(Level.RequestResponse, "core-and-apps").Resources(Core.All, Apps.All);

            policy.Rule(Level.Metadata, "catch-all");
            """), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1010");
    }

    [Fact]
    public async Task Names_are_qualified_as_far_as_the_usings_require_and_the_builder_is_the_statements_own()
    {
        var source = """
            namespace Contoso.Audit
            {
                [PolicyKit.AuditPolicy("staging")]
                public static partial class StagingPolicy
                {
                    static void Define(PolicyKit.PolicyBuilder b)
                    {
                        b.OmitStages(PolicyKit.Stage.RequestReceived);
                        b.Rule(PolicyKit.Level.Request, "writes").Verbs(PolicyKit.Verb.Create, PolicyKit.Verb.Update, PolicyKit.Verb.Patch);
                        b.Rule(PolicyKit.Level.Metadata);
                    }
                }
            }
            """;
        var result = await CodeFixHarness.Fix(Provider, "PK1010", Title, source);
        Assert.Equal("""
            namespace Contoso.Audit
            {
                [PolicyKit.AuditPolicy("staging")]
                public static partial class StagingPolicy
                {
                    static void Define(PolicyKit.PolicyBuilder b)
                    {
                        b.OmitStages(PolicyKit.Stage.RequestReceived);
                        b.Rule(PolicyKit.Level.Metadata, "credentials").Resources(PolicyKit.Api.Core.Secrets, PolicyKit.Api.Core.ConfigMaps, PolicyKit.Api.Core.ServiceAccounts.Token, PolicyKit.Api.Authentication.TokenReviews);
                        b.Rule(PolicyKit.Level.Request, "writes").Verbs(PolicyKit.Verb.Create, PolicyKit.Verb.Update, PolicyKit.Verb.Patch);
                        b.Rule(PolicyKit.Level.Metadata);
                    }
                }
            }
            """, result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1010");
    }

    [Fact]
    public async Task With_using_PolicyKit_only_the_catalog_keeps_Api()
    {
        var source = """
            using PolicyKit;

            namespace Contoso.Audit;

            [AuditPolicy("dev")]
            public static partial class DevPolicy
            {
                static void Define(PolicyBuilder policy)
                {
                    policy.OmitStages(Stage.RequestReceived);
                    policy.Rule(Level.RequestResponse, "everything-in-core").Resources(Api.Core.All);
                    policy.Rule(Level.Metadata);
                }
            }
            """;
        var result = await CodeFixHarness.Fix(Provider, "PK1010", Title, source);
        Assert.Equal(source.Replace("""
                    policy.Rule(Level.RequestResponse
            """, """
                    policy.Rule(Level.Metadata, "credentials").Resources(Api.Core.Secrets, Api.Core.ConfigMaps, Api.Core.ServiceAccounts.Token, Api.Authentication.TokenReviews);
                    policy.Rule(Level.RequestResponse
            """), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1010");
    }

    [Fact]
    public async Task Fix_all_inserts_one_rule_before_the_first_offending_rule()
    {
        var source = Policy("""
            policy.OmitStages(Stage.RequestReceived);

            policy.Rule(Level.Request, "writes").Verbs(Verb.Create, Verb.Update, Verb.Patch);

            policy.Rule(Level.RequestResponse, "core").Resources(Core.All);

            policy.Rule(Level.Metadata, "catch-all");
            """);
        var result = await CodeFixHarness.FixAll(Provider, "PK1010", SensitiveBodiesCodeFixProvider.EquivalenceKey, source);
        Assert.Equal(Policy("""
            policy.OmitStages(Stage.RequestReceived);

            policy.Rule(Level.Metadata, "credentials").Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews);
            policy.Rule(Level.Request, "writes").Verbs(Verb.Create, Verb.Update, Verb.Patch);

            policy.Rule(Level.RequestResponse, "core").Resources(Core.All);

            policy.Rule(Level.Metadata, "catch-all");
            """), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1010");
    }

    [Fact]
    public async Task In_a_rule_set_the_rule_goes_into_the_rule_set_on_its_own_builder()
    {
        var policy = Policy("""
            policy.OmitStages(Stage.RequestReceived);

            SharedRules.WithBodies(policy);

            policy.Rule(Level.Metadata, "catch-all");
            """);
        var rules = """
            using PolicyKit;
            using static PolicyKit.Api;

            namespace Contoso.Audit;

            /// <summary>Rules the debugging policies share.</summary>
            public static class SharedRules
            {
                [RuleSet]
                public static void WithBodies(PolicyBuilder rules)
                {
                    rules.Rule(Level.RequestResponse, "core").Resources(Core.All);
                }
            }
            """;
        var result = await CodeFixHarness.Fix(Provider, "PK1010", Title, [policy, rules]);
        Assert.Equal(policy, result.Texts[0]);
        Assert.Equal(rules.Replace("""
                    rules.Rule(Level.RequestResponse
            """, """
                    rules.Rule(Level.Metadata, "credentials").Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews);
                    rules.Rule(Level.RequestResponse
            """), result.Texts[1]);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1010");
    }
}
