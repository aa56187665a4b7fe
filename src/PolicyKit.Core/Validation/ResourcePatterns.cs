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
        if (!ResourcePatternShape.Of(pattern).IsGeneric)
        {
            return null;
        }
        if (pattern.Length == 0)
        {
            return "the empty resource pattern matches no request; " + Shapes;
        }
        if (pattern == "*/*")
        {
            return "\"*/*\" matches no request (use \"*\" for every resource and subresource)";
        }
        var slash = pattern.IndexOf('/');
        if (slash >= 0 && pattern.IndexOf('/', slash + 1) >= 0)
        {
            return Quote(pattern) + " has more than one '/' and matches no request; " + Shapes;
        }
        if (slash == 0 || slash == pattern.Length - 1)
        {
            return Quote(pattern) + " has an empty resource or subresource and matches no request; " + Shapes;
        }
        return Quote(pattern) + " uses '*' where it is no wildcard and matches no request; " + Shapes;
    }

    private static string Quote(string s) => UpstreamMessages.Quote(s);
}
