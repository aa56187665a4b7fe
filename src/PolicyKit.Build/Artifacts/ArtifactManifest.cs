using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PolicyKit.Build.Artifacts;

/// <summary>
/// manifest.json: what was built, from what, by which PolicyKit, and the sha256 of every other
/// artifact. Deterministic: no timestamps or machine paths, artifacts in ordinal name order.
/// </summary>
internal static class ArtifactManifest
{
    public const string FileName = "manifest.json";

    public static string Write(PolicyRecord policy, string policyKitVersion, IEnumerable<KeyValuePair<string, byte[]>> artifacts)
    {
        var w = new StringBuilder("{\n");
        w.Append("  \"policy\": ").Append(Json.String(policy.Name)).Append(",\n");
        w.Append("  \"class\": ").Append(Json.String(policy.ClassName)).Append(",\n");
        w.Append("  \"ruleCount\": ").Append(policy.RuleCount.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        w.Append("  \"minKubernetesVersion\": ").Append(Json.String(policy.MinKubernetesVersion)).Append(",\n");
        w.Append("  \"policyKitVersion\": ").Append(Json.String(policyKitVersion)).Append(",\n");
        w.Append("  \"artifacts\": {");
        var first = true;
        foreach (var artifact in artifacts)
        {
            w.Append(first ? "\n" : ",\n").Append("    ").Append(Json.String(artifact.Key)).Append(": ").Append(Json.String("sha256:" + Sha256(artifact.Value)));
            first = false;
        }
        return w.Append("\n  }\n}\n").ToString();
    }

    public static string Sha256(byte[] content)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(content);
        var hex = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }
        return hex.ToString();
    }
}
