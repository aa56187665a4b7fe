namespace PolicyKit;

/// <summary>
/// One entry of a rule's <c>resources</c>: an API group ("" is the core group) with optional
/// resource patterns and object names.
/// </summary>
public sealed record GroupResources
{
    public GroupResources(string? group = null, EquatableArray<string> resources = default, EquatableArray<string> resourceNames = default)
    {
        Group = group ?? "";
        Resources = resources;
        ResourceNames = resourceNames;
    }

    /// <summary>The API group; "" (or absent in YAML) is the core group, never "all groups".</summary>
    public string Group { get; init; }

    /// <summary>Resource patterns: <c>pods</c>, <c>pods/log</c>, <c>pods/*</c>, <c>*/scale</c>, <c>*</c>. Empty: every resource of the group.</summary>
    public EquatableArray<string> Resources { get; init; }

    /// <summary>Object names from the URL. Ignored when <see cref="Resources"/> is empty.</summary>
    public EquatableArray<string> ResourceNames { get; init; }
}
