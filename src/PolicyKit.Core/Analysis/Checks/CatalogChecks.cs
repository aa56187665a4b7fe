using System.Collections.Generic;
using System.Linq;
using PolicyKit.Diagnostics;
using PolicyKit.Text;
using PolicyKit.Validation;

namespace PolicyKit.Analysis;

/// <summary>
/// PK1043 from the Kubernetes API catalog (1.29–1.36): a built-in group's resource or subresource that does
/// not exist, and near-misses of built-in group names. Custom groups are left alone: their resources are CRDs.
/// </summary>
internal static class CatalogChecks
{
    public static IEnumerable<PolicyFinding> Run(AnalysisContext context)
    {
        for (var i = 0; i < context.Rules.Count; i++)
        {
            var rule = context.Rules[i];
            for (var g = 0; g < rule.Resources.Count; g++)
            {
                var entry = rule.Resources[g];
                if (!KubernetesCatalog.IsBuiltInGroup(entry.Group))
                {
                    if (GroupSuggestion(entry.Group) is { } group)
                    {
                        yield return AnalysisContext.Finding(DiagnosticIds.MalformedResource, FindingTarget.ResourceEntry(i, g, "group"),
                            $"{context.Label(i)}: \"{entry.Group}\" is no built-in API group (Kubernetes API catalog); did you mean \"{group}\"?", replacement: group);
                    }
                    continue;
                }
                for (var r = 0; r < entry.Resources.Count; r++)
                {
                    if (Problem(entry.Group, entry.Resources[r]) is { } problem)
                    {
                        yield return AnalysisContext.Finding(DiagnosticIds.MalformedResource,
                            FindingTarget.ResourceEntry(i, g, "resources", r), $"{context.Label(i)}: {problem.Message}", replacement: problem.Member);
                    }
                }
            }
        }
    }

    private static (string Message, string? Member)? Problem(string group, string pattern)
    {
        if (ResourcePatterns.Problem(pattern) is not null || pattern == "*")
        {
            return null;
        }
        var slash = pattern.IndexOf('/');
        var resource = slash < 0 ? pattern : pattern.Substring(0, slash);
        var subresource = slash < 0 ? "*" : pattern.Substring(slash + 1);
        var groupName = BodyChecks.GroupName(group);
        if (resource == "*")
        {
            return KubernetesCatalog.Resources.Any(r => r.Group == group && r.Subresource == subresource)
                ? null
                : ($"no resource of {groupName} has a subresource \"{subresource}\" (Kubernetes API catalog), so \"{pattern}\" matches no built-in request", null);
        }
        if (KubernetesCatalog.Find(group, resource) is null)
        {
            var known = KubernetesCatalog.ResourcesOf(group).Select(r => r.Resource).ToList();
            var guess = known.FirstOrDefault(k => k == resource + "s" || k == resource + "es") ?? EditDistance.Suggest(resource, known);
            return ($"{groupName} has no resource \"{resource}\" (Kubernetes API catalog)" + (guess is null ? "" : $"; did you mean \"{guess}\"?"),
                guess is null ? null : KubernetesCatalog.Find(group, guess)?.Member);
        }
        if (subresource != "*" && KubernetesCatalog.Find(group, resource, subresource) is null)
        {
            var subs = KubernetesCatalog.SubresourcesOf(group, resource).ToList();
            var guess = EditDistance.Suggest(subresource, subs);
            return ($"{resource} has no subresource \"{subresource}\" (Kubernetes API catalog: "
                + (subs.Count == 0 ? "it has none" : "it has " + string.Join(", ", subs)) + ")" + (guess is null ? "" : $"; did you mean \"{resource}/{guess}\"?"),
                guess is null ? null : KubernetesCatalog.Find(group, resource, guess)?.Member);
        }
        return null;
    }

    private static string? GroupSuggestion(string group)
    {
        if (group == "*" || group.Length == 0)
        {
            return null;
        }
        var builtIn = KubernetesCatalog.PreferredVersions.Keys.Where(k => k.Length > 0).ToList();
        return builtIn.FirstOrDefault(k => k.StartsWith(group + ".", System.StringComparison.Ordinal))
            ?? builtIn.FirstOrDefault(k => EditDistance.Of(k, group) is > 0 and <= 2);
    }
}
