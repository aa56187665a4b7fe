using System;
using System.Collections.Generic;

namespace PolicyKit;

/// <summary>
/// An index of a policy's rules by what they constrain (request kind, verb, user, user groups, namespace,
/// API group, resource), so that deciding a request tests only the rules that could match it. Each
/// attribute gives a bit set of the rules that may match the request's value; their intersection holds
/// every rule that matches, in policy order, so the first of them that really matches (the exact test,
/// <see cref="PolicyEvaluator.Matches"/>) is the first matching rule of the whole policy.
/// </summary>
internal sealed class RuleCandidates
{
    private readonly int _words;
    private readonly ulong[] _resourceKind;
    private readonly ulong[] _nonResourceKind;
    private readonly KeyedRuleBits _verbs;
    private readonly KeyedRuleBits _users;
    private readonly KeyedRuleBits _userGroups;
    private readonly KeyedRuleBits _namespaces;
    private readonly KeyedRuleBits _apiGroups;
    private readonly KeyedRuleBits _resources;

    public RuleCandidates(Policy policy, KubernetesVersion version)
    {
        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }
        var rules = policy.Rules.AsArray();
        _words = (rules.Length + 63) >> 6;
        _resourceKind = new ulong[_words];
        _nonResourceKind = new ulong[_words];
        _verbs = new KeyedRuleBits(_words);
        _users = new KeyedRuleBits(_words);
        _userGroups = new KeyedRuleBits(_words);
        _namespaces = new KeyedRuleBits(_words);
        _apiGroups = new KeyedRuleBits(_words);
        _resources = new KeyedRuleBits(_words);
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            if (!rule.IsNonResourceRule)
            {
                _resourceKind[i >> 6] |= 1UL << i;
            }
            if (!rule.IsResourceRule)
            {
                _nonResourceKind[i >> 6] |= 1UL << i;
            }
            _verbs.Add(i, Keys(rule.Verbs));
            _users.Add(i, Keys(rule.Users));
            _userGroups.Add(i, Keys(rule.UserGroups));
            // Only resource requests are looked up by these; non-resource rules never constrain them.
            _namespaces.Add(i, rule.IsResourceRule ? Keys(rule.Namespaces) : null);
            _apiGroups.Add(i, ApiGroupKeys(rule, version.SupportsGroupWildcard));
            _resources.Add(i, rule.IsResourceRule ? ResourceKeys.OfRule(rule) : null);
        }
        _verbs.Complete(true);
        _users.Complete(true);
        _namespaces.Complete(true);
        _apiGroups.Complete(true);
        _resources.Complete(true);
        // A request has several groups: their sets are OR-ed per word, with the unconstrained rules once.
        _userGroups.Complete(false);
    }

    /// <summary>
    /// The index of the first candidate from rule <paramref name="from"/> on that <paramref name="evaluator"/> finds
    /// matching, in policy order; -1 when none.
    /// </summary>
    public int FirstMatch(in AuditRequest request, PolicyEvaluator evaluator, PolicyRule[] rules, int from = 0)
    {
        var kind = request.IsResourceRequest ? _resourceKind : _nonResourceKind;
        var verbs = _verbs.For(request.Verb);
        var users = _users.For(request.User);
        var resource = request.IsResourceRequest;
        var namespaces = resource ? _namespaces.For(request.Namespace) : kind;
        var apiGroups = resource ? _apiGroups.For(request.ApiGroup) : kind;
        var resources = resource ? _resources.For(request.Resource) : kind;
        var groupsConstrained = _userGroups.HasKeys;
        for (var w = from >> 6; w < _words; w++)
        {
            var bits = kind[w] & verbs[w] & users[w] & namespaces[w] & apiGroups[w] & resources[w];
            if (w == from >> 6)
            {
                bits &= ulong.MaxValue << (from & 63);
            }
            if (bits != 0 && groupsConstrained)
            {
                bits &= GroupWord(request, w);
            }
            while (bits != 0)
            {
                var i = (w << 6) + TrailingZeros(bits);
                if (evaluator.Matches(rules[i], request))
                {
                    return i;
                }
                bits &= bits - 1;
            }
        }
        return -1;
    }

    private ulong GroupWord(in AuditRequest request, int w)
    {
        var bits = _userGroups.Unconstrained[w];
        if (!request.HasUser)
        {
            return bits;
        }
        var groups = request.Groups;
        for (var g = 0; g < groups.Count; g++)
        {
            bits |= _userGroups.NamedWord(groups[g], w);
        }
        return bits;
    }

    /// <summary>The values a list names, or null (unconstrained) when it is empty. (Not a conditional: null would convert to an empty array.)</summary>
    private static IEnumerable<string>? Keys(EquatableArray<string> values)
    {
        if (values.IsEmpty)
        {
            return null;
        }
        return values;
    }

    /// <summary>The API groups a rule can match, or null when any (no resources, or group "*" where it is a wildcard).</summary>
    private static IReadOnlyList<string>? ApiGroupKeys(PolicyRule rule, bool groupWildcard)
    {
        if (!rule.IsResourceRule || rule.Resources.IsEmpty)
        {
            return null;
        }
        var keys = new List<string>();
        foreach (var entry in rule.Resources)
        {
            if (groupWildcard && entry.Group == "*")
            {
                return null;
            }
            keys.Add(entry.Group);
        }
        return keys;
    }

    // netstandard2.0 has no BitOperations; a De Bruijn-free loop would be slower on dense words.
    private static int TrailingZeros(ulong value)
    {
        var n = 0;
        if ((value & 0xFFFFFFFFUL) == 0) { n += 32; value >>= 32; }
        if ((value & 0xFFFFUL) == 0) { n += 16; value >>= 16; }
        if ((value & 0xFFUL) == 0) { n += 8; value >>= 8; }
        if ((value & 0xFUL) == 0) { n += 4; value >>= 4; }
        if ((value & 0x3UL) == 0) { n += 2; value >>= 2; }
        if ((value & 0x1UL) == 0) { n += 1; }
        return n;
    }
}
