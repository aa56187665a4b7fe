using System.Text;
using PolicyKit.Yaml;

namespace PolicyKit.Build.Artifacts;

/// <summary>
/// A kind cluster that runs the policy: the node mounts audit-policy.yaml from the folder kind is
/// started in (the artifacts folder), and kubeadm gets the same flags and volumes as in production.
/// </summary>
internal static class KindConfig
{
    public const string FileName = "kind-cluster.yaml";

    public static string Write(ArtifactSettings s, string policyName)
    {
        var w = new StringBuilder();
        w.Append("# Try policy ").Append(YamlScalar.DoubleQuoted(policyName)).Append(" locally, from this folder:\n");
        w.Append("#   kind create cluster --config ").Append(FileName).Append('\n');
        w.Append("kind: Cluster\n");
        w.Append("apiVersion: kind.x-k8s.io/v1alpha4\n");
        w.Append("nodes:\n");
        w.Append("  - role: control-plane\n");
        if (s.KindNodeImage.Length > 0)
        {
            w.Append("    image: ").Append(YamlScalar.Format(s.KindNodeImage)).Append('\n');
        }
        w.Append("    extraMounts:\n");
        w.Append("      - hostPath: ./").Append(PolicyArtifacts.PolicyFileName).Append('\n');
        w.Append("        containerPath: ").Append(YamlScalar.Format(s.PolicyFile)).Append('\n');
        w.Append("        readOnly: true\n");
        w.Append("    kubeadmConfigPatches:\n");
        // kind merges this into the kubeadm config it generates; its documented form maps extraArgs.
        w.Append("      - |\n");
        w.Append("        kind: ClusterConfiguration\n");
        w.Append("        apiServer:\n");
        KubeadmPatch.WriteApiServer(w, "          ", s, listArgs: false);
        return w.ToString();
    }
}
