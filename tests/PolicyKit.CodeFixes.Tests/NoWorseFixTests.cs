using static PolicyKit.CodeFixes.Tests.Policies;

namespace PolicyKit.CodeFixes.Tests;

/// <summary>
/// The fixes that made things worse (issue 16): PK1010's inserted rule took an existing rule's name and made it
/// unreachable; PK1045's "add get" on a rule matching every resource logged every get at its level.
/// </summary>
public class NoWorseFixTests
{
    [Fact]
    public async Task The_credentials_rule_takes_a_name_no_rule_has()
    {
        var source = Policy("""
            policy.OmitStages(Stage.RequestReceived);
            policy.Rule(Level.Metadata, "credentials").Resources(Core.Secrets);
            policy.Rule(Level.RequestResponse, "core").Resources(Core.All);
            policy.Rule(Level.Metadata, "catch-all");
            """);
        var before = await CodeFixHarness.Analyze(CodeFixHarness.Document(source).Project);
        var result = await CodeFixHarness.Fix(new SensitiveBodiesCodeFixProvider(), "PK1010", "Log credentials at Metadata before this rule", source);
        Assert.Contains("""policy.Rule(Level.Metadata, "credentials-2").Resources(Core.Secrets, Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews);""", result.Text);
        NoNewFinding.Assert(before, result.After, "PK1010", "PK1010 with a rule named credentials");
    }

    [Fact]
    public async Task No_credentials_rule_where_it_would_make_a_later_rule_unreachable()
    {
        // Inserted before "core", the credentials rule would take every tokenreview from the rule below (PK1001).
        var source = Policy("""
            policy.OmitStages(Stage.RequestReceived);
            policy.Rule(Level.RequestResponse, "core").Resources(Core.All);
            policy.Rule(Level.Request, "token-reviews").Resources(Authentication.TokenReviews).Verbs(Verb.Get);
            policy.Rule(Level.Metadata, "catch-all");
            """);
        Assert.Empty(await CodeFixHarness.Titles(new SensitiveBodiesCodeFixProvider(), "PK1010", [source]));
        Assert.Null(await CodeFixHarness.TryFixAll(new SensitiveBodiesCodeFixProvider(), "PK1010", SensitiveBodiesCodeFixProvider.EquivalenceKey, source));
    }

    [Theory]
    [InlineData("""policy.Rule(Level.RequestResponse, "writes").Verbs(Verb.Create, Verb.Update, Verb.Patch);""")]
    [InlineData("""policy.Rule(Level.Request, "pods").Verbs(Verb.Create).Resources(Core.Pods, Core.Pods.Exec);""")]
    [InlineData("""policy.Rule(Level.Metadata, "core-writes").Verbs("create").Resources(Core.All);""")]
    public async Task Get_is_not_added_to_a_rule_that_matches_more_than_sessions(string rule)
    {
        var source = Policy($"""
            policy.OmitStages(Stage.RequestReceived);
            {rule}
            policy.Rule(Level.None, "catch-all");
            """);
        Assert.Empty(await CodeFixHarness.Titles(new SessionVerbsCodeFixProvider(), "PK1045", [source]));
        Assert.Null(await CodeFixHarness.TryFixAll(new SessionVerbsCodeFixProvider(), "PK1045", SessionVerbsCodeFixProvider.EquivalenceKey, source));
    }

    [Fact]
    public async Task Fix_all_without_an_equivalence_key_still_fixes_what_it_can()
    {
        // dotnet format takes the key from the actions of one diagnostic: here possibly "writes", which has none.
        var source = Policy("""
            policy.OmitStages(Stage.RequestReceived);
            policy.Rule(Level.Request, "writes").Verbs(Verb.Create, Verb.Update);
            policy.Rule(Level.Metadata, "sessions").Verbs(Verb.Create).Resources(Core.Pods.Exec, Core.Pods.Attach);
            policy.Rule(Level.Metadata, "catch-all");
            """);
        var result = await CodeFixHarness.TryFixAll(new SessionVerbsCodeFixProvider(), "PK1045", null!, source);
        Assert.NotNull(result);
        Assert.Equal(source.Replace("Verbs(Verb.Create).Resources", "Verbs(Verb.Create, Verb.Get).Resources"), result.Text);
    }

    [Fact]
    public async Task Get_is_not_added_where_it_would_make_a_later_rule_unreachable()
    {
        var source = Policy("""
            policy.OmitStages(Stage.RequestReceived);
            policy.Rule(Level.Metadata, "exec").Verbs(Verb.Create).Resources(Core.Pods.Exec);
            policy.Rule(Level.Request, "exec-websocket").Verbs(Verb.Get).Resources(Core.Pods.Exec);
            policy.Rule(Level.None, "catch-all");
            """);
        Assert.Empty(await CodeFixHarness.Titles(new SessionVerbsCodeFixProvider(), "PK1045", [source]));
    }
}
