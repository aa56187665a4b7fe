using PolicyKit.Detection;
using PolicyKit.Detections;
using static PolicyKit.Api;

namespace PolicyKit.Tests;

/// <summary>PK2010: detections the policy leaves blind for a request they target, with the witness and the deciding rule.</summary>
public class CoverageTests
{
    private static readonly IReadOnlyList<DetectionInfo> Pack = BuiltInDetections.Detections.Select(r => r.Info).ToList();

    private static IReadOnlyList<DetectionCoverageFinding> Check(Action<PolicyBuilder> define, params string[] ids)
        => DetectionCoverage.Check(PolicyBuilder.Build(define), Pack.Where(r => ids.Contains(r.Id)),
            resolve: r => CatalogIndex.GroupsOf(r).Select(g => (g.Group, g.Scope == ResourceScope.Namespaced)).ToList());

    [Fact]
    public void A_body_rule_is_reported_where_the_policy_logs_metadata_only()
    {
        var f = Assert.Single(Check(p =>
        {
            p.Rule(Level.Metadata, "pods-metadata").Resources(Core.Pods);
            p.Rule(Level.RequestResponse, "everything-else");
        }, "privileged-container"));
        Assert.Equal("privileged-container", f.RuleId);
        Assert.Equal("pods", f.Witness.Resource);
        Assert.Equal(Level.Metadata, f.Decision.Level);
        Assert.Equal(0, f.Decision.Rule);
        Assert.StartsWith("privileged-container reads requestObject of pods create, which rule 0 'pods-metadata' logs at Metadata", f.Message);
    }

    [Fact]
    public void A_policy_that_logs_every_body_leaves_no_rule_blind()
        => Assert.Empty(DetectionCoverage.Check(PolicyBuilder.Build(p => p.Rule(Level.RequestResponse)), Pack));

    [Fact]
    public void Patch_rules_need_response_bodies()
    {
        var f = Assert.Single(Check(p => p.Rule(Level.Request), "binding-to-admin"));
        Assert.Equal(Level.RequestResponse, f.Needed);
        Assert.Equal("patch", f.Witness.Verb);
    }

    [Fact]
    public void An_omitted_stage_blinds_the_rules_that_look_at_it()
    {
        var f = Assert.Single(Check(p =>
        {
            p.OmitStages(Stage.RequestReceived, Stage.ResponseStarted);
            p.Rule(Level.Metadata);
        }, "pod-exec", "secrets-dump"));
        Assert.Equal("pod-exec", f.RuleId);
        Assert.Contains("at stage ResponseStarted, which rule 0 omits", f.Message);
    }

    [Fact]
    public void Requests_the_rule_cannot_match_are_no_witnesses()
    {
        // secrets-dump ignores the control plane: not logging its secret lists blinds nothing.
        Assert.Empty(Check(p =>
        {
            p.Rule(Level.None, "controllers").Users("system:kube-controller-manager", "system:apiserver").Resources(Core.Secrets);
            p.Rule(Level.Metadata);
        }, "secrets-dump"));
        Assert.Single(Check(p =>
        {
            p.Rule(Level.None, "no-secrets").Resources(Core.Secrets);
            p.Rule(Level.Metadata);
        }, "secrets-dump"));
    }
}
