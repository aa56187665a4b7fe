using CsCheck;

namespace PolicyKit.Tests;

/// <summary>
/// CsCheck generators of policies and requests over a small shared vocabulary, so generated rules and
/// requests meet often, including every wildcard and edge-case spelling.
/// </summary>
internal static class Generators
{
    public static readonly string[] UserNames = ["alice", "Alice", "bob", "system:kube-proxy", "system:anonymous", "*", ""];
    public static readonly string[] GroupNames = ["system:nodes", "system:authenticated", "system:unauthenticated", "dev", "*"];
    public static readonly string[] VerbNames = ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection", "post", "*"];
    public static readonly string[] NamespaceNames = ["", "default", "kube-system", "*"];
    public static readonly string[] ApiGroupNames = ["", "apps", "Apps", "app", "rbac.authorization.k8s.io", "*"];
    public static readonly string[] ResourceNamesInRequests = ["pods", "pod", "podsx", "Pods", "deployments", "secrets", "configmaps", "namespaces", "*"];
    public static readonly string[] SubresourceNames = ["", "", "", "log", "lo", "logs", "Log", "exec", "status", "scale", "*"];
    public static readonly string[] ResourcePatterns =
        ["pods", "pods/log", "pods/exec", "pods/*", "pod/*", "pods/lo", "*/log", "*/lo", "*/logs", "*/status", "*", "*/*", "deployments", "deployments/scale", "secrets", "configmaps", "namespaces", "**", "pods/*/x", "", "Pods", "pods/Log", "pods/log/*"];
    public static readonly string[] ObjectNames = ["", "x", "y", "kube-system"];
    public static readonly string[] Urls = ["*", "/healthz", "/healthz*", "/healthz**", "/HEALTHZ*", "/healthz/*", "/api*", "/apis", "/version", "/metrics", "/", "/*", "**"];
    public static readonly string[] Paths = ["/healthz", "/Healthz", "/healthzfoo", "/health", "", "/healthz/", "/healthz/ready", "/api", "/apis/apps/v1", "/version", "/metrics", "/", "/api/v1/namespaces/default/pods"];

    private static Gen<EquatableArray<string>> Subset(string[] from, int max = 3)
        => Gen.Frequency((3, Gen.Const(EquatableArray<string>.Empty)), (2, Gen.OneOfConst(from).Array[1, max].Select(a => new EquatableArray<string>(a))));

    public static readonly Gen<Stages> StageSet = Gen.Int[0, 15].Select(i => (Stages)i);

    public static readonly Gen<GroupResources> GroupResource =
        Gen.Select(Gen.OneOfConst(ApiGroupNames), Subset(ResourcePatterns), Subset(ObjectNames, 2),
            (g, r, n) => new GroupResources(g, r, r.IsEmpty ? default : n));

    private static readonly Gen<EquatableArray<GroupResources>> Resources =
        Gen.Frequency((3, Gen.Const(EquatableArray<GroupResources>.Empty)), (3, GroupResource.Array[1, 3].Select(a => new EquatableArray<GroupResources>(a))));

    /// <summary>A valid rule: resource rules (resources/namespaces) never carry nonResourceURLs.</summary>
    public static readonly Gen<PolicyRule> Rule =
        Gen.Select(Gen.Enum<Level>(), Subset(UserNames), Subset(GroupNames), Subset(VerbNames), Resources, Subset(NamespaceNames), Subset(Urls), StageSet)
            .Select(Gen.OneOfConst<bool?>(null, true, false), (t, omf) =>
            {
                var (level, users, groups, verbs, resources, namespaces, urls, stages) = t;
                var resourceRule = !resources.IsEmpty || !namespaces.IsEmpty;
                return new PolicyRule(level)
                {
                    Users = users,
                    UserGroups = groups,
                    Verbs = verbs,
                    Resources = resources,
                    Namespaces = namespaces,
                    NonResourceUrls = resourceRule ? default : urls,
                    OmitStages = stages,
                    OmitManagedFields = omf,
                };
            });

    public static readonly Gen<Policy> Policy =
        Gen.Select(Rule.Array[1, 12], StageSet, Gen.Bool,
            (rules, stages, omf) => new Policy(rules) { OmitStages = stages, OmitManagedFields = omf });

