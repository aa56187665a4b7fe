namespace PolicyKit;

/// <summary>Whether a resource lives in a namespace or at cluster scope.</summary>
public enum ResourceScope
{
    /// <summary>Not known: a custom resource, a whole group, or a wildcard.</summary>
    Unknown = 0,
    Namespaced = 1,
    Cluster = 2,
}
