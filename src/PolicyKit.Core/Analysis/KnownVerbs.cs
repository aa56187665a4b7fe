namespace PolicyKit.Analysis;

/// <summary>The verbs requests carry (docs/semantics.md, edge case 8), in the order witnesses prefer them.</summary>
internal static class KnownVerbs
{
    /// <summary>The verbs of resource requests, apart from the deprecated <c>proxy</c>.</summary>
    public static readonly string[] Resource = { "get", "list", "watch", "create", "update", "patch", "delete", "deletecollection" };

    /// <summary>Non-resource requests: the lower-case HTTP method.</summary>
    public static readonly string[] Http = { "get", "post", "put", "patch", "delete", "head", "options", "connect", "trace" };

    /// <summary>Verbs whose URL names no object (create only without a subresource).</summary>
    public static readonly string[] Nameless = { "list", "watch", "create", "deletecollection" };
}
