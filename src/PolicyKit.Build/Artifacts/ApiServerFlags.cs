using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PolicyKit.Build.Artifacts;

/// <summary>The kube-apiserver audit flags every provisioning artifact repeats, in one order.</summary>
internal static class ApiServerFlags
{
    public const string FileName = "kube-apiserver-flags.txt";

    /// <summary>The volume names the patches give the policy file and the log folder.</summary>
    public const string PolicyVolume = "audit-policy";
    public const string LogVolume = "audit-log";

    public static IReadOnlyList<KeyValuePair<string, string>> For(ArtifactSettings s) => new[]
    {
        Flag("audit-policy-file", s.PolicyFile),
        Flag("audit-log-path", s.AuditLogPath),
        Flag("audit-log-maxage", s.MaxAge.ToString(CultureInfo.InvariantCulture)),
        Flag("audit-log-maxbackup", s.MaxBackup.ToString(CultureInfo.InvariantCulture)),
        Flag("audit-log-maxsize", s.MaxSize.ToString(CultureInfo.InvariantCulture)),
    };

    /// <summary>One <c>--name=value</c> per line, ready for <c>$(cat ...)</c> or a systemd drop-in.</summary>
    public static string Write(ArtifactSettings s)
    {
        var w = new StringBuilder();
        foreach (var flag in For(s))
        {
            w.Append("--").Append(flag.Key).Append('=').Append(flag.Value).Append('\n');
        }
        return w.ToString();
    }

    private static KeyValuePair<string, string> Flag(string name, string value) => new(name, value);
}
