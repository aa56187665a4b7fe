using System.Collections.Generic;
using System.Text;

namespace PolicyKit.Build.Artifacts;

/// <summary>
/// An RFC 6902 JSON patch for /etc/kubernetes/manifests/kube-apiserver.yaml: appends the audit flags,
/// the two volumes and their mounts. The file name is the one <c>kubeadm --patches DIR</c> picks up
/// for the kube-apiserver static pod; <c>kubectl patch --local --type json</c> applies it by hand.
/// </summary>
internal static class StaticPodPatch
{
    public const string FileName = "kube-apiserver+json.json";

    public static string Write(ArtifactSettings s)
    {
        var ops = new List<string>();
        foreach (var flag in ApiServerFlags.For(s))
        {
            ops.Add(Add("/spec/containers/0/command/-", Json.String("--" + flag.Key + "=" + flag.Value)));
        }
        ops.Add(Add("/spec/containers/0/volumeMounts/-", Mount(ApiServerFlags.PolicyVolume, s.PolicyFile, readOnly: true)));
        ops.Add(Add("/spec/containers/0/volumeMounts/-", Mount(ApiServerFlags.LogVolume, s.AuditLogDirectory, readOnly: false)));
        ops.Add(Add("/spec/volumes/-", Volume(ApiServerFlags.PolicyVolume, s.PolicyFile, "File")));
        ops.Add(Add("/spec/volumes/-", Volume(ApiServerFlags.LogVolume, s.AuditLogDirectory, "DirectoryOrCreate")));
        var w = new StringBuilder("[\n");
        for (var i = 0; i < ops.Count; i++)
        {
            w.Append("  ").Append(ops[i]).Append(i + 1 < ops.Count ? ",\n" : "\n");
        }
        return w.Append("]\n").ToString();
    }

    private static string Add(string path, string value) => "{\"op\": \"add\", \"path\": " + Json.String(path) + ", \"value\": " + value + "}";

    private static string Mount(string name, string path, bool readOnly)
        => "{\"name\": " + Json.String(name) + ", \"mountPath\": " + Json.String(path) + ", \"readOnly\": " + (readOnly ? "true" : "false") + "}";

    private static string Volume(string name, string path, string type)
        => "{\"name\": " + Json.String(name) + ", \"hostPath\": {\"path\": " + Json.String(path) + ", \"type\": " + Json.String(type) + "}}";
}
