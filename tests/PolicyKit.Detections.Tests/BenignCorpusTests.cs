using PolicyKit.Detections;
using PolicyKit.Detections.Runtime;

namespace PolicyKit.Tests;

/// <summary>
/// The pack stays quiet on everyday cluster traffic: the RequestResponse-level corpus of
/// tests/fixtures/events/benign-requestresponse (DaemonSet rollouts of CNI and monitoring charts with
/// their controller-made pods, kubelet secret reads, cert-manager, Argo CD syncs, kubeadm upgrades,
/// rollout restarts, operator permission checks, OIDC discovery, 404s, dry runs) and the benign real logs.
/// </summary>
public class BenignCorpusTests
{
    public static TheoryData<string> BenignFiles()
        => new(Directory.GetFiles(Fixtures.Path("events", "benign-requestresponse"), "*.jsonl").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(BenignFiles))]
    public void The_pack_raises_nothing_on_benign_traffic(string file)
    {
        var path = Fixtures.Path("events", "benign-requestresponse", file);
        var events = 0;
        Assert.Empty(PolicyKit.Events.Reading.EventText.ForEachInFile(path, _ => events++));
        Assert.True(events > 0);
        Assert.Empty(RuleTesting.Alerts(BuiltInDetections.Detections, path));
    }

    [Fact]
    public void Without_the_node_agents_exception_the_rollouts_would_alert()
    {
        // The corpus is not quiet by accident: it is the pack's exception that excuses the node agents.
        var stripped = BuiltInDetections.Detections.Select(r => new DetectionRule(r.Info with { Exceptions = default }, r.Compiled));
        var alerts = RuleTesting.Alerts(stripped, Fixtures.Path("events", "benign-requestresponse", "daemonset-rollouts.jsonl"));
        Assert.Contains("privileged-container", alerts);
        Assert.Contains("sensitive-host-path", alerts);
        Assert.Contains("host-namespaces", alerts);
        // Only the template writes: the daemon-set controller's 11 pods raise nothing either way.
        Assert.Equal(5, alerts.Count(a => a == "host-namespaces"));
    }
}
