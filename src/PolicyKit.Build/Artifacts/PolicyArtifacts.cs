using System;
using System.Collections.Generic;
using System.Text;

namespace PolicyKit.Build.Artifacts;

/// <summary>The artifacts of one policy, file name → content, manifest last; built in memory before anything is written.</summary>
internal static class PolicyArtifacts
{
    public const string PolicyFileName = "audit-policy.yaml";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The files for <paramref name="policy"/>, whose YAML <see cref="PolicyRevalidation"/> has accepted.</summary>
    public static IReadOnlyList<KeyValuePair<string, byte[]>> Build(PolicyRecord policy, ArtifactSettings settings, string policyKitVersion)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [PolicyFileName] = Utf8.GetBytes(policy.Yaml),
            [ApiServerFlags.FileName] = Utf8.GetBytes(ApiServerFlags.Write(settings)),
            [KubeadmPatch.FileName] = Utf8.GetBytes(KubeadmPatch.Write(settings)),
            [StaticPodPatch.FileName] = Utf8.GetBytes(StaticPodPatch.Write(settings)),
            [WebhookKubeconfig.FileName] = Utf8.GetBytes(WebhookKubeconfig.Write(settings, policy.Name)),
            [KindConfig.FileName] = Utf8.GetBytes(KindConfig.Write(settings, policy.Name)),
        };
        var result = new List<KeyValuePair<string, byte[]>>(files);
        // Last: a reader that finds the manifest finds every file it lists, in the state it lists.
        result.Add(new(ArtifactManifest.FileName, Utf8.GetBytes(ArtifactManifest.Write(policy, policyKitVersion, files))));
        return result;
    }
}
