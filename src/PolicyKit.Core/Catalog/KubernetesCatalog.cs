using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit;

/// <summary>
/// The built-in Kubernetes API of the supported versions (generated from tests/fixtures/kubernetes-api):
/// which resources and subresources exist, their scope and the versions that serve them.
/// </summary>
public static partial class KubernetesCatalog
{
    private static readonly Lazy<Dictionary<(string Group, string Resource), CatalogResource[]>> ByResource = new(() =>
        Resources.GroupBy(r => (r.Group, r.Resource)).ToDictionary(g => g.Key, g => g.ToArray()));

    /// <summary>Whether the group is a built-in API group.</summary>
    public static bool IsBuiltInGroup(string group) => PreferredVersions.ContainsKey(group);

    /// <summary>The resource (subresource null) or subresource, or null when the catalog has none.</summary>
    public static CatalogResource? Find(string group, string resource, string? subresource = null)
        => ByResource.Value.TryGetValue((group, resource), out var entries)
            ? entries.FirstOrDefault(e => e.Subresource == (string.IsNullOrEmpty(subresource) ? null : subresource))
            : null;

    /// <summary>The resources of a built-in group (without subresources), in catalog order.</summary>
    public static IEnumerable<CatalogResource> ResourcesOf(string group) => Resources.Where(r => r.Group == group && r.Subresource is null);

    /// <summary>The subresources of a built-in resource.</summary>
    public static IEnumerable<string> SubresourcesOf(string group, string resource)
        => ByResource.Value.TryGetValue((group, resource), out var entries)
            ? entries.Where(e => e.Subresource is not null).Select(e => e.Subresource!)
            : Enumerable.Empty<string>();

    /// <summary>The scope of a built-in resource; Unknown for custom resources.</summary>
    public static ResourceScope ScopeOf(string group, string resource) => Find(group, resource)?.Scope ?? ResourceScope.Unknown;
}
