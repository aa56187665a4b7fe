using System;
using System.Linq;

namespace PolicyKit.Tests;

/// <summary>
/// A second, literal transcription of kube-apiserver's policy checker (pkg/audit/policy/checker.go:
/// ruleMatches, ruleMatchesResource, ruleMatchesNonResource, pathMatches), kept deliberately naive
/// (string concatenation, no shortcuts) so the optimised evaluator and matchers can be checked against it.
/// </summary>
internal static class UpstreamOracle
{
    public static AuditDecision Evaluate(Policy policy, AuditRequest request, KubernetesVersion version)
    {
        for (var i = 0; i < policy.Rules.Count; i++)
        {
            var rule = policy.Rules[i];
            if (RuleMatches(rule, request, version))
            {
                return new AuditDecision(rule.Level, policy.OmitStages | rule.OmitStages, rule.OmitManagedFields ?? policy.OmitManagedFields, i);
            }
        }
        return new AuditDecision(Level.None, policy.OmitStages, policy.OmitManagedFields, -1);
    }

    private static bool RuleMatches(PolicyRule r, AuditRequest a, KubernetesVersion version)
    {
        if (r.Users.Count > 0 && (a.User is null || !r.Users.AsArray().Contains(a.User)))
        {
            return false;
        }
        if (r.UserGroups.Count > 0)
        {
            if (a.User is null || !a.Groups.Any(g => r.UserGroups.AsArray().Contains(g)))
            {
                return false;
            }
        }
        if (r.Verbs.Count > 0 && !r.Verbs.AsArray().Contains(a.Verb))
        {
            return false;
        }
        if (r.Namespaces.Count > 0 || r.Resources.Count > 0)
        {
            return RuleMatchesResource(r, a, version);
        }
        if (r.NonResourceUrls.Count > 0)
        {
            return !a.IsResourceRequest && r.NonResourceUrls.Any(spec => PathMatches(a.Path, spec));
        }
        return true;
    }

    private static bool RuleMatchesResource(PolicyRule r, AuditRequest a, KubernetesVersion version)
    {
        if (!a.IsResourceRequest)
        {
            return false;
        }
        if (r.Namespaces.Count > 0 && !r.Namespaces.AsArray().Contains(a.Namespace))
        {
            return false;
        }
        if (r.Resources.Count == 0)
        {
            return true;
        }
        var combined = a.Subresource != "" ? a.Resource + "/" + a.Subresource : a.Resource;
        foreach (var gr in r.Resources)
        {
            if (gr.Group == a.ApiGroup || (version >= new KubernetesVersion(1, 36) && gr.Group == "*"))
            {
                if (gr.Resources.Count == 0)
                {
                    return true;
                }
                foreach (var res in gr.Resources)
                {
                    if (gr.ResourceNames.Count == 0 || gr.ResourceNames.AsArray().Contains(a.Name))
                    {
                        if (res == combined || res == "*")
                        {
                            return true;
                        }
                        if (a.Subresource.Length > 0 && res.StartsWith("*/", StringComparison.Ordinal) && a.Subresource == res.Substring(2))
                        {
                            return true;
                        }
                        if (res.EndsWith("/*", StringComparison.Ordinal) && a.Resource == res.Substring(0, res.Length - 2))
                        {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static bool PathMatches(string path, string spec)
        => spec == "*" || spec == path || (spec.EndsWith('*') && path.StartsWith(spec.TrimEnd('*'), StringComparison.Ordinal));
}
