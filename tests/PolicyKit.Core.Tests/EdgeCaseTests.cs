namespace PolicyKit.Tests;

/// <summary>Every numbered edge case of docs/semantics.md ("Edge cases"), one test each.</summary>
public class EdgeCaseTests
{
    private static readonly string[] Authenticated = ["system:authenticated"];

    private static AuditRequest Res(string verb, string resource, string sub = "", string group = "", string ns = "default", string name = "", string? user = "alice", string[]? groups = null)
        => AuditRequest.ForResource(user, groups ?? Authenticated, verb, group, resource, sub, ns, name);

    private static AuditRequest NonRes(string verb, string path, string? user = "alice")
        => AuditRequest.ForNonResource(user, Authenticated, verb, path);

    private static bool Matches(PolicyRule rule, AuditRequest request, KubernetesVersion? version = null)
        => new PolicyEvaluator(new Policy(new[] { rule }), version).Evaluate(request).RuleIndex == 0;

    private static PolicyRule Rule(params string[] resources) => new(Level.Metadata) { Resources = new[] { new GroupResources("", resources) } };

    [Fact]
    public void Edge01_star_is_literal_in_verbs_users_groups_namespaces_and_resourceNames()
    {
        Assert.False(Matches(new PolicyRule(Level.Metadata) { Verbs = new[] { "*" } }, Res("get", "pods")));
        Assert.False(Matches(new PolicyRule(Level.Metadata) { Users = new[] { "*" } }, Res("get", "pods")));
        Assert.False(Matches(new PolicyRule(Level.Metadata) { UserGroups = new[] { "*" } }, Res("get", "pods")));
        Assert.False(Matches(new PolicyRule(Level.Metadata) { Namespaces = new[] { "*" } }, Res("get", "pods")));
        Assert.False(Matches(new PolicyRule(Level.Metadata) { Resources = new[] { new GroupResources("", new[] { "pods" }, new[] { "*" }) } }, Res("get", "pods", name: "web")));
        // ...but it is a wildcard in resources and nonResourceURLs.
        Assert.True(Matches(Rule("*"), Res("get", "pods")));
        Assert.True(Matches(new PolicyRule(Level.Metadata) { NonResourceUrls = new[] { "*" } }, NonRes("get", "/healthz")));
        // A literal "*" verb matches a request whose verb really is "*" (nothing real sends one).
        Assert.True(Matches(new PolicyRule(Level.Metadata) { Verbs = new[] { "*" } }, Res("*", "pods")));
    }

    [Fact]
    public void Edge02_absent_group_is_the_core_group_only()
    {
        var rule = new PolicyRule(Level.Metadata) { Resources = new[] { new GroupResources(null, new[] { "deployments" }) } };
        Assert.False(Matches(rule, Res("get", "deployments", group: "apps")));
        Assert.True(Matches(rule, Res("get", "deployments", group: "")));
    }

    [Fact]
    public void Edge03_group_without_resources_matches_every_resource_and_ignores_resourceNames()
    {
        var rule = new PolicyRule(Level.Metadata) { Resources = new[] { new GroupResources("apps", default, new[] { "only-this" }) } };
        Assert.True(Matches(rule, Res("get", "deployments", group: "apps", name: "other")));
        Assert.True(Matches(rule, Res("update", "deployments", "scale", group: "apps", name: "other")));
        Assert.False(Matches(rule, Res("get", "pods")));
    }

    [Theory]
    [InlineData("pods", "pods", "", true)]
    [InlineData("pods", "pods", "log", false)]
    [InlineData("*", "pods", "log", true)]
    [InlineData("*", "pods", "", true)]
    [InlineData("pods/*", "pods", "log", true)]
    [InlineData("pods/*", "pods", "", true)]
    [InlineData("*/log", "pods", "log", true)]
    [InlineData("*/log", "pods", "", false)]
    [InlineData("*/log", "log", "", false)]
    [InlineData("*/*", "pods", "log", false)]
    [InlineData("*/*", "pods", "", false)]
    [InlineData("pods/log", "pods", "", false)]
    [InlineData("pods/log", "pods", "log", true)]
    [InlineData("pods/log", "pods", "exec", false)]
    public void Edge04_resource_patterns(string pattern, string resource, string subresource, bool matches)
        => Assert.Equal(matches, Matches(Rule(pattern), Res("get", resource, subresource)));

