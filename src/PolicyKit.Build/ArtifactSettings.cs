using System;
using System.Collections.Generic;
using System.Globalization;

namespace PolicyKit.Build;

/// <summary>
/// Where the policy and the log live on a control-plane node and how the log rotates: one value per
/// MSBuild property (docs/msbuild.md). Rotation is checked against the CIS Kubernetes Benchmark's
/// minimums (1.2.17–1.2.19: 30 days, 10 files, 100 MB) so a release cannot ship weaker settings.
/// </summary>
internal sealed record ArtifactSettings
{
    public const int MinMaxAge = 30;
    public const int MinMaxBackup = 10;
    public const int MinMaxSize = 100;

    public string PolicyFile { get; init; } = "/etc/kubernetes/audit/audit-policy.yaml";

    public string AuditLogPath { get; init; } = "/var/log/kubernetes/audit/audit.log";

    public int MaxAge { get; init; } = MinMaxAge;

    public int MaxBackup { get; init; } = MinMaxBackup;

    public int MaxSize { get; init; } = MinMaxSize;

    public string KubeadmApiVersion { get; init; } = KubeadmVersions.V1Beta4;

    public string WebhookServer { get; init; } = "https://audit-webhook.example.com/k8s-audit";

    public string WebhookKubeconfigPath { get; init; } = "/etc/kubernetes/audit/webhook-kubeconfig.yaml";

    /// <summary>A kindest/node image for the kind config; empty leaves kind's default.</summary>
    public string KindNodeImage { get; init; } = "";

    /// <summary>The folder of <see cref="AuditLogPath"/> (the volume the apiserver writes to).</summary>
    public string AuditLogDirectory => Directory(AuditLogPath);

    /// <summary>A file in the folder of <see cref="WebhookKubeconfigPath"/> (the webhook's certificates).</summary>
    public string BesideWebhookKubeconfig(string fileName) => Directory(WebhookKubeconfigPath).TrimEnd('/') + "/" + fileName;

    /// <summary>The property values as the task got them; a problem per bad value (empty list: all good).</summary>
    public static ArtifactSettings Parse(IReadOnlyDictionary<string, string?> properties, List<string> problems)
    {
        var s = new ArtifactSettings();
        return s with
        {
            PolicyFile = AbsolutePath(properties, "PolicyKitPolicyFile", s.PolicyFile, problems),
            AuditLogPath = AbsolutePath(properties, "PolicyKitAuditLogPath", s.AuditLogPath, problems),
            MaxAge = AtLeast(properties, "PolicyKitAuditLogMaxAge", MinMaxAge, "days (CIS 1.2.17)", problems),
            MaxBackup = AtLeast(properties, "PolicyKitAuditLogMaxBackup", MinMaxBackup, "files (CIS 1.2.18)", problems),
            MaxSize = AtLeast(properties, "PolicyKitAuditLogMaxSize", MinMaxSize, "MB (CIS 1.2.19)", problems),
            KubeadmApiVersion = OneOf(properties, "PolicyKitKubeadmApiVersion", s.KubeadmApiVersion, problems, KubeadmVersions.V1Beta3, KubeadmVersions.V1Beta4),
            WebhookServer = Url(properties, "PolicyKitAuditWebhookServer", s.WebhookServer, problems),
            WebhookKubeconfigPath = AbsolutePath(properties, "PolicyKitAuditWebhookKubeconfigPath", s.WebhookKubeconfigPath, problems),
            KindNodeImage = Value(properties, "PolicyKitKindNodeImage") ?? "",
        };
    }

    private static string? Value(IReadOnlyDictionary<string, string?> properties, string name)
        => properties.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v!.Trim() : null;

    private static string AbsolutePath(IReadOnlyDictionary<string, string?> properties, string name, string fallback, List<string> problems)
    {
        var value = Value(properties, name) ?? fallback;
        if (!value.StartsWith("/", StringComparison.Ordinal) || value.EndsWith("/", StringComparison.Ordinal) || HasBreakOrQuote(value))
        {
            problems.Add($"{name} must be an absolute file path on the control-plane node (e.g. {fallback}), not \"{value}\"");
        }
        return value;
    }

    private static int AtLeast(IReadOnlyDictionary<string, string?> properties, string name, int minimum, string unit, List<string> problems)
    {
        var text = Value(properties, name);
        if (text is null)
        {
            return minimum;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < minimum)
        {
            problems.Add($"{name} must be a whole number of at least {minimum} {unit}, not \"{text}\"");
            return minimum;
        }
        return value;
    }

    private static string OneOf(IReadOnlyDictionary<string, string?> properties, string name, string fallback, List<string> problems, params string[] allowed)
    {
        var value = Value(properties, name) ?? fallback;
        if (Array.IndexOf(allowed, value) < 0)
        {
            problems.Add($"{name} must be one of {string.Join(", ", allowed)}, not \"{value}\"");
        }
        return value;
    }

    private static string Url(IReadOnlyDictionary<string, string?> properties, string name, string fallback, List<string> problems)
    {
        var value = Value(properties, name) ?? fallback;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || HasBreakOrQuote(value))
        {
            problems.Add($"{name} must be an absolute https:// URL, not \"{value}\"");
        }
        return value;
    }

    // Values go into YAML and JSON unquoted or quoted by us; line breaks and quotes are never legitimate in a path.
    private static bool HasBreakOrQuote(string value) => value.IndexOfAny(new[] { '\n', '\r', '"', '\'', '\\' }) >= 0;

    private static string Directory(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash <= 0 ? "/" : path.Substring(0, slash);
    }
}

/// <summary>The kubeadm configuration API versions PolicyKit writes a ClusterConfiguration patch for.</summary>
internal static class KubeadmVersions
{
    /// <summary>kubeadm 1.22 and later (deprecated from 1.31 on): extraArgs is a map.</summary>
    public const string V1Beta3 = "kubeadm.k8s.io/v1beta3";

    /// <summary>kubeadm 1.31 and later: extraArgs is a list of name/value pairs.</summary>
    public const string V1Beta4 = "kubeadm.k8s.io/v1beta4";
}
