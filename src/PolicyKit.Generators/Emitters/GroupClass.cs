using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Generators.Emitters;

/// <summary>
/// API groups that every rule of a policy treats alike (the same resource entries in every rule), so
/// one switch on the request's API group settles every group test: inside a class, each rule is left
/// with the entries that apply to that group, and rules that cannot apply are gone. The class with no
/// <see cref="Groups"/> is every group the policy does not name.
/// </summary>
internal sealed class GroupClass
{
    private GroupClass(IReadOnlyList<string> groups, IReadOnlyDictionary<int, IReadOnlyList<GroupResources>> rules)
    {
        Groups = groups;
        Rules = rules;
    }

    /// <summary>The group strings of this class; empty for "any group no rule names".</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>
    /// The rules that can match a resource request of this class, by index, with the entries that apply
    /// to it (the class's own plus group "*" entries); empty for a rule without resources (any resource,
    /// as for a catch-all).
    /// </summary>
    public IReadOnlyDictionary<int, IReadOnlyList<GroupResources>> Rules { get; }

    /// <summary>The classes of a policy's named API groups, after the class of every other group.</summary>
    public static IReadOnlyList<GroupClass> Of(Policy policy, IReadOnlyList<string> namedGroups)
    {
        var resourceRules = Enumerable.Range(0, policy.Rules.Count).Where(i => !policy.Rules[i].IsNonResourceRule).ToList();
        // A group's signature: per rule, the entries naming it. Equal signatures give equal matchers.
        var members = new List<(List<(int Rule, GroupResources Entry)> Signature, List<string> Groups)>();
        foreach (var group in namedGroups)
        {
            var signature = Signature(policy, resourceRules, group);
            var same = members.FindIndex(m => m.Signature.SequenceEqual(signature));
            if (same < 0)
            {
                members.Add((signature, new List<string> { group }));
            }
            else
            {
                members[same].Groups.Add(group);
            }
        }
        var classes = new List<GroupClass> { Build(policy, resourceRules, null, Array.Empty<string>()) };
        classes.AddRange(members.Select(m => Build(policy, resourceRules, m.Groups[0], m.Groups)));
        return classes;
    }

    private static List<(int Rule, GroupResources Entry)> Signature(Policy policy, List<int> rules, string group)
        => rules.SelectMany(i => policy.Rules[i].Resources.Where(e => e.Group == group).Select(e => (i, e with { Group = "" }))).ToList();

    private static GroupClass Build(Policy policy, List<int> resourceRules, string? representative, IReadOnlyList<string> groups)
    {
        var rules = new Dictionary<int, IReadOnlyList<GroupResources>>();
        foreach (var i in resourceRules)
        {
            var rule = policy.Rules[i];
            if (rule.Resources.IsEmpty)
            {
                rules[i] = Array.Empty<GroupResources>();
                continue;
            }
            // Group "*" (a wildcard from 1.36; the parser refuses it below) applies under every group.
            var entries = rule.Resources.Where(e => e.Group == "*" || e.Group == representative).ToList();
            if (entries.Count > 0)
            {
                rules[i] = entries;
            }
        }
        return new GroupClass(groups, rules);
    }
}
