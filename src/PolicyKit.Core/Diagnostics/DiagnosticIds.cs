namespace PolicyKit.Diagnostics;

/// <summary>
/// Every PolicyKit diagnostic id. PK0nnn: DSL and generator input; PK1nnn: policy analysis and
/// our stricter validation; PK2nnn: detection rules; PK3nnn: build and artifacts.
/// Each id has a page at docs/rules/&lt;id&gt;.md.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>A DSL value that is not a compile-time constant the generator can read.</summary>
    public const string NotConstant = "PK0001";

    /// <summary>A statement in Define (or a RuleSet) that is not a PolicyBuilder call.</summary>
    public const string UnsupportedStatement = "PK0002";

    /// <summary>An [AuditPolicy] class that is not static partial or has no Define(PolicyBuilder) method.</summary>
    public const string BadPolicyClass = "PK0003";

    /// <summary>A policy without rules: the apiserver refuses it.</summary>
    public const string EmptyPolicy = "PK0004";

    /// <summary>A rule with both resources/namespaces and non-resource URLs.</summary>
    public const string ResourceAndNonResource = "PK0005";

    /// <summary>A construct whose meaning changes at a version above MinKubernetesVersion (group "*").</summary>
    public const string VersionGated = "PK0006";

    /// <summary>MinKubernetesVersion that is not a version PolicyKit knows.</summary>
    public const string InvalidMinVersion = "PK0007";

    /// <summary>A rule the apiserver's validation refuses (e.g. a non-resource URL without '/').</summary>
    public const string ApiserverRefuses = "PK0008";

    /// <summary>A Level, Stage or Verb value that is no member of its enum.</summary>
    public const string UnknownEnumValue = "PK0009";

    /// <summary>A resource pattern that can match no request (<c>**</c>, <c>pods/*/x</c>, <c>*/*</c>, "").</summary>
    public const string MalformedResource = "PK1043";

    /// <summary>An empty string in users, userGroups or verbs: it never matches any request.</summary>
    public const string EmptyNeverMatches = "PK1047";

    /// <summary>A YAML field the apiserver drops: an unknown or duplicate key.</summary>
    public const string DroppedField = "PK1050";

    /// <summary>An apiVersion the apiserver no longer loads (audit.k8s.io/v1beta1, v1alpha1).</summary>
    public const string RemovedApiVersion = "PK1051";

    /// <summary>An expression in a [Detection] method outside the analyzable subset.</summary>
    public const string UnsupportedDetectionExpression = "PK2001";

    /// <summary>A [Detection] method or [DetectionRules] class of the wrong shape.</summary>
    public const string BadDetectionMethod = "PK2002";

    /// <summary>Two detections of one class with the same id.</summary>
    public const string DuplicateDetectionId = "PK2003";

    /// <summary>A detection reads a body that the policy does not log for a request it targets.</summary>
    public const string DetectionNotLogged = "PK2010";

    /// <summary>The base address of the rule pages.</summary>
    public const string HelpLinkBase = "https://github.com/policykit/policykit/blob/main/docs/rules/";

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";
}
