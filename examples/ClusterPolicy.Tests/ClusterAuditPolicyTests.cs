using ClusterPolicy;
using PolicyKit;
using PolicyKit.Validation;

namespace ClusterPolicy.Tests;

/// <summary>What the production audit policy promises, as tests against the compiled policy.</summary>
public class ClusterAuditPolicyTests
{
    private static readonly string[] Developers = ["developers", "system:authenticated"];

    private static AuditDecision Decide(string user, string[] groups, string verb, string group, string resource, string subresource = "", string ns = "default", string name = "")
        => ClusterAuditPolicy.Evaluate(AuditRequest.ForResource(user, groups, verb, group, resource, subresource, ns, name));

    [Fact]
    public void The_apiserver_would_load_it()
        => Assert.DoesNotContain(PolicyValidator.Validate(ClusterAuditPolicy.Model), f => f.Severity == Severity.Error);

    [Fact]
    public void Kube_proxy_watching_endpoints_is_not_logged()
        => Assert.Equal(Level.None, Decide(Users.KubeProxy, ["system:authenticated"], "watch", "", "endpoints", ns: "").Level);

    [Theory]
    [InlineData("create")]
    [InlineData("get")]
    public void Kubectl_exec_by_anyone_is_logged_at_metadata_whatever_the_transport(string verb)
    {
        var decision = Decide("alice", Developers, verb, "", "pods", "exec", name: "web-0");
        Assert.Equal(Level.Metadata, decision.Level);
        Assert.Equal("pod-sessions", ClusterAuditPolicy.Model.Rules[decision.RuleIndex].Name);
    }

    [Theory]
    [InlineData("get")]
    [InlineData("list")]
    [InlineData("create")]
    [InlineData("update")]
    [InlineData("delete")]
    public void Secrets_are_never_logged_with_their_bodies(string verb)
        => Assert.Equal(Level.Metadata, Decide("alice", Developers, verb, "", "secrets", name: verb is "list" or "create" ? "" : "db-password").Level);

    [Fact]
    public void Token_requests_are_metadata_only()
        => Assert.Equal(Level.Metadata, Decide("alice", Developers, "create", "", "serviceaccounts", "token", name: "builder").Level);

    [Fact]
    public void Deployment_changes_are_logged_with_request_and_response()
        => Assert.Equal(Level.RequestResponse, Decide("alice", Developers, "patch", "apps", "deployments", name: "web").Level);

    [Fact]
    public void Reads_of_known_apis_are_logged_without_responses()
        => Assert.Equal(Level.Request, Decide("alice", Developers, "list", "apps", "deployments").Level);

    [Fact]
    public void Custom_resources_fall_to_the_catch_all()
    {
        var decision = Decide("alice", Developers, "create", "example.com", "widgets");
        Assert.Equal(Level.Metadata, decision.Level);
        Assert.Equal(ClusterAuditPolicy.Model.Rules.Count - 1, decision.RuleIndex);
    }

    [Fact]
    public void Health_checks_are_not_logged_but_other_urls_are()
    {
        Assert.Equal(Level.None, ClusterAuditPolicy.Evaluate(AuditRequest.ForNonResource("system:anonymous", ["system:unauthenticated"], "get", "/healthz/ready")).Level);
        Assert.Equal(Level.Metadata, ClusterAuditPolicy.Evaluate(AuditRequest.ForNonResource("alice", Developers, "get", "/metrics")).Level);
    }

    [Fact]
    public void Failed_authentication_is_still_recorded()
    {
        // No user: no users/userGroups rule applies, and ResponseStarted (where such events are written) is kept.
        var decision = ClusterAuditPolicy.Evaluate(AuditRequest.ForResource(null, null, "list", "", "secrets"));
        Assert.Equal(Level.Metadata, decision.Level);
        Assert.False(decision.OmitStages.Contains(Stage.ResponseStarted));
    }

    [Fact]
    public void Every_event_omits_request_received()
        => Assert.True(Decide("alice", Developers, "get", "", "pods").OmitStages.Contains(Stage.RequestReceived));

    [Fact]
    public void The_yaml_names_each_rule()
    {
        Assert.StartsWith("# yaml-language-server: $schema=", ClusterAuditPolicy.Yaml);
        Assert.Contains("  # pod-sessions\n  - level: Metadata\n", ClusterAuditPolicy.Yaml);
    }
}
