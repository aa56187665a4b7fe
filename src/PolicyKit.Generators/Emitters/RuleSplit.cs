using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Generators.Emitters;

/// <summary>
/// A switch on one request attribute (verb, resource, namespace, user, API group) that splits a long sequence
/// of candidate rules: each value some rule names gets the rules naming it plus the rules that do not
/// constrain the attribute, in policy order; any other value gets only the latter. A rule that matches a
/// request is in that request's branch, so first-match order is kept exactly; a large policy's request
/// meets only the rules that could match it (issue 17).
/// </summary>
internal sealed class RuleSplit
{
    private RuleSplit(Attribute on, IReadOnlyList<(IReadOnlyList<string> Values, List<int> Rules)> branches, List<int> others)
    {
        On = on;
        Branches = branches;
        Others = others;
    }

    /// <summary>The attributes a split may switch on; the API group only where no group class settled it.</summary>
    internal enum Attribute
    {
        Verb,
        Resource,
        Namespace,
        User,
        ApiGroup,

        /// <summary>Not a switch (a request has several groups): a test whether it has any group the rules name (see MatcherEmitter.WriteSplit).</summary>
        UserGroups,
    }

    public Attribute On { get; }

    /// <summary>The request's expression to switch on.</summary>
    public string Subject => On switch
    {
        Attribute.Verb => "request.Verb",
        Attribute.Resource => "request.Resource",
        Attribute.Namespace => "request.Namespace",
        Attribute.User => "request.User",
        _ => "request.ApiGroup",
    };

    /// <summary>The values with the same rules share a branch (one set of case labels, one method).</summary>
    public IReadOnlyList<(IReadOnlyList<string> Values, List<int> Rules)> Branches { get; }

    /// <summary>The rules for any value no rule names (the default case; also a request without a user).</summary>
    public List<int> Others { get; }

    /// <summary>
    /// The split of <paramref name="rules"/> whose largest branch is smallest, among the attributes not yet
    /// used; null when none makes the longest sequence shorter by a quarter or more, or when the copies of
    /// unconstraining rules would make the code more than <paramref name="maxGrowth"/> times larger.
    /// </summary>
    public static RuleSplit? Best(Policy policy, IReadOnlyList<int> rules, IEnumerable<Attribute> allowed, int maxGrowth)
    {
        RuleSplit? best = null;
        var bestLongest = rules.Count * 3 / 4;
        foreach (var on in allowed)
        {
            var split = Of(policy, rules, on);
            if (split is null)
            {
                continue;
            }
            var longest = Math.Max(split.Others.Count, split.Branches.Count == 0 ? 0 : split.Branches.Max(b => b.Rules.Count));
            var total = split.Others.Count + split.Branches.Sum(b => b.Rules.Count);
            if (longest < bestLongest && total <= (long)rules.Count * maxGrowth)
            {
                best = split;
                bestLongest = longest;
            }
        }
        return best;
    }

    private static RuleSplit? Of(Policy policy, IReadOnlyList<int> rules, Attribute on)
    {
        var byValue = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        var others = new List<int>();
        foreach (var i in rules)
        {
            var keys = Keys(policy.Rules[i], on);
            if (keys is null)
            {
                // Unconstrained: in every branch, at its place in the order.
                others.Add(i);
                foreach (var list in byValue.Values)
                {
                    list.Add(i);
                }
                continue;
            }
            foreach (var key in keys.Distinct(StringComparer.Ordinal))
            {
                if (!byValue.TryGetValue(key, out var list))
                {
                    // A value first named here also meets the unconstrained rules before this one.
                    byValue[key] = list = new List<int>(others);
                    order.Add(key);
                }
                list.Add(i);
            }
        }
        if (order.Count == 0)
        {
            return null;
        }
        var branches = new List<(IReadOnlyList<string>, List<int>)>();
        foreach (var group in order.GroupBy(v => string.Join(",", byValue[v]), StringComparer.Ordinal))
        {
            branches.Add((group.ToList(), byValue[group.First()]));
        }
        return new RuleSplit(on, branches, others);
    }

    /// <summary>The values of the attribute a rule can match, or null when it can match any.</summary>
    private static IReadOnlyList<string>? Keys(PolicyRule rule, Attribute on)
    {
        switch (on)
        {
            case Attribute.Verb:
                return rule.Verbs.IsEmpty ? null : rule.Verbs.ToList();
            case Attribute.Resource:
                return rule.IsResourceRule ? ResourceKeys.OfRule(rule) : null;
            case Attribute.Namespace:
                return rule.IsResourceRule && !rule.Namespaces.IsEmpty ? rule.Namespaces.ToList() : null;
            case Attribute.User:
                return rule.Users.IsEmpty ? null : rule.Users.ToList();
            case Attribute.UserGroups:
                return null;
            default:
                // Group "*" (a wildcard from 1.36; the parser refuses it below) applies under every group.
                return !rule.IsResourceRule || rule.Resources.IsEmpty || rule.Resources.Any(e => e.Group == "*")
                    ? null
                    : rule.Resources.Select(e => e.Group).ToList();
        }
    }
}
