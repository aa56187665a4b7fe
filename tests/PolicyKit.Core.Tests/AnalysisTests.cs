using PolicyKit.Analysis;
using PolicyKit.Validation;

namespace PolicyKit.Tests;

/// <summary>One test per analysis finding: what triggers it, what does not, and the witness it shows.</summary>
public class AnalysisTests
{
    private static EquatableArray<string> L(params string[] items) => new(items);

    private static GroupResources G(string group, params string[] resources) => new(group, L(resources));

    private static PolicyRule R(Level level, string[]? users = null, string[]? groups = null, string[]? verbs = null,
        GroupResources[]? resources = null, string[]? namespaces = null, string[]? urls = null, Stages omit = Stages.None)
        => new(level)
        {
            Users = L(users ?? []),
            UserGroups = L(groups ?? []),
            Verbs = L(verbs ?? []),
            Resources = new EquatableArray<GroupResources>(resources ?? []),
            Namespaces = L(namespaces ?? []),
            NonResourceUrls = L(urls ?? []),
            OmitStages = omit,
        };

    /// <summary>A policy that omits RequestReceived and ends in a Metadata catch-all unless told otherwise, so only the finding under test shows.</summary>
    private static Policy P(params PolicyRule[] rules) => new(new EquatableArray<PolicyRule>(rules)) { OmitStages = Stages.RequestReceived };

    private static readonly PolicyRule CatchAll = R(Level.Metadata);

    private static List<PolicyFinding> Findings(Policy policy, string id, KubernetesVersion? version = null)
        => PolicyAnalysis.Analyze(policy, version).Where(f => f.Id == id).ToList();

    [Fact]
    public void PK1001_a_rule_covered_by_the_union_of_two_earlier_rules()
    {
        var policy = P(
            R(Level.None, verbs: ["get", "list"]),
            R(Level.Request, verbs: ["watch"], resources: [G("", "pods")]),
            R(Level.RequestResponse, verbs: ["get", "watch"], resources: [G("", "pods")]),
            CatchAll);
        var f = Assert.Single(Findings(policy, "PK1001"));
        Assert.Equal(2, f.RuleIndex);
        Assert.Equal([0, 1], f.Related.AsArray());
        Assert.Contains("rule 0 and rule 1 together", f.Message);
    }

    [Fact]
    public void PK1001_pods_slash_star_covers_the_bare_resource_but_not_the_reverse()
    {
        Assert.Equal(1, Assert.Single(Findings(P(R(Level.None, resources: [G("", "pods/*")]), R(Level.Metadata, resources: [G("", "pods")]), CatchAll), "PK1001")).RuleIndex);
        var witnesses = PolicyAnalysis.Witnesses(P(R(Level.None, resources: [G("", "pods")]), R(Level.Metadata, resources: [G("", "pods/*")]), CatchAll));
        Assert.True(witnesses[1].Reachable);
        Assert.Equal("pods", witnesses[1].Witness!.Value.Resource);
        Assert.NotEqual("", witnesses[1].Witness!.Value.Subresource);
    }

    [Fact]
    public void PK1001_prefix_urls_cover_longer_ones_and_a_rule_with_dead_values_matches_nothing()
    {
        var policy = P(R(Level.None, urls: ["/healthz*"]), R(Level.Metadata, urls: ["/healthz/ready", "/healthzx*"]), R(Level.Metadata, verbs: ["get"], resources: [G("", "*/*")]), CatchAll);
        var found = Findings(policy, "PK1001");
        Assert.Equal([1, 2], found.Select(f => f.RuleIndex!.Value));
        Assert.Contains("matches no request at all", found[1].Message);
    }

    [Fact]
    public void Witnesses_prefer_an_authenticated_user_and_a_path_the_rule_names()
    {
        var w = PolicyAnalysis.Witnesses(P(R(Level.None, urls: ["/healthz"]), R(Level.Metadata, urls: ["/healthz*"]), CatchAll));
        Assert.True(w[1].Reachable);
        Assert.StartsWith("/healthz", w[1].Witness!.Value.Path);
        Assert.NotEqual("/healthz", w[1].Witness!.Value.Path);
        Assert.True(w[1].Witness!.Value.HasUser);
    }

