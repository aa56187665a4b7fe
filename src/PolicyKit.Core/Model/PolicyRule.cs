namespace PolicyKit;

/// <summary>One rule of an audit policy (audit.k8s.io/v1 PolicyRule). Immutable, compared by value.</summary>
public sealed record PolicyRule
{
    public PolicyRule(Level level) => Level = level;

    /// <summary>Every field at once; generated code uses this form because it compiles on C# 7.3 (no init accessors).</summary>
    public PolicyRule(Level level, string? name, EquatableArray<string> users, EquatableArray<string> userGroups, EquatableArray<string> verbs,
        EquatableArray<GroupResources> resources, EquatableArray<string> namespaces, EquatableArray<string> nonResourceUrls, Stages omitStages, bool? omitManagedFields)
    {
        Level = level;
        Name = name;
        Users = users;
        UserGroups = userGroups;
        Verbs = verbs;
        Resources = resources;
        Namespaces = namespaces;
        NonResourceUrls = nonResourceUrls;
        OmitStages = omitStages;
        OmitManagedFields = omitManagedFields;
    }

    public Level Level { get; init; }

    /// <summary>Optional name for diagnostics and YAML comments; not part of the apiserver's model.</summary>
    public string? Name { get; init; }

    public EquatableArray<string> Users { get; init; }

    public EquatableArray<string> UserGroups { get; init; }

    public EquatableArray<string> Verbs { get; init; }

    public EquatableArray<GroupResources> Resources { get; init; }

    public EquatableArray<string> Namespaces { get; init; }

    public EquatableArray<string> NonResourceUrls { get; init; }

    public Stages OmitStages { get; init; }

    /// <summary>Tri-state: null inherits the policy's value.</summary>
    public bool? OmitManagedFields { get; init; }

    /// <summary>A rule with namespaces or resources only ever matches resource requests.</summary>
    public bool IsResourceRule => !Namespaces.IsEmpty || !Resources.IsEmpty;

    /// <summary>A rule with nonResourceURLs (and no namespaces/resources) only matches non-resource requests.</summary>
    public bool IsNonResourceRule => !IsResourceRule && !NonResourceUrls.IsEmpty;
}
