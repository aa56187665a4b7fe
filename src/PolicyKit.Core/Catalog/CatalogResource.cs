namespace PolicyKit;

/// <summary>
/// One built-in resource or subresource of the catalog (<see cref="KubernetesCatalog.Resources"/>): where it lives, its scope and
/// the Kubernetes minor versions that serve it.
/// </summary>
/// <param name="Group">The API group; "" is the core group.</param>
/// <param name="Resource">The resource (plural name), e.g. <c>pods</c>.</param>
/// <param name="Subresource">The subresource, e.g. <c>exec</c>; null for the resource itself.</param>
/// <param name="Scope">Namespaced or cluster-scoped; a subresource has its resource's scope.</param>
/// <param name="Since">The first Kubernetes minor version that serves it, e.g. "1.29" (the catalog's oldest).</param>
/// <param name="Until">The last Kubernetes minor version that serves it; null when the newest still does.</param>
/// <param name="Member">Its member in the C# DSL's catalog below <c>PolicyKit.Api</c>, e.g. <c>Core.Pods.Exec</c>.</param>
public sealed record CatalogResource(string Group, string Resource, string? Subresource, ResourceScope Scope, string Since, string? Until, string Member)
{
    /// <summary>The pattern a policy rule writes: <c>resource</c> or <c>resource/subresource</c>.</summary>
    public string Pattern => Subresource is null ? Resource : Resource + "/" + Subresource;
}
