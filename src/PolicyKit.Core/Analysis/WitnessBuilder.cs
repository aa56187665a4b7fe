using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PolicyKit.Analysis;

/// <summary>
/// Turns a non-empty set of requests into one concrete request, preferring what a reader recognises:
/// built-in groups and resources, a namespace that fits the resource's scope, no name for verbs that
/// carry none, the system:authenticated group for an authenticated user.
/// </summary>
internal static class WitnessBuilder
{
    private static readonly string[] Users = { "jane@example.com", "alice", "bob", "system:serviceaccount:default:app" };
    private static readonly string[] Namespaces = { "default", "team-a", "kube-system" };
    private static readonly string[] Names = { "example", "example-2", "web" };
    private static readonly string[] PreferredGroups = { "", "apps", "batch", "rbac.authorization.k8s.io", "networking.k8s.io", "example.com" };
    private static readonly string[] PreferredResources = { "pods", "configmaps", "services", "deployments", "jobs", "roles", "ingresses" };

    public static AuditRequest Build(RequestCube cube)
    {
        var (user, groups) = ChooseUser(cube.User);
        if (!cube.IsResource)
        {
            return AuditRequest.ForNonResource(user, groups, Pick(cube.Verb, KnownVerbs.Http, "custom-verb"), cube.Path.Example() ?? "/");
        }
        var group = Pick(cube.Group, PreferredGroups.Concat(KubernetesCatalog.PreferredVersions.Keys), "example.com");
        var resource = Pick(cube.Resource,
            PreferredResources.Concat(KubernetesCatalog.ResourcesOf(group).Select(r => r.Resource)).Where(r => IsServed(group, r)), "widgets");
        var subresource = Pick(cube.Subresource, new[] { "" }.Concat(KubernetesCatalog.SubresourcesOf(group, resource)), "status");
        // A request that must carry a name prefers a verb whose URL has one (not list, or create of the bare resource).
        var named = !cube.Name.Contains("");
        var verb = Pick(cube.Verb, named ? KnownVerbs.Resource.Where(v => subresource.Length > 0 || !KnownVerbs.Nameless.Contains(v)) : KnownVerbs.Resource, "custom-verb");
        var scope = KubernetesCatalog.ScopeOf(group, resource);
        var ns = Pick(cube.Namespace, scope == ResourceScope.Cluster ? new[] { "" } : Namespaces, "team-b");
        var nameless = subresource.Length == 0 && KnownVerbs.Nameless.Contains(verb);
        var name = Pick(cube.Name, nameless ? new[] { "" }.Concat(Names) : Names.Concat(new[] { "" }), "example-3");
        return AuditRequest.ForResource(user, groups, verb, group, resource, subresource, ns, name, UrlOf(group, resource, subresource, ns, name));
    }

    private static (string? User, IReadOnlyList<string>? Groups) ChooseUser(UserSet set)
    {
        if (set.Names.IsEmpty || !set.Groups.IsSatisfiable)
        {
            return (null, null);
        }
        var user = Pick(set.Names, Users, "user");
        var usual = user == "system:anonymous" ? "system:unauthenticated" : "system:authenticated";
        return (user, set.Groups.Choose(new[] { usual }));
    }

    private static bool IsServed(string group, string resource)
        => !KubernetesCatalog.IsBuiltInGroup(group) || KubernetesCatalog.Find(group, resource) is not null;

    /// <summary>The first preferred value in the set; else its first listed value; else a fresh value.</summary>
    private static string Pick(StringSet set, IEnumerable<string> preferred, string fresh)
    {
        foreach (var value in preferred)
        {
            if (set.Contains(value))
            {
                return value;
            }
        }
        if (!set.IsCofinite)
        {
            return set.Items[0];
        }
        for (var i = 1; ; i++)
        {
            var candidate = i == 1 ? fresh : fresh + "-" + i.ToString(CultureInfo.InvariantCulture);
            if (set.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    private static string UrlOf(string group, string resource, string subresource, string ns, string name)
    {
        var version = KubernetesCatalog.PreferredVersions.TryGetValue(group, out var v) ? v : "v1";
        var url = group.Length == 0 ? "/api/" + version : "/apis/" + group + "/" + version;
        if (ns.Length > 0 && resource != "namespaces")
        {
            url += "/namespaces/" + ns;
        }
        url += "/" + resource;
        if (name.Length > 0)
        {
            url += "/" + name;
        }
        return subresource.Length > 0 ? url + "/" + subresource : url;
    }
}
