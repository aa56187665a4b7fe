namespace PolicyKit.Detection;

/// <summary>The fields of an audit Event that detection rules read outside the bodies.</summary>
public enum EventField
{
    /// <summary>The verb (get, list, create, ...).</summary>
    Verb,

    /// <summary>The stage (RequestReceived, ResponseStarted, ResponseComplete, Panic).</summary>
    Stage,

    /// <summary>The level the policy logged the event at.</summary>
    Level,

    /// <summary>user.username.</summary>
    Username,

    /// <summary>user.groups (a list).</summary>
    Groups,

    /// <summary>impersonatedUser.username ("" when nobody was impersonated).</summary>
    ImpersonatedUsername,

    /// <summary>impersonatedUser.groups (a list).</summary>
    ImpersonatedGroups,

    /// <summary>objectRef.resource.</summary>
    Resource,

    /// <summary>objectRef.subresource.</summary>
    Subresource,

    /// <summary>objectRef.namespace.</summary>
    Namespace,

    /// <summary>objectRef.name.</summary>
    Name,

    /// <summary>objectRef.apiGroup ("" for the core group).</summary>
    ApiGroup,

    /// <summary>The requestURI as recorded.</summary>
    RequestUri,

    /// <summary>The requestURI before '?'.</summary>
    Path,

    /// <summary>The URL-decoded values of one query parameter of requestURI (a list; the argument names it).</summary>
    Query,

    /// <summary>sourceIPs (a list).</summary>
    SourceIps,

    /// <summary>userAgent.</summary>
    UserAgent,

    /// <summary>responseStatus.code (a number; missing when there is no response yet).</summary>
    ResponseCode,

    /// <summary>One annotation's value (the argument names it).</summary>
    Annotation,
}

/// <summary>Facts about the fields.</summary>
public static class EventFields
{
    /// <summary>Fields whose value is a list of strings.</summary>
    public static bool IsList(EventField field) => field is EventField.Groups or EventField.ImpersonatedGroups or EventField.SourceIps or EventField.Query;

    /// <summary>Fields that take an argument (the query parameter or annotation key).</summary>
    public static bool HasArgument(EventField field) => field is EventField.Query or EventField.Annotation;
}