    private static readonly Gen<(string? User, string[] Groups)> Who =
        Gen.Frequency(
            (1, Gen.Const<(string?, string[])>((null, []))),
            (6, Gen.Select(Gen.OneOfConst(UserNames.Where(u => u.Length > 0).ToArray()), Gen.OneOfConst(GroupNames).Array[0, 3],
                (u, g) => ((string?)u, g))));

    public static readonly Gen<AuditRequest> ResourceRequest =
        Gen.Select(Who, Gen.OneOfConst(VerbNames), Gen.OneOfConst(ApiGroupNames), Gen.OneOfConst(ResourceNamesInRequests),
                Gen.OneOfConst(SubresourceNames), Gen.OneOfConst(NamespaceNames), Gen.OneOfConst(ObjectNames))
            .Select(t => AuditRequest.ForResource(t.Item1.User, t.Item1.Groups, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, t.Item7));

    public static readonly Gen<AuditRequest> NonResourceRequest =
        Gen.Select(Who, Gen.OneOfConst("get", "post", "put", "head", "*"), Gen.OneOfConst(Paths))
            .Select(t => AuditRequest.ForNonResource(t.Item1.User, t.Item1.Groups, t.Item2, t.Item3));

    public static readonly Gen<AuditRequest> Request = Gen.Frequency((3, ResourceRequest), (1, NonResourceRequest));

    /// <summary>Half requests from the policy's own strings, half built to match one of its rules.</summary>
    public static Gen<AuditRequest> RequestsFor(Policy policy) => Gen.Frequency((1, RealRequestsFor(policy)), (1, MatchingOneRule(policy)));

    /// <summary>Requests that each match one of the policy's rules on its own (built from that rule's values).</summary>
    public static Gen<AuditRequest> MatchingOneRule(Policy policy)
        => Gen.Int[0, policy.Rules.Count - 1].SelectMany(i => RealRequestsFor(policy with { Rules = new EquatableArray<PolicyRule>([policy.Rules[i]]) }));

    /// <summary>
    /// Requests built from the strings the policy names plus fresh ones. Real requests only: resources and
    /// subresources are path segments without '*', paths start with '/', and an API group is never "*".
    /// </summary>
    public static Gen<AuditRequest> RealRequestsFor(Policy policy)
    {
        var rules = policy.Rules.AsArray();
        Gen<string> From(IEnumerable<string> named, params string[] fresh)
            => Gen.OneOfConst(named.Concat(fresh).Distinct().ToArray());
        var users = From(rules.SelectMany(r => r.Users).Where(u => u.Length > 0), "fresh-user");
        var groups = From(rules.SelectMany(r => r.UserGroups), "fresh-group").Array[0, 3];
        var verbs = From(rules.SelectMany(r => r.Verbs), "get", "list", "create", "fresh-verb");
        var namespaces = From(rules.SelectMany(r => r.Namespaces), "", "fresh-ns");
        var entries = rules.SelectMany(r => r.Resources).ToArray();
        var apiGroups = From(entries.Select(e => e.Group).Where(g => g != "*"), "", "fresh.example.com");
        var parts = entries.SelectMany(e => e.Resources).SelectMany(p => p.Split('/')).Where(p => p.Length > 0 && !p.Contains('*')).ToArray();
        var resources = From(parts, "pods", "fresh");
        var subresources = From(parts, "", "", "fresh-sub");
        var names = From(entries.SelectMany(e => e.ResourceNames), "", "fresh-name");
        var specs = rules.SelectMany(r => r.NonResourceUrls).Select(u => u.TrimEnd('*')).Where(u => u.StartsWith('/')).ToArray();
        var paths = From(specs.Concat(specs.Select(s => s + "x")).Concat(specs.Select(s => s + "/")), "/", "/fresh");
        var who = Gen.Frequency((1, Gen.Const<(string?, string[])>((null, []))), (6, Gen.Select(users, groups, (u, g) => ((string?)u, g))));
        var resource = Gen.Select(who, verbs, apiGroups, resources, subresources, namespaces, names)
            .Select(t => AuditRequest.ForResource(t.Item1.Item1, t.Item1.Item2, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, t.Item7));
        var nonResource = Gen.Select(who, verbs, paths).Select(t => AuditRequest.ForNonResource(t.Item1.Item1, t.Item1.Item2, t.Item2, t.Item3));
        return Gen.Frequency((3, resource), (1, nonResource));
    }
}