    [Fact]
    public void Edge05_resourceNames_compare_against_the_url_name_only()
    {
        var rule = new PolicyRule(Level.Metadata) { Resources = new[] { new GroupResources("", new[] { "configmaps", "pods/log" }, new[] { "aws-auth", "web" }) } };
        Assert.True(Matches(rule, Res("get", "configmaps", name: "aws-auth")));
        Assert.False(Matches(rule, Res("list", "configmaps")));
        Assert.False(Matches(rule, Res("watch", "configmaps")));
        Assert.False(Matches(rule, Res("deletecollection", "configmaps")));
        // A create carries no name in its URL; the name in the body is never seen by the policy.
        var create = AuditRequest.FromEvent("alice", Authenticated, "create", "/api/v1/namespaces/kube-system/configmaps", true, "kube-system", "", "configmaps", "", "aws-auth");
        Assert.Equal("", create.Name);
        Assert.False(Matches(rule, create));
        // list with fieldSelector=metadata.name=X carries the name.
        Assert.True(Matches(rule, Res("list", "configmaps", name: "aws-auth")));
        // Subresource requests use the parent object's name.
        Assert.True(Matches(rule, Res("get", "pods", "log", name: "web")));
    }

    [Fact]
    public void Edge06_namespaces_only_rule_matches_every_resource_request_there_and_no_non_resource_request()
    {
        var rule = new PolicyRule(Level.Metadata) { Namespaces = new[] { "kube-system" } };
        Assert.True(Matches(rule, Res("get", "deployments", group: "apps", ns: "kube-system")));
        Assert.True(Matches(rule, Res("get", "anything", group: "example.com", ns: "kube-system")));
        Assert.False(Matches(rule, Res("get", "pods", ns: "default")));
        Assert.False(Matches(rule, NonRes("get", "/healthz")));
        var everything = new PolicyRule(Level.Metadata);
        Assert.True(Matches(everything, Res("get", "pods")));
        Assert.True(Matches(everything, NonRes("get", "/healthz")));
    }

    [Fact]
    public void Edge07_namespace_objects_get_has_the_namespace_list_is_cluster_scoped()
    {
        var get = AuditRequest.FromEvent("alice", Authenticated, "get", "/api/v1/namespaces/kube-system", true, "kube-system", "", "namespaces", "", "kube-system");
        var list = AuditRequest.FromEvent("alice", Authenticated, "list", "/api/v1/namespaces", true, null, "", "namespaces", "", null);
        var kubeSystem = new PolicyRule(Level.Metadata) { Namespaces = new[] { "kube-system" } };
        var clusterScoped = new PolicyRule(Level.Metadata) { Namespaces = new[] { "" } };
        Assert.True(Matches(kubeSystem, get));
        Assert.False(Matches(kubeSystem, list));
        Assert.True(Matches(clusterScoped, list));
    }

    [Fact]
    public void Edge08_non_resource_verbs_are_lower_case_http_methods()
    {
        var rule = new PolicyRule(Level.Metadata) { Verbs = new[] { "get" }, NonResourceUrls = new[] { "/healthz" } };
        Assert.True(Matches(rule, NonRes("get", "/healthz")));
        Assert.False(Matches(rule, NonRes("GET", "/healthz")));
        Assert.False(Matches(rule, NonRes("post", "/healthz")));
        // Discovery paths are non-resource requests: a resources rule never matches them.
        Assert.False(Matches(Rule("*"), NonRes("get", "/apis/apps/v1")));
    }

