using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PolicyKit.Generators.Emitters;

/// <summary>
/// What the matcher looks up once per request (verbs, users, user groups, namespaces, API groups, resources: the values
/// the policy names in each, so rules test bits instead of strings) and how it dispatches resource
/// requests (API group classes). A dimension with more values than <see cref="MatcherLimits.MaxValues"/>
/// falls back to per-rule string switches (null here).
/// </summary>
internal sealed class MatcherPlan
{
    private readonly int _maxValues;

    public MatcherPlan(Policy policy, MatcherLimits limits)
    {
        Policy = policy;
        _maxValues = limits.MaxValues;
        Users = Index(policy.Rules.SelectMany(r => r.Users));
        Verbs = Index(policy.Rules.SelectMany(r => r.Verbs));
        Namespaces = Index(policy.Rules.Where(r => r.IsResourceRule).SelectMany(r => r.Namespaces));
        Groups = Index(policy.Rules.SelectMany(r => r.UserGroups));
        var namedGroups = policy.Rules.Where(r => r.IsResourceRule).SelectMany(r => r.Resources).Select(g => g.Group).Where(g => g != "*").Distinct().ToList();
        ApiGroups = Index(namedGroups);
        Resources = Index(policy.Rules.Where(r => r.IsResourceRule).SelectMany(r => r.Resources).SelectMany(e => e.Resources).SelectMany(PatternKeys));
        if (namedGroups.Count > 0)
        {
            var classes = GroupClass.Of(policy, namedGroups);
            var tests = classes.Sum(c => c.Rules.Count * (c.Rules.Keys.SelectMany(i => policy.Rules[i].Verbs).Distinct().Count() + 1));
            GroupClasses = tests <= limits.MaxClassedTests ? classes : null;
        }
    }

    /// <summary>The request.Resource values a pattern names (see <see cref="PolicyKit.ResourceKeys"/>).</summary>
    public static IEnumerable<string> PatternKeys(string pattern) => PolicyKit.ResourceKeys.OfPattern(pattern);

    /// <summary>The resource strings a rule's resources can match, or null when any can.</summary>
    public static IReadOnlyList<string>? ResourceKeys(PolicyRule rule) => PolicyKit.ResourceKeys.OfRule(rule);

    public Policy Policy { get; }

    public IReadOnlyList<string>? Users { get; }

    public IReadOnlyList<string>? Verbs { get; }

    public IReadOnlyList<string>? Namespaces { get; }

    public IReadOnlyList<string>? Groups { get; }

    public IReadOnlyList<string>? ApiGroups { get; }

    public IReadOnlyList<string>? Resources { get; }

    /// <summary>The API group classes the resource branch dispatches on, or null to test group bits per rule.</summary>
    public IReadOnlyList<GroupClass>? GroupClasses { get; }

    /// <summary>The bits of the given values (bit i + 1 for the value at index i) as a C# literal.</summary>
    public string Mask(IReadOnlyList<string> index, EquatableArray<string> values)
    {
        ulong mask = 0;
        foreach (var v in values)
        {
            var i = IndexOf(index, v);
            mask |= 1UL << (i + 1);
        }
        return "0x" + mask.ToString("X", CultureInfo.InvariantCulture) + "UL";
    }

    private static int IndexOf(IReadOnlyList<string> index, string value)
    {
        for (var i = 0; i < index.Count; i++)
        {
            if (string.Equals(index[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }
        throw new InvalidOperationException("value not indexed: " + value);
    }

    private IReadOnlyList<string>? Index(IEnumerable<string> values)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count > 0 && distinct.Count <= _maxValues ? distinct : null;
    }
}
