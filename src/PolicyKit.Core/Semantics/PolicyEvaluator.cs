using System;
using System.Collections.Generic;

namespace PolicyKit;

/// <summary>
/// The reference evaluator: decides a request exactly as kube-apiserver's policy checker does
/// (k8s.io/apiserver pkg/audit/policy). Each rule's test is written for clarity, clause by clause;
/// the generated matchers and the analyses are tested against it. Policies of more than
/// <see cref="IndexThreshold"/> rules test only the rules an index by what they constrain leaves as
/// candidates (same first match; see RuleCandidates), so a request costs what the rules that could
/// match it cost, not what the whole policy does.
/// </summary>
public sealed class PolicyEvaluator
{
    /// <summary>Above this many rules, <see cref="EvaluatorStrategy.Auto"/> uses the index.</summary>
    public const int IndexThreshold = 32;

    private readonly Policy _policy;
    private readonly bool _groupWildcard;
    private readonly PolicyRule[] _rules;
    private readonly RuleCandidates? _candidates;

    public PolicyEvaluator(Policy policy, KubernetesVersion? version = null)
        : this(policy, version, EvaluatorStrategy.Auto)
    {
    }

    public PolicyEvaluator(Policy policy, KubernetesVersion? version, EvaluatorStrategy strategy)
    {
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        Version = version ?? KubernetesVersion.Latest;
        _groupWildcard = Version.SupportsGroupWildcard;
        _rules = policy.Rules.AsArray();
        var indexed = strategy == EvaluatorStrategy.Indexed || (strategy == EvaluatorStrategy.Auto && _rules.Length > IndexThreshold);
        _candidates = indexed ? new RuleCandidates(policy, Version) : null;
    }

    public KubernetesVersion Version { get; }

    /// <summary>Decides one request: the first matching rule wins; no match is level None.</summary>
    public AuditDecision Evaluate(in AuditRequest request)
    {
        var first = _candidates is { } candidates ? candidates.FirstMatch(request, this, _rules) : FirstMatchLinear(request);
        return first >= 0
            ? Decide(first, request)
            : new AuditDecision(Level.None, _policy.OmitStages, _policy.OmitManagedFields, -1);
    }

    /// <summary>
    /// The first rule from <paramref name="from"/> on that matches the request (−1: none): where a request goes
    /// when the rules before <paramref name="from"/> are known not to match it (the analysis asks this of a witness).
    /// </summary>
    internal int FirstMatchFrom(in AuditRequest request, int from)
        => _candidates is { } candidates ? candidates.FirstMatch(request, this, _rules, from) : FirstMatchLinear(request, from);

