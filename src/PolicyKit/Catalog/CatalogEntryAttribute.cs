using System;

namespace PolicyKit;

/// <summary>
/// On each catalog member: what it selects and in which Kubernetes versions it exists. The generator
/// reads this instead of running code; the runtime objects carry the same values.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class CatalogEntryAttribute : Attribute
{
    public CatalogEntryAttribute(string group, string pattern)
    {
        Group = group;
        Pattern = pattern;
    }

    public string Group { get; }

    /// <summary>"" for a whole group (the group's <c>All</c>), else <c>resource</c>, <c>resource/subresource</c> or <c>resource/*</c>.</summary>
    public string Pattern { get; }

    public ResourceScope Scope { get; set; }

    /// <summary>The first Kubernetes minor version that serves it, e.g. "1.29" (the catalog's oldest).</summary>
    public string? Since { get; set; }

    /// <summary>The last Kubernetes minor version that serves it; null when the newest still does.</summary>
    public string? Until { get; set; }
}
