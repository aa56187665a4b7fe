using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit;

/// <summary>
/// What a rule's <c>Resources(...)</c> selects: a resource pattern in an API group (<c>pods</c>,
/// <c>pods/exec</c>, <c>pods/*</c>, <c>*</c>), or a whole group (<see cref="WholeGroup"/>: an entry
/// without resources, which the apiserver reads as every resource and subresource), optionally limited
/// to object names. Catalog members (<c>Api.Core.Pods</c>) and <see cref="Resource.Custom(string, string)"/> make them.
/// </summary>
public class ResourceRef : IEquatable<ResourceRef>
{
    public ResourceRef(string group, string pattern, ResourceScope scope = ResourceScope.Unknown, IEnumerable<string>? names = null)
        : this(group, pattern, scope, names, wholeGroup: false)
    {
    }

    private ResourceRef(string group, string pattern, ResourceScope scope, IEnumerable<string>? names, bool wholeGroup)
    {
        Group = group ?? throw new ArgumentNullException(nameof(group));
        Pattern = pattern ?? throw new ArgumentNullException(nameof(pattern));
        Scope = scope;
        Names = new EquatableArray<string>(names);
        IsWholeGroup = wholeGroup;
    }

    /// <summary>Every resource and subresource of a group (a GroupResources entry without resources).</summary>
    public static ResourceRef WholeGroup(string group) => new(group, "", ResourceScope.Unknown, null, wholeGroup: true);

    /// <summary>The API group; "" is the core group.</summary>
    public string Group { get; }

    /// <summary>The resource pattern ("" for a whole group).</summary>
    public string Pattern { get; }

    public ResourceScope Scope { get; }

    /// <summary>Object names (resourceNames); empty for any name.</summary>
    public EquatableArray<string> Names { get; }

    /// <summary>True when this selects a whole API group.</summary>
    public bool IsWholeGroup { get; }

    /// <summary>
    /// Only objects with these names. Requests without a name in their URL (list, watch, create,
    /// deletecollection) then never match.
    /// </summary>
    public ResourceRef Named(params string[] names)
    {
        if (IsWholeGroup)
        {
            throw new InvalidOperationException("a whole API group cannot be limited to names: the apiserver ignores resourceNames without resources");
        }
        return new ResourceRef(Group, Pattern, Scope, Names.Concat(names), wholeGroup: false);
    }

    public bool Equals(ResourceRef? other)
        => other is not null && Group == other.Group && Pattern == other.Pattern && IsWholeGroup == other.IsWholeGroup && Names.Equals(other.Names);

    public override bool Equals(object? obj) => Equals(obj as ResourceRef);

    public override int GetHashCode() => unchecked((Group.GetHashCode() * 31) + Pattern.GetHashCode());

    public override string ToString()
        => (Group.Length == 0 ? "core" : Group) + "/" + (IsWholeGroup ? "(all)" : Pattern) + (Names.IsEmpty ? "" : " named " + string.Join(",", Names));
}

/// <summary>Resources outside the built-in catalog.</summary>
public static class Resource
{
    /// <summary>A custom resource (CRD) or a resource the catalog does not know: group and plural name.</summary>
    public static ResourceRef Custom(string group, string plural) => new(group, plural);

    /// <summary>Every resource and subresource of an API group the catalog does not know (e.g. metrics.k8s.io).</summary>
    public static ResourceRef Custom(string group) => ResourceRef.WholeGroup(group);
}
