using System;
using System.IO;

namespace PolicyKit.Build;

/// <summary>
/// Verify mode (GitOps drift check): the committed copy of a policy must be byte-for-byte what the
/// code produces, apart from CRLF line endings a Git checkout on Windows may have introduced.
/// </summary>
internal static class PolicyDrift
{
    /// <summary>The committed file for a policy: <paramref name="verifyPath"/> itself, or &lt;policy&gt;/audit-policy.yaml in that folder.</summary>
    public static string CommittedFile(string verifyPath, string policyName)
        => Directory.Exists(verifyPath) ? Path.Combine(verifyPath, policyName, Artifacts.PolicyArtifacts.PolicyFileName) : verifyPath;

    /// <summary>The 1-based line of the first difference, or null when the committed copy is current.</summary>
    public static int? FirstDifference(string committed, string produced)
    {
        committed = committed.Replace("\r\n", "\n");
        if (committed == produced)
        {
            return null;
        }
        var a = committed.Split('\n');
        var b = produced.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return i + 1;
            }
        }
        return Math.Min(a.Length, b.Length);
    }
}