    [Fact]
    public void PK1002_reported_when_later_rules_decide_the_same_but_not_for_a_final_catch_all_none()
    {
        var policy = P(R(Level.Metadata, users: ["alice"]), CatchAll);
        Assert.Equal(0, Assert.Single(Findings(policy, "PK1002")).RuleIndex);
        Assert.Empty(Findings(P(R(Level.Metadata, users: ["alice"]), R(Level.None)), "PK1002"));
        Assert.Empty(Findings(P(R(Level.Request, users: ["alice"]), CatchAll), "PK1002"));
        // Different stages at a level that records: not redundant.
        Assert.Empty(Findings(P(R(Level.Metadata, users: ["alice"], omit: Stages.ResponseStarted), CatchAll), "PK1002"));
    }

    [Fact]
    public void PK1002_names_three_takers_and_says_when_there_are_more()
    {
        var byVerb = new[] { "get", "list", "watch", "create" }.Select(v => R(Level.Metadata, users: ["alice"], verbs: [v]));
        var policy = P([R(Level.Metadata, users: ["alice"]), .. byVerb, CatchAll]);
        var f = Assert.Single(Findings(policy, "PK1002"), f => f.RuleIndex == 0);
        Assert.Contains("without it, rule 1, rule 2, rule 3 and other later rules would decide", f.Message);
        Assert.Equal([1, 2, 3], f.Related.AsArray());
    }

    [Fact]
    public void PK1002_stops_naming_after_64_later_rules_and_says_the_list_may_be_short()
    {
        // Rules 1..70 all overlap rule 0, but only rule 1 (and the catch-all) takes any of its requests.
        var copies = Enumerable.Range(0, 70).Select(_ => R(Level.Metadata, users: ["alice"], verbs: ["get"]));
        var policy = P([R(Level.Metadata, users: ["alice"]), .. copies, CatchAll]);
        var f = Assert.Single(Findings(policy, "PK1002"), f => f.RuleIndex == 0);
        Assert.Contains("without it, rule 1 and possibly other later rules would decide", f.Message);
        // With few enough later rules, the list is complete.
        var small = P([R(Level.Metadata, users: ["alice"]), .. copies.Take(5), CatchAll]);
        Assert.Contains("without it, rule 1 and rule 6 would decide", Assert.Single(Findings(small, "PK1002"), f => f.RuleIndex == 0).Message);
    }

    [Fact]
    public void PK1003_an_entry_that_earlier_rules_with_another_level_take_entirely()
    {
        var policy = P(R(Level.Metadata, resources: [G("", "secrets")]), R(Level.RequestResponse, resources: [G("", "secrets", "pods")]), CatchAll);
        var f = Assert.Single(Findings(policy, "PK1003"));
        Assert.Equal("rules[1].resources[0].resources[0]", f.Locator);
        Assert.Equal([0], f.Related.AsArray());
        Assert.Equal("secrets", f.Witness!.Value.Resource);
        // Taken by a rule of the same level: no change of outcome, no finding.
        Assert.Empty(Findings(P(R(Level.RequestResponse, resources: [G("", "secrets")]), R(Level.RequestResponse, resources: [G("", "secrets", "pods")]), CatchAll), "PK1003"));
    }

    [Fact]
    public void PK1010_per_level_and_verb()
    {
        string[] Resources(Policy p) => Findings(p, "PK1010").Select(f => f.Witness!.Value.Resource + "/" + f.Witness!.Value.Subresource).Order().ToArray();
        Assert.Equal(["configmaps/", "secrets/", "serviceaccounts/token", "tokenreviews/"], Resources(P(R(Level.RequestResponse))));
        Assert.Equal(["configmaps/", "secrets/", "tokenreviews/"], Resources(P(R(Level.Request))));
        Assert.Empty(Resources(P(R(Level.Request, verbs: ["get", "list", "watch", "delete"]))));
        Assert.Empty(Resources(P(R(Level.Metadata, resources: [G("", "secrets", "configmaps", "serviceaccounts/token"), G("authentication.k8s.io", "tokenreviews")]), R(Level.RequestResponse))));
        var f = Findings(P(R(Level.Request, verbs: ["update"])), "PK1010").First(f => f.Witness!.Value.Resource == "secrets");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("update", f.Witness!.Value.Verb);
        Assert.Equal("rules[0].level", f.Locator);
    }