    private int FirstMatchLinear(in AuditRequest request, int from = 0)
    {
        var rules = _rules;
        for (var i = from; i < rules.Length; i++)
        {
            if (Matches(rules[i], request))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The decision that rule <paramref name="index"/> gives when it is the first to match.</summary>
    public AuditDecision Decide(int index, in AuditRequest request)
    {
        var rule = _policy.Rules[index];
        return new AuditDecision(rule.Level, _policy.OmitStages | rule.OmitStages,
            rule.OmitManagedFields ?? _policy.OmitManagedFields, index);
    }

    /// <summary>Whether one rule matches a request, regardless of the rules before it.</summary>
    public bool Matches(PolicyRule rule, in AuditRequest request)
    {
        if (!rule.Users.IsEmpty && (!request.HasUser || !rule.Users.Contains(request.User!)))
        {
            return false;
        }
        if (!rule.UserGroups.IsEmpty && (!request.HasUser || !AnyIn(request.Groups, rule.UserGroups)))
        {
            return false;
        }
        if (!rule.Verbs.IsEmpty && !rule.Verbs.Contains(request.Verb))
        {
            return false;
        }
        if (rule.IsResourceRule)
        {
            return MatchesResource(rule, request);
        }
        if (!rule.NonResourceUrls.IsEmpty)
        {
            return MatchesNonResource(rule, request);
        }
        return true;
    }

    private bool MatchesResource(PolicyRule rule, in AuditRequest request)
    {
        if (!request.IsResourceRequest)
        {
            return false;
        }
        if (!rule.Namespaces.IsEmpty && !rule.Namespaces.Contains(request.Namespace))
        {
            return false;
        }
        if (rule.Resources.IsEmpty)
        {
            return true;
        }
        foreach (var gr in rule.Resources)
        {
            if (GroupMatches(gr.Group, request.ApiGroup, _groupWildcard) && ResourceMatches(gr, request))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Group test: exact, or (from 1.36) "*" for any group.</summary>
    public static bool GroupMatches(string ruleGroup, string requestGroup, bool groupWildcard)
        => string.Equals(ruleGroup, requestGroup, StringComparison.Ordinal) || (groupWildcard && ruleGroup == "*");

    private static bool ResourceMatches(GroupResources gr, in AuditRequest request)
    {
        // No resources: every resource and subresource of the group; resourceNames ignored.
        if (gr.Resources.IsEmpty)
        {
            return true;
        }
        if (!gr.ResourceNames.IsEmpty && !gr.ResourceNames.Contains(request.Name))
        {
            return false;
        }
        foreach (var pattern in gr.Resources)
        {
            if (ResourcePatternMatches(pattern, request.Resource, request.Subresource))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// One resource pattern against resource and subresource: <c>res</c> or <c>res/sub</c> exactly,
    /// <c>*</c>, <c>*/sub</c> (needs a subresource), <c>res/*</c> (also the bare resource).
    /// </summary>
    public static bool ResourcePatternMatches(string pattern, string resource, string subresource)
    {
        if (pattern == "*")
        {
            return true;
        }
        var hasSub = subresource.Length > 0;
        if (hasSub)
        {
            // pattern == resource + "/" + subresource, without building the string.
            if (pattern.Length == resource.Length + 1 + subresource.Length
                && pattern[resource.Length] == '/'
                && string.CompareOrdinal(pattern, 0, resource, 0, resource.Length) == 0
                && string.CompareOrdinal(pattern, resource.Length + 1, subresource, 0, subresource.Length) == 0)
            {
                return true;
            }
            if (pattern.Length == subresource.Length + 2 && pattern[0] == '*' && pattern[1] == '/'
                && string.CompareOrdinal(pattern, 2, subresource, 0, subresource.Length) == 0)
            {
                return true;
            }
        }
        else if (string.Equals(pattern, resource, StringComparison.Ordinal))
        {
            return true;
        }
        // resource + "/*" matches the resource with or without a subresource.
        return pattern.Length == resource.Length + 2 && pattern[pattern.Length - 1] == '*' && pattern[pattern.Length - 2] == '/'
            && string.CompareOrdinal(pattern, 0, resource, 0, resource.Length) == 0;
    }

    private static bool MatchesNonResource(PolicyRule rule, in AuditRequest request)
    {
        if (request.IsResourceRequest)
        {
            return false;
        }
        foreach (var spec in rule.NonResourceUrls)
        {
            if (NonResourceUrlMatches(spec, request.PathSource, request.PathLength))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary><c>*</c>, the exact path, or a prefix ending in <c>*</c> (plain string prefix, no segment boundary).</summary>
    public static bool NonResourceUrlMatches(string spec, string path) => NonResourceUrlMatches(spec, path, path.Length);

    /// <summary>As above, for the path that is the first <paramref name="length"/> characters of <paramref name="source"/>.</summary>
    private static bool NonResourceUrlMatches(string spec, string source, int length)
    {
        if (spec == "*" || (spec.Length == length && string.CompareOrdinal(source, 0, spec, 0, length) == 0))
        {
            return true;
        }
        if (spec.Length > 0 && spec[spec.Length - 1] == '*')
        {
            // path starts with spec minus its trailing '*'s, compared in place (no trimmed copy).
            var prefix = spec.Length - 1;
            while (prefix > 0 && spec[prefix - 1] == '*')
            {
                prefix--;
            }
            return length >= prefix && string.CompareOrdinal(source, 0, spec, 0, prefix) == 0;
        }
        return false;
    }

    private static bool AnyIn(IReadOnlyList<string> groups, EquatableArray<string> ruleGroups)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            if (ruleGroups.Contains(groups[i]))
            {
                return true;
            }
        }
        return false;
    }
}
