using System.Reflection;
using PolicyKit;
using PolicyKit.Validation;

namespace Company.AuditPolicy.Tests;

/// <summary>What the audit policy promises, as tests against the compiled policy.</summary>
public class AuditPolicyTests
{
    private static readonly string[] Developers = ["developers", "system:authenticated"];

    private static AuditDecision Decide(string user, string[] groups, string verb, string group, string resource, string subresource = "", string ns = "default", string name = "")
        => AuditPolicy.Evaluate(AuditRequest.ForResource(user, groups, verb, group, resource, subresource, ns, name));

    [Fact]
    public void The_apiserver_would_load_it()
        => Assert.DoesNotContain(PolicyValidator.Validate(AuditPolicy.Model), f => f.Severity == Severity.Error);

    [Fact]
    public void The_compiled_policy_is_the_one_Define_builds_at_run_time()
    {
        var define = typeof(AuditPolicy).GetMethod("Define", BindingFlags.NonPublic | BindingFlags.Static)!;
        Assert.Equal(PolicyBuilder.Build(b => define.Invoke(null, [b])), AuditPolicy.Model);
    }

    [Theory]
    [InlineData("create")]
    [InlineData("get")]
    public void Kubectl_exec_by_anyone_is_logged_at_metadata(string verb)
    {
        var decision = Decide("alice", Developers, verb, "", "pods", "exec", name: "web-0");
        Assert.Equal(Level.Metadata, decision.Level);
        Assert.Equal("pod-sessions", AuditPolicy.Model.Rules[decision.RuleIndex].Name);
    }

    [Theory]
    [InlineData("get")]
    [InlineData("update")]
    public void Secrets_are_never_logged_with_their_bodies(string verb)
        => Assert.Equal(Level.Metadata, Decide("alice", Developers, verb, "", "secrets", name: "db-password").Level);

    [Fact]
    public void Deployment_changes_are_logged_with_request_and_response()
        => Assert.Equal(Level.RequestResponse, Decide("alice", Developers, "patch", "apps", "deployments", name: "web").Level);

    [Fact]
    public void Kube_proxy_watching_endpoints_is_not_logged()
        => Assert.Equal(Level.None, Decide(Users.KubeProxy, ["system:authenticated"], "watch", "", "endpoints", ns: "").Level);
}
