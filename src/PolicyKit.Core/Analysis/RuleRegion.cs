using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Analysis;

/// <summary>
/// The requests one rule matches on its own, as a union of cubes — a literal transcription of the
/// apiserver's matcher into sets. Real resources and subresources are path segments without '*' or '/',
/// and real API groups never are "*", so literals holding those match nothing (see PK1043, PK1040).
/// </summary>
internal static class RuleRegion
{
    public static RequestCube[] Of(PolicyRule rule, KubernetesVersion version)
    {
        var user = UserOf(rule);
        var verb = rule.Verbs.IsEmpty ? StringSet.Any : StringSet.Of(rule.Verbs);
        var cubes = new List<RequestCube>();
        if (rule.IsResourceRule)
        {
            var ns = rule.Namespaces.IsEmpty ? StringSet.Any : StringSet.Of(rule.Namespaces);
            var all = RequestCube.All(true).With(user: user, verb: verb, ns: ns);
            if (rule.Resources.IsEmpty)
            {
                cubes.Add(all);
            }
            foreach (var entry in rule.Resources)
            {
                AddEntry(cubes, all, entry, version);
            }
        }
        else if (!rule.NonResourceUrls.IsEmpty)
        {
            cubes.Add(RequestCube.All(false).With(user: user, verb: verb, path: PathSet.Of(rule.NonResourceUrls)));
        }
        else
        {
            cubes.Add(RequestCube.All(true).With(user: user, verb: verb));
            cubes.Add(RequestCube.All(false).With(user: user, verb: verb));
        }
        return Merged(cubes.Where(c => !c.IsEmpty).ToList());
    }

    /// <summary>
    /// One cube per group of patterns that differ only in the resource, then only in the subresource:
    /// <c>(A × S) ∪ (B × S) = (A ∪ B) × S</c>, so the union is the same, and a rule naming 100,000 resources
    /// is one cube instead of 100,000 that every question would walk. Within one rule the user, verb and
    /// namespace sets are the same for every cube.
    /// </summary>
    private static RequestCube[] Merged(List<RequestCube> cubes)
    {
        if (cubes.Count < 2 || cubes.Any(c => !c.IsResource))
        {
            return cubes.ToArray();
        }
        var byResource = MergeOn(cubes, c => (c.Group, c.Subresource, c.Name), c => c.Resource, (c, s) => c.With(resource: s));
        return MergeOn(byResource, c => (c.Group, c.Resource, c.Name), c => c.Subresource, (c, s) => c.With(subresource: s)).ToArray();
    }

    private static List<RequestCube> MergeOn(List<RequestCube> cubes, Func<RequestCube, (StringSet, StringSet, StringSet)> key,
        Func<RequestCube, StringSet> get, Func<RequestCube, StringSet, RequestCube> set)
    {
        var groups = new Dictionary<(StringSet, StringSet, StringSet), List<RequestCube>>();
        var order = new List<(StringSet, StringSet, StringSet)>();
        foreach (var cube in cubes)
        {
            var k = key(cube);
            if (!groups.TryGetValue(k, out var list))
            {
                groups[k] = list = new List<RequestCube>();
                order.Add(k);
            }
            list.Add(cube);
        }
        if (order.Count == cubes.Count)
        {
            return cubes;
        }
        return order.Select(k => groups[k]).Select(list => list.Count == 1 ? list[0] : set(list[0], StringSet.Union(list.Select(get)))).ToList();
    }

    private static UserSet UserOf(PolicyRule rule)
    {
        if (rule.Users.IsEmpty && rule.UserGroups.IsEmpty)
        {
            return UserSet.Any;
        }
        return new UserSet(false, rule.Users.IsEmpty ? StringSet.Any : StringSet.Of(rule.Users),
            rule.UserGroups.IsEmpty ? GroupSet.Any : GroupSet.InAnyOf(rule.UserGroups));
    }

    private static void AddEntry(List<RequestCube> cubes, RequestCube all, GroupResources entry, KubernetesVersion version)
    {
        StringSet group;
        if (entry.Group == "*")
        {
            if (!version.SupportsGroupWildcard)
            {
                return;
            }
            group = StringSet.Any;
        }
        else
        {
            group = StringSet.Of(entry.Group);
        }
        var inGroup = all.With(group: group);
        if (entry.Resources.IsEmpty)
        {
            cubes.Add(inGroup);
            return;
        }
        var names = entry.ResourceNames.IsEmpty ? StringSet.Any : StringSet.Of(entry.ResourceNames);
        foreach (var pattern in entry.Resources)
        {
            foreach (var (resource, subresource) in PatternPieces(pattern))
            {
                cubes.Add(inGroup.With(resource: resource, subresource: subresource, name: names));
            }
        }
    }

    /// <summary>
    /// The (resource, subresource) sets a pattern matches, from the matcher's four tests: <c>res</c> or
    /// <c>res/sub</c> exactly, <c>*</c>, <c>*/sub</c> (a subresource is needed), <c>res/*</c> (also bare res).
    /// </summary>
    internal static IEnumerable<(StringSet Resource, StringSet Subresource)> PatternPieces(string pattern)
    {
        if (pattern == "*")
        {
            yield return (StringSet.Any, StringSet.Any);
            yield break;
        }
        var slash = pattern.IndexOf('/');
        if (slash < 0)
        {
            if (IsSegment(pattern))
            {
                yield return (StringSet.Of(pattern), StringSet.Of(""));
            }
            yield break;
        }
        var resource = pattern.Substring(0, slash);
        var subresource = pattern.Substring(slash + 1);
        if (resource == "*" && IsSegment(subresource))
        {
            yield return (StringSet.Any, StringSet.Of(subresource));
        }
        else if (subresource == "*" && IsSegment(resource))
        {
            yield return (StringSet.Of(resource), StringSet.Any);
        }
        else if (IsSegment(resource) && IsSegment(subresource))
        {
            yield return (StringSet.Of(resource), StringSet.Of(subresource));
        }
    }

    /// <summary>A value a real resource or subresource can take: a non-empty path segment without '*'.</summary>
    internal static bool IsSegment(string value) => value.Length > 0 && value.IndexOf('/') < 0 && value.IndexOf('*') < 0;
}