    [Fact]
    public void Edge09_exec_over_websocket_arrives_as_get()
    {
        var createOnly = new PolicyRule(Level.RequestResponse) { Verbs = new[] { "create" }, Resources = new[] { new GroupResources("", new[] { "pods/exec" }) } };
        Assert.True(Matches(createOnly, Res("create", "pods", "exec", name: "web")));
        Assert.False(Matches(createOnly, Res("get", "pods", "exec", name: "web")));
    }

    [Theory]
    [InlineData("/healthz*", "/healthzfoo", true)]
    [InlineData("/api*", "/apis/apps/v1", true)]
    [InlineData("/healthz", "/healthz/", false)]
    [InlineData("/healthz/*", "/healthz", false)]
    [InlineData("/healthz/*", "/healthz/ready", true)]
    [InlineData("/healthz**", "/healthz", true)]
    [InlineData("*", "/anything", true)]
    public void Edge10_non_resource_url_prefixes(string spec, string path, bool matches)
        => Assert.Equal(matches, Matches(new PolicyRule(Level.Metadata) { NonResourceUrls = new[] { spec } }, NonRes("get", path)));

    [Fact]
    public void Edge10_path_excludes_the_query_string()
    {
        var r = AuditRequest.FromEvent("alice", Authenticated, "get", "/healthz?verbose=1", false, null, null, null, null, null);
        Assert.Equal("/healthz", r.Path);
        Assert.True(Matches(new PolicyRule(Level.Metadata) { NonResourceUrls = new[] { "/healthz" } }, r));
    }

    [Fact]
    public void Edge11_no_user_fails_every_users_and_userGroups_rule_anonymous_is_a_user()
    {
        var noUser = AuditRequest.FromEvent(null, null, "get", "/api/v1/pods", true, null, "", "pods", null, null);
        Assert.False(noUser.HasUser);
        Assert.False(Matches(new PolicyRule(Level.Metadata) { Users = new[] { "" } }, noUser));
        Assert.False(Matches(new PolicyRule(Level.Metadata) { UserGroups = new[] { "system:unauthenticated" } }, noUser));
        Assert.True(Matches(new PolicyRule(Level.Metadata), noUser));
        var anonymous = Res("get", "pods", user: "system:anonymous", groups: ["system:unauthenticated"]);
        Assert.True(Matches(new PolicyRule(Level.Metadata) { UserGroups = new[] { "system:unauthenticated" } }, anonymous));
        // A user with an empty username is no user.
        Assert.False(AuditRequest.FromEvent("", ["g"], "get", "/x", false, null, null, null, null, null).HasUser);
    }

    [Fact]
    public void Edge12_everything_is_case_sensitive_and_exact()
    {
        Assert.False(Matches(new PolicyRule(Level.Metadata) { Users = new[] { "Alice" } }, Res("get", "pods")));
        Assert.False(Matches(Rule("Pods"), Res("get", "pods")));
        Assert.False(Matches(new PolicyRule(Level.Metadata) { Namespaces = new[] { "Default" } }, Res("get", "pods")));
        Assert.False(Matches(new PolicyRule(Level.Metadata) { Resources = new[] { new GroupResources("Apps") } }, Res("get", "deployments", group: "apps")));
        Assert.False(Matches(new PolicyRule(Level.Metadata) { NonResourceUrls = new[] { "/HEALTHZ" } }, NonRes("get", "/healthz")));
    }

    [Fact]
    public void Edge13_users_and_groups_are_the_authenticated_callers_not_the_impersonated()
    {
        // The event's user is the caller; impersonatedUser never reaches the policy.
        var request = AuditRequest.FromEvent("system:admin", ["system:masters"], "list", "/api/v1/namespaces/default/pods", true, "default", "", "pods", null, null);
        Assert.True(Matches(new PolicyRule(Level.Metadata) { Users = new[] { "system:admin" } }, request));
        Assert.False(Matches(new PolicyRule(Level.Metadata) { Users = new[] { "bob" } }, request));
    }

