using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PolicyKit.Generators.Emitters;

/// <summary>
/// The values a policy names in each dimension that the matcher looks up once per request (users,
/// user groups, API groups), so rules test bits instead of strings. A dimension with more values than
/// bits in a ulong (62 usable) falls back to per-rule string switches (null here).
/// </summary>
internal sealed class MatcherPlan
{
    private const int MaxValues = 62;

    public MatcherPlan(Policy policy)
    {
        Policy = policy;
        Users = Index(policy.Rules.SelectMany(r => r.Users));
        Groups = Index(policy.Rules.SelectMany(r => r.UserGroups));
        ApiGroups = Index(policy.Rules.Where(r => r.IsResourceRule).SelectMany(r => r.Resources).Select(g => g.Group).Where(g => g != "*"));
        Resources = Index(policy.Rules.Where(r => r.IsResourceRule && ResourceKeys(r) is not null).SelectMany(r => ResourceKeys(r)!));
    }

    /// <summary>The resource strings (request.Resource values) a rule's resources can match, or null when any can.</summary>
    public static IReadOnlyList<string>? ResourceKeys(PolicyRule rule)
    {
        if (rule.Resources.IsEmpty)
        {
            return null;
        }
        var keys = new List<string>();
        foreach (var entry in rule.Resources)
        {
            if (entry.Resources.IsEmpty)
            {
                return null;
            }
            foreach (var pattern in entry.Resources)
            {
                var shape = ResourcePatternShape.Of(pattern);
                if (shape.Resource is null || shape.Resource == "*")
                {
                    return null;
                }
                // The pattern matches its resource, and a resource spelt like the whole pattern.
                keys.Add(shape.Resource);
                keys.Add(pattern);
            }
        }
        return keys.Distinct(StringComparer.Ordinal).ToList();
    }

    public Policy Policy { get; }

    public IReadOnlyList<string>? Users { get; }

    public IReadOnlyList<string>? Groups { get; }

    public IReadOnlyList<string>? ApiGroups { get; }

    public IReadOnlyList<string>? Resources { get; }

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

    private static IReadOnlyList<string>? Index(IEnumerable<string> values)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count is > 0 and <= MaxValues ? distinct : null;
    }
}
