using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PolicyKit.Generators.Emitters;

/// <summary>
/// The tests of a rule apart from its verbs (the dispatch's), as <see cref="Part"/>s: who (users,
/// groups), where (namespaces, URLs), and which resources, either with the API group still unknown or
/// inside a group class. Helpers they call are registered in <see cref="Helpers"/>.
/// </summary>
internal sealed class RuleTests
{
    private readonly MatcherPlan _plan;
    private readonly Helpers _helpers;

    public RuleTests(MatcherPlan plan, Helpers helpers)
    {
        _plan = plan;
        _helpers = helpers;
    }

    /// <summary>Users, user groups, namespaces (resource rules) and URLs (non-resource rules).</summary>
    public IEnumerable<Part> WhoAndWhere(int index)
    {
        var rule = _plan.Policy.Rules[index];
        if (!rule.Users.IsEmpty)
        {
            yield return _plan.Users is not null
                ? Part.On(Lookup.User, bits => $"({bits} & {_plan.Mask(_plan.Users, rule.Users)}) != 0")
                : Part.Plain($"{_helpers.Membership("Users", rule.Users)}(request.User)");
        }
        if (!rule.UserGroups.IsEmpty)
        {
            // No user means no groups (AuditRequest empties them), so no group test passes then.
            yield return _plan.Groups is not null
                ? Part.On(Lookup.UserGroups, bits => $"({bits} & {_plan.Mask(_plan.Groups, rule.UserGroups)}) != 0")
                : Part.Plain($"{_helpers.AnyOf("Groups", rule.UserGroups)}(request.Groups)");
        }
        if (rule.IsResourceRule && !rule.Namespaces.IsEmpty)
        {
            if (_plan.Namespaces is { } namespaces)
            {
                _helpers.Index("NamespaceBit", namespaces);
                yield return Part.On(Lookup.Namespace, bits => $"({bits} & {_plan.Mask(namespaces, rule.Namespaces)}) != 0");
            }
            else
            {
                yield return Part.Plain($"{_helpers.Membership("Namespaces", rule.Namespaces)}(request.Namespace)");
            }
        }
        if (!rule.IsResourceRule && !rule.NonResourceUrls.IsEmpty)
        {
            yield return Part.Url($"{_helpers.Urls(rule.NonResourceUrls)}(in request)");
        }
    }

    /// <summary>A rule's resources with the API group still unknown: its groups' bit, its resources' bit, then the exact test.</summary>
    public IEnumerable<Part> Resources(int index)
    {
        var rule = _plan.Policy.Rules[index];
        if (!rule.IsResourceRule || rule.Resources.IsEmpty)
        {
            yield break;
        }
        var byBits = _plan.ApiGroups is not null && rule.Resources.All(g => g.Group != "*");
        if (byBits)
        {
            var mask = _plan.Mask(_plan.ApiGroups!, new EquatableArray<string>(rule.Resources.Select(g => g.Group)));
            yield return Part.On(Lookup.ApiGroup, bits => $"({bits} & {mask}) != 0");
        }
        if (_plan.Resources is not null && MatcherPlan.ResourceKeys(rule) is { } keys)
        {
            var mask = _plan.Mask(_plan.Resources, new EquatableArray<string>(keys));
            yield return Part.On(Lookup.Resource, bits => $"({bits} & {mask}) != 0");
        }
        // Entries that are whole groups are decided by the group bits alone; anything else needs the exact test.
        if (!byBits || rule.Resources.Any(g => !g.Resources.IsEmpty))
        {
            yield return Part.Plain($"{_helpers.Resources(index, rule.Resources)}(in request)");
        }
    }

    /// <summary>
    /// A rule's resources inside a group class (the group already matched): any of its entries for that
    /// class; none when there are none (a rule without resources) or one of them takes every resource. With resource bits, each entry is a bit test
    /// plus subresource and name tests inline.
    /// </summary>
    public IEnumerable<Part> ResourcesInClass(int index, IReadOnlyList<GroupResources> entries)
    {
        var rule = _plan.Policy.Rules[index];
        if (entries.Count == 0)
        {
            // A rule without resources: every resource.
            yield break;
        }
        var tests = new List<Func<string, string>>();
        var usesBits = false;
        foreach (var entry in entries)
        {
            var test = EntryTest(index, IndexOf(rule.Resources, entry), entry, ref usesBits);
            if (test is null)
            {
                yield break;
            }
            tests.Add(test);
        }
        Func<string, string> render = bits => tests.Count == 1 ? tests[0](bits) : string.Join(" || ", tests.Select(t => "(" + t(bits) + ")"));
        yield return usesBits ? Part.On(Lookup.Resource, render, compound: true) : Part.Plain(render(""), compound: true);
    }

    /// <summary>One entry's test given the resource bits' expression, or null when it takes every resource of the group.</summary>
    private Func<string, string>? EntryTest(int rule, int entryIndex, GroupResources entry, ref bool usesBits)
    {
        if (entry.Resources.IsEmpty)
        {
            // No resources: every resource of the group; the apiserver ignores resourceNames here.
            return null;
        }
        if (_plan.Resources is null)
        {
            // The entry helper tests the names itself.
            var call = $"{_helpers.Entry(rule, entryIndex, entry)}(request.Resource, request.Subresource, request.Name)";
            return _ => call;
        }
        string? names = entry.ResourceNames.IsEmpty ? null : $"{_helpers.Membership("Names", entry.ResourceNames)}(request.Name)";
        var patterns = PatternTests.Of(entry.Resources, "request.Subresource");
        if (patterns.Any)
        {
            return names is null ? null : _ => names;
        }
        var masks = patterns.Cases.GroupBy(kv => kv.Value, StringComparer.Ordinal)
            .Select(byTest => (Test: byTest.Key, Mask: _plan.Mask(_plan.Resources, new EquatableArray<string>(byTest.Select(kv => kv.Key)))))
            .ToList();
        usesBits |= masks.Count > 0;
        var others = patterns.AnyResource
            .Concat(patterns.Generic.Select(p => $"global::PolicyKit.PolicyEvaluator.ResourcePatternMatches({CSharpLiterals.String(p)}, request.Resource, request.Subresource)"))
            .ToList();
        return bits =>
        {
            var terms = masks.Select(m => m.Test == "true" ? $"({bits} & {m.Mask}) != 0" : $"({bits} & {m.Mask}) != 0 && ({m.Test})").Concat(others).ToList();
            var resources = terms.Count == 1 ? terms[0] : string.Join(" || ", terms.Select(t => "(" + t + ")"));
            return names is null ? resources : $"({resources}) && {names}";
        };
    }

    private static int IndexOf(EquatableArray<GroupResources> entries, GroupResources entry)
    {
        for (var j = 0; j < entries.Count; j++)
        {
            if (entries[j] == entry)
            {
                return j;
            }
        }
        throw new InvalidOperationException("not an entry of the rule");
    }
}
