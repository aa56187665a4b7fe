using System.Security.Cryptography;
using System.Text;
using ClusterPolicy;

namespace PolicyKit.EndToEnd.Tests;

/// <summary>examples/ClusterPolicy, copied out of the repository and built against the packed PolicyKit.</summary>
[Collection(PackedCollection.Name)]
public class ClusterPolicyPackageTests(PackedPolicyKit packed)
{
    private static string Text(byte[] content) => Encoding.UTF8.GetString(content);

    [Fact]
    public void The_package_has_one_job_per_folder_and_no_dependencies()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(packed.PackageFile("PolicyKit"));
        var files = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith('_') && !n.StartsWith('[') && !n.StartsWith("package/")).Order(StringComparer.Ordinal);
        Assert.Equal(
        [
            "PolicyKit.nuspec",
            "analyzers/dotnet/cs/PolicyKit.CodeFixes.dll", "analyzers/dotnet/cs/PolicyKit.Core.dll", "analyzers/dotnet/cs/PolicyKit.Generators.dll",
            "build/PolicyKit.props", "build/PolicyKit.targets", "buildTransitive/PolicyKit.props", "buildTransitive/PolicyKit.targets",
            "lib/netstandard2.0/PolicyKit.Core.dll", "lib/netstandard2.0/PolicyKit.Core.xml", "lib/netstandard2.0/PolicyKit.dll", "lib/netstandard2.0/PolicyKit.xml",
            "tasks/netstandard2.0/PolicyKit.Build.dll", "tasks/netstandard2.0/PolicyKit.Core.dll",
        ], files);
        using var nuspec = new StreamReader(zip.GetEntry("PolicyKit.nuspec")!.Open());
        Assert.DoesNotContain("<dependency", nuspec.ReadToEnd());
    }

    [Fact]
    public void Build_writes_every_artifact_with_the_policy_and_the_provisioning_snippets()
    {
        var artifacts = packed.Cluster.Artifacts;
        Assert.Equal(
            ["audit-policy.yaml", "audit-webhook-kubeconfig.yaml", "kind-cluster.yaml", "kube-apiserver+json.json", "kube-apiserver-flags.txt", "kubeadm-clusterconfiguration.yaml", "manifest.json"],
            artifacts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ClusterAuditPolicy.Yaml, Text(artifacts["audit-policy.yaml"].Content));
        var flags = Text(artifacts["kube-apiserver-flags.txt"].Content);
        Assert.Contains("--audit-policy-file=/etc/kubernetes/audit/audit-policy.yaml\n", flags);
        Assert.Contains("--audit-log-maxage=30\n--audit-log-maxbackup=10\n--audit-log-maxsize=100\n", flags);
        Assert.Contains("kind: ClusterConfiguration\napiServer:\n  extraArgs:\n", Text(artifacts["kubeadm-clusterconfiguration.yaml"].Content));
        Assert.Contains("current-context: audit-webhook\n", Text(artifacts["audit-webhook-kubeconfig.yaml"].Content));
        Assert.Contains("kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n", Text(artifacts["kind-cluster.yaml"].Content));

        using var manifest = System.Text.Json.JsonDocument.Parse(artifacts["manifest.json"].Content);
        var root = manifest.RootElement;
        Assert.Equal("cluster", root.GetProperty("policy").GetString());
        Assert.Equal(ClusterAuditPolicy.Model.Rules.Count, root.GetProperty("ruleCount").GetInt32());
        Assert.Equal("1.29", root.GetProperty("minKubernetesVersion").GetString());
        Assert.Equal(packed.Version, root.GetProperty("policyKitVersion").GetString());
        var hashes = root.GetProperty("artifacts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Equal(artifacts.Count - 1, hashes.Count);
        foreach (var (name, hash) in hashes)
        {
            Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(artifacts[name].Content)), hash);
        }
        Assert.Contains("PolicyKit: ", packed.Cluster.Build.Output);
    }

    [Fact]
    public void A_no_op_rebuild_rewrites_nothing_a_deleted_artifact_returns_and_clean_removes_them()
    {
        var folder = packed.Cluster.Folder;
        var rebuild = PackedPolicyKit.Succeed(packed.Dotnet(folder, "build", "-v:n"));
        Assert.Contains("Skipping target \"PolicyKitWriteArtifacts\" because all output files are up-to-date", rebuild.Output);
        var after = PackedPolicyKit.Snapshot(PackedPolicyKit.Artifacts(folder));
        Assert.Equal(packed.Cluster.Artifacts.Keys.Order(), after.Keys.Order());
        foreach (var (name, (content, written)) in packed.Cluster.Artifacts)
        {
            Assert.Equal(content, after[name].Content);
            Assert.Equal(written, after[name].Written);
        }

        // A deleted artifact comes back, the same.
        var kind = Path.Combine(PackedPolicyKit.Artifacts(folder), "kind-cluster.yaml");
        File.Delete(kind);
        PackedPolicyKit.Succeed(packed.Dotnet(folder, "build"));
        Assert.Equal(packed.Cluster.Artifacts["kind-cluster.yaml"].Content, File.ReadAllBytes(kind));

        PackedPolicyKit.Succeed(packed.Dotnet(folder, "clean"));
        Assert.False(Directory.Exists(Path.Combine(folder, "bin", "Debug", "net10.0", "policykit")));
    }

    [Fact]
    public void Verify_mode_fails_on_a_committed_copy_that_drifted_and_switching_off_writes_nothing()
    {
        var folder = packed.Cluster.Folder;
        var committed = Path.Combine(folder, "deploy", "drifted-audit-policy.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(committed)!);
        File.WriteAllText(committed, ClusterAuditPolicy.Yaml.Replace("  - level: Request\n", "  - level: RequestResponse\n"));
        // Started from another folder: a relative path is the project's.
        var verify = packed.Dotnet(packed.Root, "build", folder, "-p:PolicyKitVerifyPath=deploy/drifted-audit-policy.yaml");
        Assert.NotEqual(0, verify.ExitCode);
        Assert.Matches(@"deploy/drifted-audit-policy\.yaml\(\d+\): error PK3003: policy ""cluster""", verify.Output);

        var elsewhere = Path.Combine(packed.Root, "switched-off");
        PackedPolicyKit.Succeed(packed.Dotnet(folder, "build", "-p:PolicyKitEmitArtifacts=false", "-p:PolicyKitArtifactsPath=" + elsewhere));
        Assert.False(Directory.Exists(elsewhere));
    }
}
