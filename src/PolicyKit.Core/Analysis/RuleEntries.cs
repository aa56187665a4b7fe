using System.Collections.Generic;
using PolicyKit.Validation;

namespace PolicyKit.Analysis;

/// <summary>
/// The entries of a rule's lists, each with the rule narrowed to that entry alone: what "the requests this
/// rule names with verb X" means. Lists of one entry are skipped: narrowing changes nothing there.
/// </summary>
internal static class RuleEntries
{
    public static IEnumerable<(FindingTarget Target, string Label, PolicyRule Narrowed)> Of(PolicyRule rule, int index)
    {
        foreach (var e in Strings(rule.Users, index, "users", "user"))
        {
            yield return (e.Target, e.Label, rule with { Users = One(e.Value) });
        }
        foreach (var e in Strings(rule.UserGroups, index, "userGroups", "group"))
        {
            yield return (e.Target, e.Label, rule with { UserGroups = One(e.Value) });
        }
        foreach (var e in Strings(rule.Verbs, index, "verbs", "verb"))
        {
            yield return (e.Target, e.Label, rule with { Verbs = One(e.Value) });
        }
        foreach (var e in Strings(rule.Namespaces, index, "namespaces", "namespace"))
        {
            yield return (e.Target, e.Label, rule with { Namespaces = One(e.Value) });
        }
        foreach (var e in Strings(rule.NonResourceUrls, index, "nonResourceURLs", "URL"))
        {
            yield return (e.Target, e.Label, rule with { NonResourceUrls = One(e.Value) });
        }
        var entries = rule.Resources.AsArray();
        var patternCount = 0;
        foreach (var entry in entries)
        {
            patternCount += entry.Resources.IsEmpty ? 1 : entry.Resources.Count;
        }
        if (patternCount < 2)
        {
            yield break;
        }
        for (var g = 0; g < entries.Length; g++)
        {
            var entry = entries[g];
            var group = entry.Group.Length == 0 ? "the core group" : "group " + entry.Group;
            if (entry.Resources.IsEmpty)
            {
                yield return (FindingTarget.ResourceEntry(index, g, "group"), "every resource of " + group, rule with { Resources = new EquatableArray<GroupResources>(new[] { entry }) });
                continue;
            }
            for (var r = 0; r < entry.Resources.Count; r++)
            {
                var pattern = entry.Resources[r];
                var narrowed = entry with { Resources = One(pattern) };
                yield return (FindingTarget.ResourceEntry(index, g, "resources", r), $"resource \"{pattern}\" of {group}",
                    rule with { Resources = new EquatableArray<GroupResources>(new[] { narrowed }) });
            }
        }
    }

    private static IEnumerable<(FindingTarget Target, string Label, string Value)> Strings(EquatableArray<string> list, int index, string field, string noun)
    {
        if (list.Count < 2)
        {
            yield break;
        }
        for (var i = 0; i < list.Count; i++)
        {
            yield return (FindingTarget.OfRule(index, field, i), $"{noun} \"{list[i]}\"", list[i]);
        }
    }

    private static EquatableArray<string> One(string value) => new(new[] { value });
}
