using PolicyKit.Detection;
using PolicyKit.Detections;
using PolicyKit.Detections.Runtime;
using PolicyKit.Detections.Tuning;

namespace PolicyKit.Tests;

/// <summary>Tuning without copying rules: exceptions from a file, windows, enable/disable, and located errors for every typo.</summary>
public class DetectionTuningTests
{
    private const string PrivilegedPod = """
        {"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Request","auditID":"a1","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/gpu-operator/pods","verb":"create","user":{"username":"system:serviceaccount:gpu-operator:gpu-operator","groups":["system:authenticated"]},"sourceIPs":["10.0.3.4"],"objectRef":{"resource":"pods","namespace":"gpu-operator","name":"driver","apiVersion":"v1"},"responseStatus":{"code":201},"requestObject":{"kind":"Pod","metadata":{"name":"driver","ownerReferences":[{"kind":"DaemonSet","name":"nvidia-driver","controller":true}]},"spec":{"containers":[{"name":"d","image":"nvcr.io/nvidia/driver:550","securityContext":{"privileged":true}}]}}}
        """;

    private static IReadOnlyList<DetectionRule> Tuned(string yaml) => DetectionTuningFile.Parse(yaml, "tuning.yaml").Apply(BuiltInDetections.Detections).Rules;

    [Fact]
    public void An_exception_from_a_file_quiets_exactly_what_it_describes()
    {
        Assert.True(RuleTesting.FiresOnJson(BuiltInDetections.Detections, "privileged-container", PrivilegedPod));
        var rules = Tuned("""
            exceptions:
              - rule: privileged-container
                name: gpu-driver
                namespace: gpu-operator
                image: ["nvcr.io/nvidia/*"]
                ownerKind: [DaemonSet]
                sourceIP: [10.0.0.0/16]
            """);
        Assert.False(RuleTesting.FiresOnJson(rules, "privileged-container", PrivilegedPod));
        // Another namespace, image, owner or address: the exception does not hold.
        Assert.True(RuleTesting.FiresOnJson(rules, "privileged-container", PrivilegedPod.Replace("\"namespace\":\"gpu-operator\"", "\"namespace\":\"shop\"")));
        Assert.True(RuleTesting.FiresOnJson(rules, "privileged-container", PrivilegedPod.Replace("nvcr.io/nvidia/driver", "docker.io/evil/driver")));
        Assert.True(RuleTesting.FiresOnJson(rules, "privileged-container", PrivilegedPod.Replace("\"kind\":\"DaemonSet\"", "\"kind\":\"Job\"")));
        Assert.True(RuleTesting.FiresOnJson(rules, "privileged-container", PrivilegedPod.Replace("10.0.3.4", "10.1.3.4")));
    }

    [Fact]
    public void An_image_exception_needs_every_container_to_match()
    {
        var rules = Tuned("exceptions: [{rule: privileged-container, name: gpu, image: 'nvcr.io/*'}]");
        var withSidecar = PrivilegedPod.Replace("\"containers\":[{", "\"containers\":[{\"name\":\"x\",\"image\":\"alpine\"},{");
        Assert.True(RuleTesting.FiresOnJson(rules, "privileged-container", withSidecar));
    }

    [Fact]
    public void Windows_and_selection_are_applied()
    {
        var rules = Tuned("""
            windows:
              forbidden-burst: {threshold: 50, windowSeconds: 120}
            disable: ["tag:network", pod-exec]
            """);
        var burst = rules.Single(r => r.Id == "forbidden-burst").Info.Window!;
        Assert.Equal((50, 120), (burst.Threshold, burst.WindowSeconds));
        Assert.DoesNotContain(rules, r => r.Id is "pod-exec" or "service-exposed" or "ingress-without-tls");
        Assert.Equal(["secrets-dump"], Tuned("enable: [secrets-dump]").Select(r => r.Id));
    }

    [Theory]
    [InlineData("exceptions:\n  - rule: privileged-containr\n    name: x\n    user: a", "tuning.yaml:2:5: no rule \"privileged-containr\"; did you mean \"privileged-container\"?")]
    [InlineData("exceptions:\n  - rule: privileged-container\n    name: x\n    imge: a", "tuning.yaml:4:5: unknown key \"imge\"; did you mean \"image\"?")]
    [InlineData("exceptions:\n  - rule: privileged-container\n    name: x", "tuning.yaml:2:5: exception \"x\" sets no field")]
    [InlineData("exceptions:\n  - rule: privileged-container\n    name: x\n    sourceIP: [10.0.0.0/33]", "tuning.yaml:4:16: sourceIP: \"10.0.0.0/33\" is no IP address or CIDR")]
    [InlineData("allow:\n  secret-reader: [velero]", "tuning.yaml:2:19: no allow-list \"secret-reader\"; did you mean \"secret-readers\"?")]
    [InlineData("windows:\n  pod-exec: {threshold: 5}", "tuning.yaml:2:13: rule pod-exec is not windowed")]
    [InlineData("disable: [tag:netwrk]", "tuning.yaml:1:11: no tag \"netwrk\"; did you mean \"network\"?")]
    [InlineData("exceptions: {rule: x}", "tuning.yaml:1:13: exceptions must be a list")]
    [InlineData("exceptions: [", "tuning.yaml:2:1: not YAML")]
    public void Mistakes_are_located_errors(string yaml, string expected)
    {
        var error = Assert.Throws<DetectionTuningException>(() => Tuned(yaml));
        Assert.StartsWith(expected, error.Message);
    }

    [Fact]
    public void The_packs_exceptions_are_in_the_IR()
    {
        var rule = BuiltInDetections.Detections.Single(r => r.Id == "privileged-container");
        var agents = Assert.Single(rule.Info.Exceptions);
        Assert.Equal("node-agents", agents.Name);
        Assert.Contains(agents.Conditions, c => c.Field == ExceptionField.Image && c.Values.Contains("docker.io/calico/*"));
        Assert.Contains("workload", rule.Info.Tags);
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.200.1.1", true)]
    [InlineData("10.0.0.0/8", "11.0.0.1", false)]
    [InlineData("192.0.2.7", "192.0.2.7", true)]
    [InlineData("10.0.0.0/8", "::ffff:10.1.2.3", true)]
    [InlineData("fd00::/8", "fd12::1", true)]
    [InlineData("fd00::/8", "10.0.0.1", false)]
    [InlineData("10.0.0.0/8", "not-an-ip", false)]
    public void Address_ranges(string range, string address, bool expected)
    {
        Assert.True(AddressRange.TryParse(range, out var r));
        Assert.Equal(expected, r.Contains(address));
    }
}
