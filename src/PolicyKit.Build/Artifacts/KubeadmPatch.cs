using System.Text;
using PolicyKit.Yaml;

namespace PolicyKit.Build.Artifacts;

/// <summary>
/// A kubeadm ClusterConfiguration fragment (merged into the one given to <c>kubeadm init --config</c>):
/// the audit flags as apiServer.extraArgs and the policy file and log folder as apiServer.extraVolumes.
/// </summary>
internal static class KubeadmPatch
{
    public const string FileName = "kubeadm-clusterconfiguration.yaml";

    public static string Write(ArtifactSettings s)
    {
        var w = new StringBuilder();
        w.Append("apiVersion: ").Append(s.KubeadmApiVersion).Append('\n');
        w.Append("kind: ClusterConfiguration\n");
        w.Append("apiServer:\n");
        WriteApiServer(w, "  ", s, listArgs: s.KubeadmApiVersion == KubeadmVersions.V1Beta4);
        return w.ToString();
    }

    /// <summary>extraArgs and extraVolumes at <paramref name="indent"/>; v1beta4 lists arguments, v1beta3 (and kind) maps them.</summary>
    public static void WriteApiServer(StringBuilder w, string indent, ArtifactSettings s, bool listArgs)
    {
        w.Append(indent).Append("extraArgs:\n");
        foreach (var flag in ApiServerFlags.For(s))
        {
            if (listArgs)
            {
                w.Append(indent).Append("  - name: ").Append(flag.Key).Append('\n');
                w.Append(indent).Append("    value: ").Append(YamlScalar.DoubleQuoted(flag.Value)).Append('\n');
            }
            else
            {
                w.Append(indent).Append("  ").Append(flag.Key).Append(": ").Append(YamlScalar.DoubleQuoted(flag.Value)).Append('\n');
            }
        }
        w.Append(indent).Append("extraVolumes:\n");
        Volume(w, indent, ApiServerFlags.PolicyVolume, s.PolicyFile, readOnly: true, "File");
        Volume(w, indent, ApiServerFlags.LogVolume, s.AuditLogDirectory, readOnly: false, "DirectoryOrCreate");
    }

    private static void Volume(StringBuilder w, string indent, string name, string path, bool readOnly, string pathType)
    {
        var p = YamlScalar.Format(path);
        w.Append(indent).Append("  - name: ").Append(name).Append('\n');
        w.Append(indent).Append("    hostPath: ").Append(p).Append('\n');
        w.Append(indent).Append("    mountPath: ").Append(p).Append('\n');
        w.Append(indent).Append("    readOnly: ").Append(readOnly ? "true" : "false").Append('\n');
        w.Append(indent).Append("    pathType: ").Append(pathType).Append('\n');
    }
}
