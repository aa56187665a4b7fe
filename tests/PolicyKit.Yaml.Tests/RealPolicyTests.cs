using PolicyKit.Diagnostics;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Tests;

/// <summary>The real policies from distributions (tests/fixtures/policies) through the reader, validator and writer.</summary>
public class RealPolicyTests
{
    public static TheoryData<string> AllPolicies() => new(Fixtures.Policies().Select(Path.GetFileName)!);

    private static readonly string[] RemovedApiVersion = ["eks-best-practices-guide.yaml", "openshift-legacy-default.yaml"];
    private static readonly string[] ResourceTypo = ["openshift-allrequestbodies.yaml", "openshift-writerequestbodies.yaml"];

    [Theory]
    [MemberData(nameof(AllPolicies))]
    public void Read_write_read_gives_an_equal_model(string file)
    {
        var first = PolicyYamlReader.ReadFile(Fixtures.Policy(file));
        Assert.NotNull(first.Policy);
        var yaml = PolicyYamlWriter.Write(first.Policy!);
        var second = PolicyYamlReader.Read(yaml);
        Assert.DoesNotContain(second.Findings, f => f.Severity == Severity.Error && f.Id != PolicyFinding.Upstream);
        Assert.Equal(first.Policy, second.Policy);
        Assert.Equal(yaml, PolicyYamlWriter.Write(second.Policy!));
    }

    [Theory]
    [MemberData(nameof(AllPolicies))]
    public void V1_policies_without_typos_validate(string file)
    {
        if (RemovedApiVersion.Contains(file) || ResourceTypo.Contains(file))
        {
            return;
        }
        var document = PolicyYamlReader.ReadFile(Fixtures.Policy(file));
        Assert.True(document.IsValid, string.Join("\n", document.Findings.Select(f => f.Format(file))));
        Assert.Equal("audit.k8s.io/v1", document.ApiVersion);
    }

    [Theory]
    [InlineData("eks-best-practices-guide.yaml")]
    [InlineData("openshift-legacy-default.yaml")]
    public void V1beta1_policies_are_refused_with_how_to_fix(string file)
    {
        var document = PolicyYamlReader.ReadFile(Fixtures.Policy(file));
        Assert.False(document.IsValid);
        var f = Assert.Single(document.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(DiagnosticIds.RemovedApiVersion, f.Id);
        Assert.Equal(new SourceLocation(2, 13), f.Location);
        Assert.Contains("audit.k8s.io/v1beta1 was removed in Kubernetes 1.24", f.Message);
        Assert.Contains("apiVersion: audit.k8s.io/v1'", f.Message);
        // The rules are still read, so lint can analyse them.
        Assert.NotNull(document.Policy);
        Assert.NotEmpty(document.Policy!.Rules);
    }

    [Theory]
    [InlineData("openshift-allrequestbodies.yaml")]
    [InlineData("openshift-writerequestbodies.yaml")]
    public void OpenShift_resource_typo_is_reported_at_its_line_with_what_the_apiserver_does(string file)
    {
        var document = PolicyYamlReader.ReadFile(Fixtures.Policy(file));
        var f = Assert.Single(document.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(DiagnosticIds.DroppedField, f.Id);
        Assert.Equal(new SourceLocation(38, 5), f.Location);
        Assert.Equal("rules[2].resources[4].resource", f.Path);
        Assert.Equal(2, f.RuleIndex);
        Assert.Contains("did you mean \"resources\"", f.Message);
        Assert.Contains("the apiserver drops it; the entry then matches every resource of its group", f.Message);
        // The model is what the apiserver runs: the entry without resources.
        var entry = document.Policy!.Rules[2].Resources[4];
        Assert.True(entry.Resources.IsEmpty);
    }

    [Fact]
    public void Gke_policy_reads_as_written()
    {
        var policy = PolicyYamlReader.ReadFile(Fixtures.Policy("gke-gce-default.yaml")).Policy!;
        Assert.Equal(17, policy.Rules.Count);
        Assert.Equal(new[] { "system:kube-proxy" }, policy.Rules[0].Users);
        Assert.Equal(new[] { "endpoints", "services", "services/status" }, policy.Rules[0].Resources[0].Resources);
        Assert.Equal(Level.Metadata, policy.Rules[16].Level);
        Assert.Equal(Stages.RequestReceived, policy.Rules[16].OmitStages);
        Assert.Equal(18, policy.Rules[15].Resources.Count);
    }
}
