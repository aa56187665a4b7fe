namespace PolicyKit.Validation;

/// <summary>
/// The shapes of resource pattern the apiserver's matcher can ever match: <c>*</c>, <c>res</c>,
/// <c>res/sub</c>, <c>res/*</c>, <c>*/sub</c>. Anything else is accepted by the apiserver but dead.
/// </summary>
public static class ResourcePatterns
{
    private const string Shapes = "patterns are \"resource\", \"resource/subresource\", \"resource/*\", \"*/subresource\" or \"*\"";

    /// <summary>Why a pattern can never match a real request, or null when it can.</summary>
    public static string? Problem(string pattern)
    {
        if (pattern.Length == 0)
        {
            return "the empty resource pattern matches no request; " + Shapes;
        }
        if (pattern == "*")
        {
            return null;
        }
        if (pattern == "*/*")
        {
            return "\"*/*\" matches no request (use \"*\" for every resource and subresource)";
        }
        var slash = pattern.IndexOf('/');
        var resource = slash < 0 ? pattern : pattern.Substring(0, slash);
        var sub = slash < 0 ? null : pattern.Substring(slash + 1);
        if (sub is not null && sub.IndexOf('/') >= 0)
        {
            return Quote(pattern) + " has more than one '/' and matches no request; " + Shapes;
        }
        if (resource.Length == 0 || sub is { Length: 0 })
        {
            return Quote(pattern) + " has an empty resource or subresource and matches no request; " + Shapes;
        }
        var resourceOk = resource == "*" ? sub is not null : resource.IndexOf('*') < 0;
        var subOk = sub is null || sub == "*" || sub.IndexOf('*') < 0;
        if (!resourceOk || !subOk)
        {
            return Quote(pattern) + " uses '*' where it is no wildcard and matches no request; " + Shapes;
        }
        return null;
    }

    private static string Quote(string s) => UpstreamMessages.Quote(s);
}
