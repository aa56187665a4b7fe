using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Tests;

/// <summary>
/// Large policies built from real rules (issue 17): every rule of the real policies
/// (tests/fixtures/policies), scoped to one team after another, then a real policy whole as the tail
/// (GKE's in the benchmarks). Each variant keeps its rule's level, verbs, resources, URLs and stages;
/// resource rules get the team's namespaces (the real namespaces renamed into the team), users and
/// groups are renamed into the team. Requests from outside the teams (a real cluster's log) fall
/// through every team rule to the tail: the worst case for a first-match checker. Deterministic.
/// </summary>
internal static class RealShapedPolicy
{
    /// <summary>The sizes the benchmarks and docs/benchmarks.md report.</summary>
    public static readonly int[] Sizes = [100, 500, 2000, 20000];

    /// <summary>
    /// <paramref name="ruleCount"/> rules: team variants of <paramref name="realRules"/> (in order, team 0
    /// first), then <paramref name="tail"/>'s rules; the tail's policy-wide settings are the policy's.
    /// </summary>
    public static Policy Create(IReadOnlyList<PolicyRule> realRules, Policy tail, int ruleCount)
    {
        if (realRules.Count == 0 || ruleCount < tail.Rules.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(ruleCount));
        }
        var rules = new List<PolicyRule>(ruleCount);
        for (var k = 0; rules.Count < ruleCount - tail.Rules.Count; k++)
        {
            rules.Add(ForTeam(realRules[k % realRules.Count], k / realRules.Count));
        }
        rules.AddRange(tail.Rules);
        return tail with { Rules = new EquatableArray<PolicyRule>(rules), Name = "real-shaped-" + ruleCount };
    }

    /// <summary>The rules of the real policies in file order, without duplicates.</summary>
    public static IReadOnlyList<PolicyRule> RealRules(IEnumerable<Policy> policies)
        => policies.SelectMany(p => p.Rules).Select(r => r with { Name = null }).Distinct().ToList();

    /// <summary>One real rule scoped to team <paramref name="team"/>.</summary>
    public static PolicyRule ForTeam(PolicyRule rule, int team)
    {
        var prefix = "team-" + team;
        EquatableArray<string> Renamed(EquatableArray<string> values, string separator)
            => new(values.Select(v => v.Length == 0 ? prefix : prefix + separator + v).ToArray());
        var scoped = rule with
        {
            Name = prefix + (rule.Name is null ? "" : " " + rule.Name),
            Users = Renamed(rule.Users, ":"),
            UserGroups = Renamed(rule.UserGroups, ":"),
        };
        if (rule.IsNonResourceRule)
        {
            // A URL rule cannot have namespaces: its team is its users.
            return rule.Users.IsEmpty && rule.UserGroups.IsEmpty ? scoped with { UserGroups = new([prefix]) } : scoped;
        }
        // A resource rule (or a catch-all) lives in the team's namespaces.
        return scoped with
        {
            Namespaces = rule.Namespaces.IsEmpty ? new([prefix, prefix + "-staging"]) : Renamed(rule.Namespaces, "-"),
        };
    }
}
