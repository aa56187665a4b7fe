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
            ValidateRule(policy.Rules[i], i, v, findings);
        }
        if (policy.Rules.Count == 0)
        {
            findings.Add(new PolicyFinding(PolicyFinding.Upstream, Severity.Error, "", UpstreamMessages.ZeroRules, FindingTarget.PolicyField("rules")));
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

    private static void ValidateRule(PolicyRule rule, int index, KubernetesVersion version, List<PolicyFinding> findings)
    {
        var path = FieldPath.Rule(index);
        var urlsPath = FieldPath.Child(path, "nonResourceURLs");
        for (var j = 0; j < rule.NonResourceUrls.Count; j++)
        {
            var url = rule.NonResourceUrls[j];
            if (url == "*")
            {
                continue;
            }
            var at = FindingTarget.OfRule(index, "nonResourceURLs", j);
            if (!url.StartsWith("/", StringComparison.Ordinal))
            {
                Upstream(findings, at.Locator, UpstreamMessages.Invalid(url, UpstreamMessages.NonResourceUrlSlash), at);
            }
            if (url.Length > 0 && url.IndexOf('*', 0, url.Length - 1) >= 0)
            {
                Upstream(findings, at.Locator, UpstreamMessages.Invalid(url, UpstreamMessages.NonResourceUrlWildcard), at);
            }
        }

        for (var j = 0; j < rule.Resources.Count; j++)
        {
            var gr = rule.Resources[j];
            if (gr.Group.Length != 0 && !(gr.Group == "*" && version.SupportsGroupWildcard))
            {
                var errors = Dns1123.SubdomainErrors(gr.Group);
                if (errors.Count > 0)
                {
                    var at = FindingTarget.ResourceEntry(index, j, "group");
                    Upstream(findings, at.Path, UpstreamMessages.Invalid(gr.Group, string.Join(",", errors)), at);
                }
            }
            if (!gr.ResourceNames.IsEmpty && gr.Resources.IsEmpty)
            {
                var at = FindingTarget.ResourceEntry(index, j, "resourceNames");
                Upstream(findings, at.Path, UpstreamMessages.Invalid(gr.ResourceNames, UpstreamMessages.ResourceNamesWithoutResources), at);
            }
            for (var k = 0; k < gr.Resources.Count; k++)
            {
                var problem = ResourcePatterns.Problem(gr.Resources[k]);
                if (problem is not null)
                {
                    Ours(findings, DiagnosticIds.MalformedResource, FindingTarget.ResourceEntry(index, j, "resources", k), problem);
                }
            }
        }

        if (!rule.NonResourceUrls.IsEmpty && (!rule.Resources.IsEmpty || !rule.Namespaces.IsEmpty))
        {
            Upstream(findings, urlsPath, UpstreamMessages.Invalid(rule.NonResourceUrls, UpstreamMessages.BothKinds), FindingTarget.OfRule(index, "nonResourceURLs"));
        }

        EmptyStrings(rule.Users, index, "users", "no authenticated user has an empty name", findings);
        EmptyStrings(rule.UserGroups, index, "userGroups", "no user belongs to a group with an empty name", findings);
        EmptyStrings(rule.Verbs, index, "verbs", "every request has a non-empty verb", findings);
    }

    private static void EmptyStrings(EquatableArray<string> values, int rule, string field, string why, List<PolicyFinding> findings)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Length == 0)
            {
                Ours(findings, DiagnosticIds.EmptyNeverMatches, FindingTarget.OfRule(rule, field, i), "the empty string never matches: " + why);
            }
        }
    }

    /// <summary>Our stricter checks name the exact entry in their path (<c>rules[1].verbs[0]</c>).</summary>
    private static void Ours(List<PolicyFinding> findings, string id, FindingTarget at, string message)
        => findings.Add(new PolicyFinding(id, DiagnosticCatalog.SeverityOf(id), at.Locator, message, at));

    /// <summary>The apiserver's errors carry upstream's own path, which keeps some indexes and drops others.</summary>
    private static void Upstream(List<PolicyFinding> findings, string path, string message, FindingTarget at)
        => findings.Add(new PolicyFinding(PolicyFinding.Upstream, Severity.Error, path, message, at));
}
