using System.Collections.Generic;
using System.Linq;
using PolicyKit.Diagnostics;
using PolicyKit.Text;
using PolicyKit.Validation;

namespace PolicyKit.Analysis;

/// <summary>
/// Traps in how a single rule is written: version-dependent groups (PK1040), literal '*' (PK1041), names
/// with nameless verbs (PK1042), rules that cannot match or log what they say (PK1044), exec limited to
/// create (PK1045), verbs no request has (PK1048), users and groups swapped (PK1049).
/// </summary>
internal static class ShapeChecks
{
    private static readonly string[] ResourceVerbs = KnownVerbs.Resource.Append("proxy").ToArray();
    private static readonly string[] HttpVerbs = KnownVerbs.Http;
    private static readonly string[] Sessions = { "exec", "attach", "portforward" };
    private static readonly string[] WellKnownGroups = { "system:masters", "system:nodes", "system:authenticated", "system:unauthenticated", "system:serviceaccounts", "system:bootstrappers", "system:monitoring" };

    public static IEnumerable<PolicyFinding> Run(AnalysisContext context)
    {
        for (var i = 0; i < context.Rules.Count; i++)
        {
            foreach (var finding in Rule(context, i))
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<PolicyFinding> Rule(AnalysisContext context, int i)
    {
        var rule = context.Rules[i];
        var label = context.Label(i);
        for (var g = 0; g < rule.Resources.Count; g++)
        {
            if (rule.Resources[g].Group == "*" && !context.Version.SupportsGroupWildcard)
            {
                yield return AnalysisContext.Finding(DiagnosticIds.VersionDependent, FindingTarget.ResourceEntry(i, g, "group"),
                    $"{label}: group \"*\" means every group only from Kubernetes 1.36; on {context.Version} it is a literal group name that no request has, so this entry matches nothing");
            }
        }
        foreach (var (field, values) in LiteralLists(rule))
        {
            for (var v = 0; v < values.Count; v++)
            {
                if (values[v] == "*")
                {
                    yield return AnalysisContext.Finding(DiagnosticIds.LiteralStar, field.Target(i, v),
                        $"{label}: \"*\" is no wildcard in {field.Name}: it matches only the literal string \"*\", which no request has. Leave {field.Name} out to match every value");
                }
            }
        }
        foreach (var finding in Verbs(context, i, rule, label))
        {
            yield return finding;
        }
        foreach (var finding in Identities(rule, i, label))
        {
            yield return finding;
        }
        if (rule.IsNonResourceRule && rule.Level >= Level.Request)
        {
            yield return AnalysisContext.Finding(DiagnosticIds.NeverMatchesOrLogs, FindingTarget.OfRule(i, "level"),
                $"{label} logs non-resource URLs at {rule.Level}, but the apiserver records no body for non-resource requests: this is the same as Metadata");
        }
        foreach (var finding in ClusterScopedInNamespaces(rule, i, label))
        {
            yield return finding;
        }
    }

    private static IEnumerable<PolicyFinding> Verbs(AnalysisContext context, int i, PolicyRule rule, string label)
    {
        for (var v = 0; v < rule.Verbs.Count; v++)
        {
            var verb = rule.Verbs[v];
            if (verb.Length == 0 || verb == "*")
            {
                continue;
            }
            var known = ResourceVerbs.Contains(verb) || HttpVerbs.Contains(verb);
            var suggestion = known ? null : Suggest(verb);
            string? problem = !known
                ? $"no request has verb \"{verb}\"" + (suggestion is not null ? $" (verbs are lower-case; did you mean \"{suggestion}\"?)" : $"; resource verbs are {string.Join(", ", ResourceVerbs)}, non-resource verbs the lower-case HTTP method")
                : rule.IsResourceRule && !ResourceVerbs.Contains(verb) ? $"resource requests never have verb \"{verb}\" (POST is create, PUT update)"
                : rule.IsNonResourceRule && !HttpVerbs.Contains(verb) ? $"non-resource requests never have verb \"{verb}\": their verb is the lower-case HTTP method (get, post, put, ...)"
                : null;
            if (problem is not null)
            {
                yield return AnalysisContext.Finding(DiagnosticIds.UnknownVerb, FindingTarget.OfRule(i, "verbs", v), $"{label}: {problem}", replacement: suggestion);
            }
        }
        var nameless = rule.Verbs.Where(KnownVerbs.Nameless.Contains).ToList();
        for (var g = 0; g < rule.Resources.Count; g++)
        {
            var entry = rule.Resources[g];
            if (entry.ResourceNames.IsEmpty || entry.Resources.IsEmpty)
            {
                continue;
            }
            // create has a name only on a subresource (pods/exec of a named pod): dead only where no pattern reaches one.
            var reachesSubresource = entry.Resources.Any(p => p == "*" || p.Contains("/"));
            var dead = nameless.Where(v => v != "create" || !reachesSubresource).ToList();
            if (dead.Count > 0)
            {
                yield return AnalysisContext.Finding(DiagnosticIds.NamesWithNamelessVerbs, FindingTarget.ResourceEntry(i, g, "resourceNames"),
                    $"{label}: resourceNames match {string.Join(", ", dead)} only when a fieldSelector metadata.name=... supplies the name: those requests carry none in their URL");
            }
        }
        var region = RuleRegion.Of(rule, context.Version);
        foreach (var session in Sessions)
        {
            var create = Target.On("", "pods", session, new[] { "create" }).Cube;
            var get = Target.On("", "pods", session, new[] { "get" }).Cube;
            if (region.Any(c => c.Intersect(create) is not null) && !region.Any(c => c.Intersect(get) is not null))
            {
                yield return AnalysisContext.Finding(DiagnosticIds.SessionCreateOnly, FindingTarget.OfRule(i, "verbs"),
                    $"{label} matches pods/{session} only with verb create, but WebSocket sessions (kubectl 1.30 and later) arrive as get: add get",
                    replacement: GetAddsOnlySessions(region) ? "get" : null);
                yield break;
            }
        }
    }

    /// <summary>
    /// Whether adding get to the rule's verbs makes it match nothing but session requests (get on pods/exec, attach,
    /// portforward). Only then is "add get" the fix (the finding's replacement): on a rule that also matches other
    /// resources (or every resource), it would log every get of those at the rule's level.
    /// </summary>
    private static bool GetAddsOnlySessions(RequestCube[] region)
    {
        var sessionGets = Sessions.Select(s => Target.On("", "pods", s, new[] { "get" }).Cube).ToList();
        foreach (var cube in region)
        {
            IEnumerable<RequestCube> rest = new[] { cube.With(verb: StringSet.Of("get")) };
            foreach (var session in sessionGets)
            {
                rest = rest.SelectMany(c => c.Minus(session)).ToList();
            }
            if (rest.Any(c => !c.IsEmpty))
            {
                return false;
            }
        }
        return true;
    }

    private static IEnumerable<PolicyFinding> Identities(PolicyRule rule, int i, string label)
    {
        for (var u = 0; u < rule.Users.Count; u++)
        {
            var user = rule.Users[u];
            if (WellKnownGroups.Contains(user) || user.StartsWith("system:serviceaccounts:", System.StringComparison.Ordinal))
            {
                yield return AnalysisContext.Finding(DiagnosticIds.IdentityInWrongList, FindingTarget.OfRule(i, "users", u),
                    $"{label}: \"{user}\" is a group, not a user name: in users it matches nobody. Move it to userGroups");
            }
        }
        for (var g = 0; g < rule.UserGroups.Count; g++)
        {
            var group = rule.UserGroups[g];
            if (group.StartsWith("system:serviceaccount:", System.StringComparison.Ordinal) || group.StartsWith("system:node:", System.StringComparison.Ordinal)
                || group is "system:anonymous" or "system:kube-proxy" or "system:kube-scheduler" or "system:kube-controller-manager" or "system:apiserver")
            {
                yield return AnalysisContext.Finding(DiagnosticIds.IdentityInWrongList, FindingTarget.OfRule(i, "userGroups", g),
                    $"{label}: \"{group}\" is a user name, not a group: in userGroups it matches nobody. Move it to users");
            }
        }
    }

    /// <summary>PK1044: a namespaced rule over cluster-scoped built-in resources (their requests have namespace "").</summary>
    private static IEnumerable<PolicyFinding> ClusterScopedInNamespaces(PolicyRule rule, int i, string label)
    {
        if (rule.Namespaces.IsEmpty || rule.Namespaces.Contains(""))
        {
            yield break;
        }
        for (var g = 0; g < rule.Resources.Count; g++)
        {
            var entry = rule.Resources[g];
            for (var r = 0; r < entry.Resources.Count; r++)
            {
                var resource = entry.Resources[r].Split('/')[0];
                // A namespace object's own requests carry its name as namespace (get namespaces/kube-system).
                if (resource != "namespaces" && KubernetesCatalog.ScopeOf(entry.Group, resource) == ResourceScope.Cluster)
                {
                    yield return AnalysisContext.Finding(DiagnosticIds.NeverMatchesOrLogs, FindingTarget.ResourceEntry(i, g, "resources", r),
                        $"{label}: {resource} is cluster-scoped (Kubernetes API catalog), so its requests have namespace \"\"; with namespaces [{string.Join(", ", rule.Namespaces)}] this entry matches no request. Add \"\" to namespaces or move it to a rule without namespaces");
                }
            }
        }
    }

    private static IEnumerable<(LiteralList Field, EquatableArray<string> Values)> LiteralLists(PolicyRule rule)
    {
        yield return (new LiteralList("verbs", null), rule.Verbs);
        yield return (new LiteralList("users", null), rule.Users);
        yield return (new LiteralList("userGroups", null), rule.UserGroups);
        yield return (new LiteralList("namespaces", null), rule.Namespaces);
        for (var g = 0; g < rule.Resources.Count; g++)
        {
            yield return (new LiteralList("resourceNames", g), rule.Resources[g].ResourceNames);
        }
    }

    /// <summary>A list whose "*" is literal: a field of the rule, or the resourceNames of resources entry <see cref="Entry"/>.</summary>
    private sealed record LiteralList(string Name, int? Entry)
    {
        public FindingTarget Target(int rule, int item)
            => Entry is { } g ? FindingTarget.ResourceEntry(rule, g, Name, item) : FindingTarget.OfRule(rule, Name, item);
    }

    private static string? Suggest(string verb) => EditDistance.Suggest(verb, ResourceVerbs.Concat(HttpVerbs));
}
