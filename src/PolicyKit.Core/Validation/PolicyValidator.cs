using System;
using System.Collections.Generic;
using PolicyKit.Diagnostics;

namespace PolicyKit.Validation;

/// <summary>
/// Validates a policy model as the apiserver does when loading <c>--audit-policy-file</c>
/// (errors with id <see cref="PolicyFinding.Upstream"/>, upstream's paths and messages), plus
/// stricter checks of ours (warnings with a PK id) for strings that can never match.
/// Levels and stages are typed in the model; readers of raw input check those with
/// <see cref="UpstreamMessages"/> before building it.
/// </summary>
public static class PolicyValidator
{
    public static IReadOnlyList<PolicyFinding> Validate(Policy policy, KubernetesVersion? version = null)
    {
        var v = version ?? KubernetesVersion.Latest;
        var findings = new List<PolicyFinding>();
        for (var i = 0; i < policy.Rules.Count; i++)
        {
            ValidateRule(policy.Rules[i], FieldPath.Rule(i), v, findings);
        }
        if (policy.Rules.Count == 0)
        {
            findings.Add(new PolicyFinding(PolicyFinding.Upstream, Severity.Error, "", UpstreamMessages.ZeroRules, "rules"));
        }
        return findings;
    }

    public static bool HasErrors(IEnumerable<PolicyFinding> findings)
    {
        foreach (var f in findings)
        {
            if (f.Severity == Severity.Error)
            {
                return true;
            }
        }
        return false;
    }

    private static void ValidateRule(PolicyRule rule, string path, KubernetesVersion version, List<PolicyFinding> findings)
    {
        var urlsPath = FieldPath.Child(path, "nonResourceURLs");
        for (var j = 0; j < rule.NonResourceUrls.Count; j++)
        {
            var url = rule.NonResourceUrls[j];
            if (url == "*")
            {
                continue;
            }
            var at = FieldPath.Index(urlsPath, j);
            if (!url.StartsWith("/", StringComparison.Ordinal))
            {
                Upstream(findings, at, UpstreamMessages.Invalid(url, UpstreamMessages.NonResourceUrlSlash), at);
            }
            if (url.Length > 0 && url.IndexOf('*', 0, url.Length - 1) >= 0)
            {
                Upstream(findings, at, UpstreamMessages.Invalid(url, UpstreamMessages.NonResourceUrlWildcard), at);
            }
        }

        var resourcesPath = FieldPath.Child(path, "resources");
        for (var j = 0; j < rule.Resources.Count; j++)
        {
            var gr = rule.Resources[j];
            var entry = FieldPath.Index(resourcesPath, j);
            if (gr.Group.Length != 0 && !(gr.Group == "*" && version.SupportsGroupWildcard))
            {
                var errors = Dns1123.SubdomainErrors(gr.Group);
                if (errors.Count > 0)
                {
                    Upstream(findings, FieldPath.Child(resourcesPath, "group"),
                        UpstreamMessages.Invalid(gr.Group, string.Join(",", errors)), FieldPath.Child(entry, "group"));
                }
            }
            if (!gr.ResourceNames.IsEmpty && gr.Resources.IsEmpty)
            {
                Upstream(findings, FieldPath.Child(resourcesPath, "resourceNames"),
                    UpstreamMessages.Invalid(gr.ResourceNames, UpstreamMessages.ResourceNamesWithoutResources), FieldPath.Child(entry, "resourceNames"));
            }
            for (var k = 0; k < gr.Resources.Count; k++)
            {
                var problem = ResourcePatterns.Problem(gr.Resources[k]);
                if (problem is not null)
                {
                    var at = FieldPath.Index(FieldPath.Child(entry, "resources"), k);
                    findings.Add(new PolicyFinding(DiagnosticIds.MalformedResource, DiagnosticCatalog.SeverityOf(DiagnosticIds.MalformedResource), at, problem, at));
                }
            }
        }

        if (!rule.NonResourceUrls.IsEmpty && (!rule.Resources.IsEmpty || !rule.Namespaces.IsEmpty))
        {
            Upstream(findings, urlsPath, UpstreamMessages.Invalid(rule.NonResourceUrls, UpstreamMessages.BothKinds), urlsPath);
        }

        EmptyStrings(rule.Users, FieldPath.Child(path, "users"), "no authenticated user has an empty name", findings);
        EmptyStrings(rule.UserGroups, FieldPath.Child(path, "userGroups"), "no user belongs to a group with an empty name", findings);
        EmptyStrings(rule.Verbs, FieldPath.Child(path, "verbs"), "every request has a non-empty verb", findings);
    }

    private static void EmptyStrings(EquatableArray<string> values, string path, string why, List<PolicyFinding> findings)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Length == 0)
            {
                var at = FieldPath.Index(path, i);
                findings.Add(new PolicyFinding(DiagnosticIds.EmptyNeverMatches, DiagnosticCatalog.SeverityOf(DiagnosticIds.EmptyNeverMatches), at,
                    "the empty string never matches: " + why, at));
            }
        }
    }

    private static void Upstream(List<PolicyFinding> findings, string path, string message, string locator)
        => findings.Add(new PolicyFinding(PolicyFinding.Upstream, Severity.Error, path, message, locator));
}
