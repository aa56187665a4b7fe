namespace PolicyKit.Diagnostics;

/// <summary>
/// Every PolicyKit diagnostic id. PK0nnn: DSL and generator input; PK1nnn: policy analysis and
/// our stricter validation; PK2nnn: detection rules; PK3nnn: build and artifacts.
/// Each id has a page at docs/rules/&lt;id&gt;.md.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>A resource pattern that can match no request (<c>**</c>, <c>pods/*/x</c>, <c>*/*</c>, "").</summary>
    public const string MalformedResource = "PK1043";

    /// <summary>An empty string in users, userGroups or verbs: it never matches any request.</summary>
    public const string EmptyNeverMatches = "PK1047";

    /// <summary>A YAML field the apiserver drops: an unknown or duplicate key.</summary>
    public const string DroppedField = "PK1050";

    /// <summary>An apiVersion the apiserver no longer loads (audit.k8s.io/v1beta1, v1alpha1).</summary>
    public const string RemovedApiVersion = "PK1051";

    /// <summary>The base address of the rule pages.</summary>
    public const string HelpLinkBase = "https://github.com/policykit/policykit/blob/main/docs/rules/";

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";
}