    [Fact]
    public void Edge14_none_is_a_decision_that_stops_the_search()
    {
        var policy = new Policy(new[] { new PolicyRule(Level.None) { Verbs = new[] { "get" } }, new PolicyRule(Level.RequestResponse) })
        {
            OmitStages = Stages.RequestReceived,
        };
        var decision = new PolicyEvaluator(policy).Evaluate(Res("get", "secrets"));
        Assert.Equal(Level.None, decision.Level);
        Assert.Equal(0, decision.Rule);
        Assert.Equal(Stages.RequestReceived, decision.OmitStages);
    }

    [Fact]
    public void Edge15_long_running_requests_are_decided_like_any_other()
    {
        var rule = new PolicyRule(Level.Metadata) { Verbs = new[] { "watch" }, Resources = new[] { new GroupResources("", new[] { "pods" }) } };
        Assert.True(Matches(rule, Res("watch", "pods")));
        Assert.False(Matches(rule, Res("get", "pods", "log", name: "web")));
    }

    [Fact]
    public void Group_star_is_a_wildcard_from_1_36_only()
    {
        var rule = new PolicyRule(Level.Metadata) { Resources = new[] { new GroupResources("*", new[] { "deployments" }) } };
        Assert.True(Matches(rule, Res("get", "deployments", group: "apps"), new KubernetesVersion(1, 36)));
        Assert.True(Matches(rule, Res("get", "deployments", group: ""), new KubernetesVersion(1, 36)));
        Assert.False(Matches(rule, Res("get", "deployments", group: "apps"), new KubernetesVersion(1, 35)));
        Assert.True(Matches(rule, Res("get", "deployments", group: "*"), new KubernetesVersion(1, 29)));
    }

    [Fact]
    public void No_match_gives_None_with_the_policy_stages_and_managed_fields()
    {
        var policy = new Policy(new[] { new PolicyRule(Level.Metadata) { Verbs = new[] { "create" } } })
        {
            OmitStages = Stages.RequestReceived | Stages.Panic,
            OmitManagedFields = true,
        };
        var decision = new PolicyEvaluator(policy).Evaluate(Res("get", "pods"));
        Assert.Equal(new AuditDecision(Level.None, Stages.RequestReceived | Stages.Panic, true, -1), decision);
        Assert.Null(decision.Rule);
    }

    [Fact]
    public void Matching_rule_unions_stages_and_overrides_managed_fields_only_when_set()
    {
        var policy = new Policy(new[]
        {
            new PolicyRule(Level.Request) { Verbs = new[] { "create" }, OmitStages = Stages.ResponseStarted, OmitManagedFields = false },
            new PolicyRule(Level.Metadata) { OmitStages = Stages.RequestReceived },
        })
        {
            OmitStages = Stages.RequestReceived,
            OmitManagedFields = true,
        };
        var evaluator = new PolicyEvaluator(policy);
        Assert.Equal(new AuditDecision(Level.Request, Stages.RequestReceived | Stages.ResponseStarted, false, 0), evaluator.Evaluate(Res("create", "pods")));
        Assert.Equal(new AuditDecision(Level.Metadata, Stages.RequestReceived, true, 1), evaluator.Evaluate(Res("get", "pods")));
    }

    [Fact]
    public void A_resource_rule_never_consults_its_nonResourceURLs()
    {
        // Invalid upstream, but the checker's behaviour is defined: the resource test alone decides.
        var rule = new PolicyRule(Level.Metadata) { Namespaces = new[] { "default" }, NonResourceUrls = new[] { "/healthz" } };
        Assert.True(Matches(rule, Res("get", "pods")));
        Assert.False(Matches(rule, NonRes("get", "/healthz")));
    }
}
