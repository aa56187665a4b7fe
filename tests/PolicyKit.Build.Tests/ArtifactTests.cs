using System.Text;
using ClusterPolicy;
using PolicyKit.Build.Artifacts;

namespace PolicyKit.Build.Tests;

public class ArtifactTests
{
    private static readonly PolicyRecord Record = new("cluster", "ClusterPolicy.ClusterAuditPolicy", "1.29", ClusterAuditPolicy.Model.Rules.Count, ClusterAuditPolicy.Yaml);

    private static ArtifactSettings Parse(Dictionary<string, string?> properties, List<string>? problems = null)
        => ArtifactSettings.Parse(properties, problems ?? []);

    [Fact]
    public void Defaults_meet_the_cis_minimums()
        => Assert.Equal(
            "--audit-policy-file=/etc/kubernetes/audit/audit-policy.yaml\n--audit-log-path=/var/log/kubernetes/audit/audit.log\n"
            + "--audit-log-maxage=30\n--audit-log-maxbackup=10\n--audit-log-maxsize=100\n",
            ApiServerFlags.Write(Parse([])));

    [Fact]
    public void Every_flag_value_is_a_property()
    {
        var s = Parse(new()
        {
            ["PolicyKitPolicyFile"] = "/srv/audit/p.yaml",
            ["PolicyKitAuditLogPath"] = "/logs/a.log",
            ["PolicyKitAuditLogMaxAge"] = "90",
            ["PolicyKitAuditLogMaxBackup"] = "20",
            ["PolicyKitAuditLogMaxSize"] = "200",
        });
        Assert.Equal("--audit-policy-file=/srv/audit/p.yaml\n--audit-log-path=/logs/a.log\n--audit-log-maxage=90\n--audit-log-maxbackup=20\n--audit-log-maxsize=200\n",
            ApiServerFlags.Write(s));
        Assert.Contains("hostPath: /logs\n", KubeadmPatch.Write(s));
    }

    [Theory]
    [InlineData("PolicyKitAuditLogMaxAge", "29")]
    [InlineData("PolicyKitAuditLogMaxBackup", "9")]
    [InlineData("PolicyKitAuditLogMaxSize", "1e3")]
    [InlineData("PolicyKitAuditLogMaxSize", "-100")]
    [InlineData("PolicyKitPolicyFile", "audit-policy.yaml")]
    [InlineData("PolicyKitAuditLogPath", "/var/log/\"x\"")]
    [InlineData("PolicyKitKubeadmApiVersion", "kubeadm.k8s.io/v1beta2")]
    [InlineData("PolicyKitAuditWebhookServer", "http://collector")]
    public void Weak_or_malformed_settings_are_problems(string name, string value)
    {
        var problems = new List<string>();
        Parse(new() { [name] = value }, problems);
        Assert.Contains(name, Assert.Single(problems));
    }

    [Fact]
    public void Kubeadm_v1beta4_lists_arguments_and_v1beta3_maps_them()
    {
        Assert.Contains("  extraArgs:\n    - name: audit-log-maxage\n      value: \"30\"\n", KubeadmPatch.Write(Parse([])).Replace("    - name: audit-policy-file\n      value: \"/etc/kubernetes/audit/audit-policy.yaml\"\n    - name: audit-log-path\n      value: \"/var/log/kubernetes/audit/audit.log\"\n", ""));
        var v1beta3 = KubeadmPatch.Write(Parse(new() { ["PolicyKitKubeadmApiVersion"] = KubeadmVersions.V1Beta3 }));
        Assert.StartsWith("apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n", v1beta3);
        Assert.Contains("    audit-log-maxage: \"30\"\n", v1beta3);
    }

    [Fact]
    public void The_kind_config_mounts_the_policy_and_sets_the_same_flags()
    {
        var kind = KindConfig.Write(Parse(new() { ["PolicyKitKindNodeImage"] = "kindest/node:v1.33.1" }), "cluster");
        Assert.Contains("    image: kindest/node:v1.33.1\n", kind);
        Assert.Contains("      - hostPath: ./audit-policy.yaml\n        containerPath: /etc/kubernetes/audit/audit-policy.yaml\n", kind);
        Assert.Contains("            audit-policy-file: \"/etc/kubernetes/audit/audit-policy.yaml\"\n", kind);
        Assert.DoesNotContain("image:", KindConfig.Write(Parse([]), "cluster"));
    }

    [Fact]
    public void The_manifest_lists_every_other_artifact_with_its_sha256_and_no_timestamp()
    {
        var files = PolicyArtifacts.Build(Record, Parse([]), "1.2.3");
        Assert.Equal(ArtifactManifest.FileName, files[^1].Key);
        var manifest = Encoding.UTF8.GetString(files[^1].Value);
        Assert.Contains("\"policy\": \"cluster\",\n  \"class\": \"ClusterPolicy.ClusterAuditPolicy\",\n  \"ruleCount\": 18,\n  \"minKubernetesVersion\": \"1.29\",\n  \"policyKitVersion\": \"1.2.3\",", manifest);
        foreach (var (name, content) in files.Take(files.Count - 1))
        {
            Assert.Contains($"\"{name}\": \"sha256:{ArtifactManifest.Sha256(content)}\"", manifest);
        }
        Assert.Equal(ClusterAuditPolicy.Yaml, Encoding.UTF8.GetString(files.Single(f => f.Key == PolicyArtifacts.PolicyFileName).Value));
        Assert.Equal(files.Select(f => f.Value), PolicyArtifacts.Build(Record, Parse([]), "1.2.3").Select(f => f.Value));
    }

    [Fact]
    public void The_static_pod_patch_is_a_json_patch_of_adds()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(StaticPodPatch.Write(Parse([])));
        Assert.All(doc.RootElement.EnumerateArray(), op => Assert.Equal("add", op.GetProperty("op").GetString()));
        Assert.Equal(9, doc.RootElement.GetArrayLength());
    }
}