    [Fact]
    public void PK1011_whole_groups_and_list_watch_of_high_volume_resources()
    {
        var whole = Findings(P(R(Level.Metadata, resources: [G("", "secrets", "configmaps")]), R(Level.RequestResponse, resources: [new GroupResources(""), new GroupResources("apps")]), CatchAll), "PK1011");
        Assert.Contains(whole, f => f.Message.Contains("2 groups"));
        Assert.Contains(whole, f => f.Message.Contains("list and watch on pods"));
        // One identity, or a Request-level rule over reads only, is not broad.
        Assert.Empty(Findings(P(R(Level.RequestResponse, users: ["ci"], resources: [new GroupResources("batch")]), CatchAll), "PK1011"));
        Assert.Empty(Findings(P(R(Level.Request, verbs: ["get", "list"], resources: [new GroupResources("")]), CatchAll), "PK1011"));
    }

    [Fact]
    public void PK1020_and_PK1021_name_the_rule_that_decides_at_none_with_a_witness()
    {
        var policy = P(R(Level.None, verbs: ["get"], resources: [G("", "secrets", "pods/exec")]), CatchAll);
        var secrets = Assert.Single(Findings(policy, "PK1020"));
        Assert.Equal(0, secrets.RuleIndex);
        Assert.Equal(("get", "secrets"), (secrets.Witness!.Value.Verb, secrets.Witness!.Value.Resource));
        var exec = Assert.Single(Findings(policy, "PK1021"));
        Assert.Equal("exec", exec.Witness!.Value.Subresource);
        Assert.Empty(Findings(P(CatchAll), "PK1021"));
    }

    [Fact]
    public void PK1030_and_PK1031()
    {
        Assert.Single(Findings(new Policy(new EquatableArray<PolicyRule>([CatchAll])), "PK1030"));
        Assert.Empty(Findings(P(CatchAll), "PK1030"));
        var gap = Assert.Single(Findings(P(R(Level.Metadata, resources: [G("", "pods")])), "PK1031"));
        Assert.Null(gap.RuleIndex);
        Assert.Empty(Findings(P(CatchAll), "PK1031"));
    }

    [Fact]
    public void PK1040_group_star_before_1_36()
    {
        var policy = P(R(Level.Request, resources: [G("*", "widgets")]), CatchAll);
        Assert.Equal("rules[0].resources[0].group", Assert.Single(Findings(policy, "PK1040", new KubernetesVersion(1, 35))).Locator);
        Assert.Empty(Findings(policy, "PK1040", new KubernetesVersion(1, 36)));
    }

    [Fact]
    public void PK1041_PK1042_PK1048_PK1049_rule_shapes()
    {
        Assert.Equal("rules[0].verbs[0]", Assert.Single(Findings(P(R(Level.None, verbs: ["*"]), CatchAll), "PK1041")).Locator);
        var names = new GroupResources("", L("secrets"), L("token"));
        Assert.Contains("list", Assert.Single(Findings(P(R(Level.None, verbs: ["get", "list"], resources: [names]), CatchAll), "PK1042")).Message);
        var verb = Assert.Single(Findings(P(R(Level.None, verbs: ["Get"], resources: [G("", "pods")]), CatchAll), "PK1048"));
        Assert.Equal("get", verb.Replacement);
        Assert.Single(Findings(P(R(Level.None, verbs: ["post"], resources: [G("", "pods")]), CatchAll), "PK1048"));
        Assert.Empty(Findings(P(R(Level.None, verbs: ["post"], urls: ["/api*"]), CatchAll), "PK1048"));
        Assert.Single(Findings(P(R(Level.None, users: ["system:nodes"]), CatchAll), "PK1049"));
        Assert.Single(Findings(P(R(Level.None, groups: ["system:serviceaccount:kube-system:x"]), CatchAll), "PK1049"));
    }

