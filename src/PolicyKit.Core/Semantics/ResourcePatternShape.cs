namespace PolicyKit;

/// <summary>
/// A resource pattern taken apart the way kube-apiserver's matcher reads it: "pods" (Resource "pods",
/// no subresource), "pods/log", "pods/*", "*/log", "*". Any other shape (empty, several slashes, a
/// star inside a name, "*/*") is <see cref="IsGeneric"/>: it matches only odd strings and is tested
/// with the apiserver's own clause-by-clause code (<see cref="PolicyEvaluator.ResourcePatternMatches"/>).
/// Validation calls such patterns dead (PK1043); the generator compiles the others to direct tests.
/// </summary>
public readonly struct ResourcePatternShape
{
    private ResourcePatternShape(string? resource, string? subresource)
    {
        Resource = resource;
        Subresource = subresource;
    }

    /// <summary>"pods", or "*"; null for a generic pattern.</summary>
    public string? Resource { get; }

    /// <summary>"log", "*", or null for a bare resource.</summary>
    public string? Subresource { get; }

    public bool IsGeneric => Resource is null;

    public static ResourcePatternShape Of(string p)
    {
        if (p == "*")
        {
            return new ResourcePatternShape("*", null);
        }
        var slash = p.IndexOf('/');
        if (slash < 0)
        {
            return p.Length > 0 && p.IndexOf('*') < 0 ? new ResourcePatternShape(p, null) : default;
        }
        var oneSlash = slash > 0 && slash < p.Length - 1 && p.IndexOf('/', slash + 1) < 0;
        if (!oneSlash)
        {
            return default;
        }
        var res = p.Substring(0, slash);
        var sub = p.Substring(slash + 1);
        var wellFormed = (res == "*" || res.IndexOf('*') < 0) && (sub == "*" || sub.IndexOf('*') < 0) && !(res == "*" && sub == "*");
        return wellFormed ? new ResourcePatternShape(res, sub) : default;
    }
}
