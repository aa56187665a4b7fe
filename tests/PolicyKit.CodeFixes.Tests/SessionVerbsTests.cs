using static PolicyKit.CodeFixes.Tests.Policies;

namespace PolicyKit.CodeFixes.Tests;

/// <summary>PK1045: get added to an exec/attach/portforward rule limited to create, in the rule's own spelling.</summary>
public class SessionVerbsTests
{
    private static readonly SessionVerbsCodeFixProvider Provider = new();

    [Fact]
    public async Task Appends_Verb_Get_to_Verb_members()
    {
        var source = Policy("""
            policy.OmitStages(Stage.RequestReceived);

            // Interactive sessions, with who opened them.
            policy.Rule(Level.Metadata, "sessions")
                  .Verbs(Verb.Create)
                  .Resources(Core.Pods.Exec, Core.Pods.Attach, Core.Pods.PortForward);

            policy.Rule(Level.None, "catch-all");
            """);
        var result = await CodeFixHarness.Fix(Provider, "PK1045", "Add Verb.Get", source);
        Assert.Equal(source.Replace(".Verbs(Verb.Create)", ".Verbs(Verb.Create, Verb.Get)"), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1045");
    }

    [Fact]
    public async Task Appends_get_to_strings()
    {
        var source = Policy("""
            policy.OmitStages(Stage.RequestReceived);
            policy.Rule(Level.Request, "exec").Verbs("create").Resources(Core.Pods.Exec);
            policy.Rule(Level.None, "catch-all");
            """);
        var result = await CodeFixHarness.Fix(Provider, "PK1045", "Add \"get\"", source);
        Assert.Equal(source.Replace(".Verbs(\"create\")", ".Verbs(\"create\", \"get\")"), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1045");
    }

    [Fact]
    public async Task Keeps_one_verb_per_line()
    {
        var source = Policy("""
            policy.OmitStages(Stage.RequestReceived);
            policy.Rule(Level.Metadata, "exec")
                  .Verbs(
                      Verb.Create,
                      Verb.Delete)
                  .Resources(Core.Pods.Exec);
            policy.Rule(Level.None, "catch-all");
            """);
        var result = await CodeFixHarness.Fix(Provider, "PK1045", "Add Verb.Get", source);
        Assert.Equal(Policy("""
            policy.OmitStages(Stage.RequestReceived);
            policy.Rule(Level.Metadata, "exec")
                  .Verbs(
                      Verb.Create,
                      Verb.Delete,
                      Verb.Get)
                  .Resources(Core.Pods.Exec);
            policy.Rule(Level.None, "catch-all");
            """), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1045");
    }

    [Fact]
    public async Task A_verb_array_gets_a_second_Verbs_call()
    {
        var source = """
            using PolicyKit;
            using static PolicyKit.Api;

            namespace Contoso.Audit;

            [AuditPolicy("production")]
            public static partial class ProductionPolicy
            {
                private static readonly Verb[] Opening = [Verb.Create];

                static void Define(PolicyBuilder policy)
                {
                    policy.OmitStages(Stage.RequestReceived);
                    policy.Rule(Level.Metadata, "exec").Verbs(Opening).Resources(Core.Pods.Exec);
                    policy.Rule(Level.None, "catch-all");
                }
            }
            """;
        var result = await CodeFixHarness.Fix(Provider, "PK1045", "Add Verb.Get", source);
        Assert.Equal(source.Replace(".Verbs(Opening)", ".Verbs(Opening).Verbs(Verb.Get)"), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1045");
    }

    [Fact]
    public async Task Fix_all_adds_get_to_every_session_rule()
    {
        var source = Policy("""
            policy.OmitStages(Stage.RequestReceived);
            policy.Rule(Level.Request, "exec").Verbs(Verb.Create).Resources(Core.Pods.Exec);
            policy.Rule(Level.Metadata, "attach").Verbs("create").Resources(Core.Pods.Attach, Core.Pods.PortForward);
            policy.Rule(Level.None, "catch-all");
            """);
        var result = await CodeFixHarness.FixAll(Provider, "PK1045", SessionVerbsCodeFixProvider.EquivalenceKey, source);
        Assert.Equal(source.Replace(".Verbs(Verb.Create)", ".Verbs(Verb.Create, Verb.Get)").Replace(".Verbs(\"create\")", ".Verbs(\"create\", \"get\")"), result.Text);
        Assert.DoesNotContain(result.After, d => d.Id == "PK1045");
    }
}
