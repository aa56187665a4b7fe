using static PolicyKit.CodeFixes.Tests.Policies;

namespace PolicyKit.CodeFixes.Tests;

/// <summary>PK1001: remove the unreachable rule, or move it above the first rule that takes its requests.</summary>
public class UnreachableRuleTests
{
    private static readonly UnreachableRuleCodeFixProvider Provider = new();

    private const string Shadowed = """
        policy.OmitStages(Stage.RequestReceived);

        policy.Rule(Level.None, "kube-proxy-watch")
              .Users(Users.KubeProxy).Verbs(Verb.Watch)
              .Resources(Core.Endpoints, Core.Services);

        policy.Rule(Level.Metadata, "core").Resources(Core.All);

        // Pod specs are worth their bodies.
        policy.Rule(Level.Request, "pods").Resources(Core.Pods);

        policy.Rule(Level.Metadata, "catch-all");
        """;

    [Fact]
    public async Task Remove_takes_the_rule_and_its_comment_and_keeps_one_blank_line()
    {
        var result = await CodeFixHarness.Fix(Provider, "PK1001", "Remove unreachable rule", Policy(Shadowed));
        Assert.Equal(Policy("""
            policy.OmitStages(Stage.RequestReceived);

            policy.Rule(Level.None, "kube-proxy-watch")
                  .Users(Users.KubeProxy).Verbs(Verb.Watch)
                  .Resources(Core.Endpoints, Core.Services);

            policy.Rule(Level.Metadata, "core").Resources(Core.All);

            policy.Rule(Level.Metadata, "catch-all");
            """), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1001");
    }

    [Fact]
    public async Task Move_puts_the_rule_and_its_comment_above_the_rule_that_shadows_it()
    {
        var result = await CodeFixHarness.Fix(Provider, "PK1001", "Move above rule 1", Policy(Shadowed));
        Assert.Equal(Policy("""
            policy.OmitStages(Stage.RequestReceived);

            policy.Rule(Level.None, "kube-proxy-watch")
                  .Users(Users.KubeProxy).Verbs(Verb.Watch)
                  .Resources(Core.Endpoints, Core.Services);

            // Pod specs are worth their bodies.
            policy.Rule(Level.Request, "pods").Resources(Core.Pods);

            policy.Rule(Level.Metadata, "core").Resources(Core.All);

            policy.Rule(Level.Metadata, "catch-all");
            """), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1001");
    }

    [Fact]
    public async Task Move_goes_above_the_first_of_several_shadowing_rules_below_the_section_comment()
    {
        var source = Policy("""
            policy.OmitStages(Stage.RequestReceived);

            // --- Ordinary traffic ---

            policy.Rule(Level.None, "reads").Verbs(Verb.Get, Verb.List, Verb.Watch);
            policy.Rule(Level.Metadata, "writes").Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete);
            policy.Rule(Level.Request, "deployments").Verbs(Verb.Get, Verb.Update, Verb.Patch).Resources(Apps.Deployments); // never reached
            policy.Rule(Level.Metadata, "catch-all");
            """);
        var result = await CodeFixHarness.Fix(Provider, "PK1001", "Move above rule 0", source);
        Assert.Equal(Policy("""
            policy.OmitStages(Stage.RequestReceived);

            // --- Ordinary traffic ---

            policy.Rule(Level.Request, "deployments").Verbs(Verb.Get, Verb.Update, Verb.Patch).Resources(Apps.Deployments); // never reached
            policy.Rule(Level.None, "reads").Verbs(Verb.Get, Verb.List, Verb.Watch);
            policy.Rule(Level.Metadata, "writes").Verbs(Verb.Create, Verb.Update, Verb.Patch, Verb.Delete);
            policy.Rule(Level.Metadata, "catch-all");
            """), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1001");
    }

    [Fact]
    public async Task Remove_of_the_last_statement_leaves_no_blank_line_before_the_brace()
    {
        var source = Policy("""
            policy.OmitStages(Stage.RequestReceived);

            policy.Rule(Level.Metadata, "catch-all");

            // Left over from an older policy.
            policy.Rule(Level.RequestResponse, "rbac").Resources(Rbac.All);
            """);
        var result = await CodeFixHarness.Fix(Provider, "PK1001", "Remove unreachable rule", source);
        Assert.Equal(Policy("""
            policy.OmitStages(Stage.RequestReceived);

            policy.Rule(Level.Metadata, "catch-all");
            """), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1001");
    }

    [Fact]
    public async Task Move_is_not_offered_when_the_shadowing_rule_is_in_a_rule_set()
    {
        var policy = Policy("""
            policy.OmitStages(Stage.RequestReceived);

            SharedRules.Noise(policy);

            policy.Rule(Level.Request, "kube-proxy").Users(Users.KubeProxy).Verbs(Verb.Watch).Resources(Core.Endpoints);

            policy.Rule(Level.Metadata, "catch-all");
            """);
        var titles = await CodeFixHarness.Titles(Provider, "PK1001", [policy, SharedRules]);
        Assert.Equal(["Remove unreachable rule"], titles);
    }

    [Fact]
    public async Task Nothing_is_offered_for_a_rule_in_a_rule_set_other_policies_include()
    {
        var policy = Policy("""
            policy.OmitStages(Stage.RequestReceived);

            policy.Rule(Level.None, "system").UserGroups(Groups.SystemNodes);

            SharedRules.Noise(policy);

            policy.Rule(Level.Metadata, "catch-all");
            """);
        var titles = await CodeFixHarness.Titles(Provider, "PK1001", [policy, SharedRules.Replace("Users(Users.KubeProxy)", "UserGroups(Groups.SystemNodes)")]);
        Assert.Empty(titles);
    }

    [Fact]
    public async Task Fix_all_removes_every_unreachable_rule_of_the_document()
    {
        var source = Policy("""
            policy.OmitStages(Stage.RequestReceived);

            policy.Rule(Level.Metadata, "core").Resources(Core.All);

            // Pods and their logs.
            policy.Rule(Level.Request, "pods").Resources(Core.Pods);
            policy.Rule(Level.Request, "pod-logs").Resources(Core.Pods.Log);

            policy.Rule(Level.Request, "rbac").Resources(Rbac.All);

            policy.Rule(Level.None, "services").Resources(Core.Services);
            """);
        var result = await CodeFixHarness.FixAll(Provider, "PK1001", UnreachableRuleCodeFixProvider.RemoveKey, source);
        Assert.Equal(Policy("""
            policy.OmitStages(Stage.RequestReceived);

            policy.Rule(Level.Metadata, "core").Resources(Core.All);

            policy.Rule(Level.Request, "rbac").Resources(Rbac.All);
            """), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1001");
    }

    [Fact]
    public async Task Moves_are_not_fixed_in_bulk()
    {
        var document = CodeFixHarness.Document(Policy(Shadowed));
        var context = new Microsoft.CodeAnalysis.CodeFixes.FixAllContext(document, Provider, Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Document,
            UnreachableRuleCodeFixProvider.MoveKey, ["PK1001"], new EmptyDiagnostics(), CancellationToken.None);
        Assert.Null(await Provider.GetFixAllProvider().GetFixAsync(context));
    }

    private sealed class EmptyDiagnostics : Microsoft.CodeAnalysis.CodeFixes.FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Microsoft.CodeAnalysis.Diagnostic>> GetDocumentDiagnosticsAsync(Microsoft.CodeAnalysis.Document document, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Microsoft.CodeAnalysis.Diagnostic>());

        public override Task<IEnumerable<Microsoft.CodeAnalysis.Diagnostic>> GetProjectDiagnosticsAsync(Microsoft.CodeAnalysis.Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Microsoft.CodeAnalysis.Diagnostic>());

        public override Task<IEnumerable<Microsoft.CodeAnalysis.Diagnostic>> GetAllDiagnosticsAsync(Microsoft.CodeAnalysis.Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Microsoft.CodeAnalysis.Diagnostic>());
    }

    private const string SharedRules = """
        using PolicyKit;
        using static PolicyKit.Api;

        namespace Contoso.Audit;

        /// <summary>Rules every cluster policy starts with.</summary>
        public static class SharedRules
        {
            [RuleSet]
            public static void Noise(PolicyBuilder policy)
            {
                policy.Rule(Level.None, "kube-proxy-watch").Users(Users.KubeProxy).Verbs(Verb.Watch).Resources(Core.Endpoints, Core.Services);
            }
        }
        """;
}