    [Fact]
    public void PK1043_catalog_names_near_misses_and_custom_groups()
    {
        var policy = P(R(Level.None, resources: [G("", "secret", "pods/exex", "pods/exec"), G("app", "deployments"), G("example.com", "widgets")]), CatchAll);
        var found = Findings(policy, "PK1043");
        Assert.Equal(3, found.Count);
        Assert.Equal("Core.Secrets", found.Single(f => f.Message.Contains("\"secret\"")).Replacement);
        Assert.Equal("Core.Pods.Exec", found.Single(f => f.Message.Contains("exex")).Replacement);
        Assert.Equal("apps", found.Single(f => f.Locator.EndsWith(".group")).Replacement);
    }

    [Fact]
    public void PK1044_namespaces_on_cluster_scoped_resources_and_bodies_of_urls()
    {
        var policy = P(R(Level.None, resources: [G("", "nodes", "namespaces", "pods")], namespaces: ["default"]), R(Level.Request, urls: ["/metrics"]), CatchAll);
        var found = Findings(policy, "PK1044");
        Assert.Equal(["rules[0].resources[0].resources[0]", "rules[1].level"], found.Select(f => f.Locator));
    }

    [Fact]
    public void PK1045_exec_limited_to_create()
    {
        Assert.Single(Findings(P(R(Level.Metadata, verbs: ["create"], resources: [G("", "pods/exec")]), CatchAll), "PK1045"));
        Assert.Empty(Findings(P(R(Level.Metadata, verbs: ["create", "get"], resources: [G("", "pods/exec")]), CatchAll), "PK1045"));
    }

    [Fact]
    public void PK1046_response_started_omitted_for_requests_without_a_user()
    {
        var policy = new Policy(new EquatableArray<PolicyRule>([CatchAll])) { OmitStages = Stages.RequestReceived | Stages.ResponseStarted };
        var f = Assert.Single(Findings(policy, "PK1046"));
        Assert.False(f.Witness!.Value.HasUser);
        Assert.Equal("omitStages", f.Locator);
        Assert.Empty(Findings(P(R(Level.Metadata, users: ["x"], omit: Stages.ResponseStarted), CatchAll), "PK1046"));
    }

    [Fact]
    public void A_500_rule_policy_is_analysed()
    {
        var policy = LargePolicy.Create(500);
        var findings = PolicyAnalysis.Analyze(policy);
        Assert.NotEmpty(findings);
        Assert.All(PolicyAnalysis.Witnesses(policy).Where(w => w.Reachable), w => Assert.Equal(w.Rule, new PolicyEvaluator(policy).Evaluate(w.Witness!.Value).RuleIndex));
    }

    [Fact]
    public void Review_regressions_create_on_subresources_group_star_below_1_36_and_real_session_verbs()
    {
        // create carries a name on pods/exec: resourceNames with pods/* and create are not dead.
        Assert.Empty(Findings(P(R(Level.None, verbs: ["create"], resources: [new GroupResources("", L("pods/*"), L("web"))]), CatchAll), "PK1042"));
        // A literal group "*" before 1.36 matches nothing: no over-broad finding for it.
        Assert.Empty(Findings(P(R(Level.RequestResponse, resources: [new GroupResources("*")], verbs: ["create"]), CatchAll), "PK1011", new KubernetesVersion(1, 35)));
        // Exec sessions are create or get: the gap's witness is one of those, never list.
        var gap = Assert.Single(Findings(P(R(Level.Metadata, verbs: ["create"], resources: [G("", "pods/exec")]), R(Level.None)), "PK1021"), f => f.Message.StartsWith("pods/exec"));
        Assert.Equal("get", gap.Witness!.Value.Verb);
    }
}
