namespace PolicyKit;

/// <summary>
/// Request verbs as the audit policy sees them: resource verbs, and the lower-case HTTP methods of
/// non-resource requests. The YAML spelling is the member name in lower case.
/// </summary>
public enum Verb
{
    Get,
    List,
    Watch,
    Create,
    Update,
    Patch,
    Delete,
    DeleteCollection,

    /// <summary>Proxy requests through the legacy <c>/proxy/</c> path prefix.</summary>
    Proxy,

    /// <summary>Non-resource request with HTTP POST.</summary>
    Post,

    /// <summary>Non-resource request with HTTP PUT.</summary>
    Put,

    /// <summary>Non-resource request with HTTP HEAD.</summary>
    Head,

    /// <summary>Non-resource request with HTTP OPTIONS.</summary>
    Options,
}

public static class VerbNames
{
    /// <summary>The verb as the apiserver writes it: <c>deletecollection</c>, <c>get</c>, ...</summary>
    public static string ToName(this Verb verb) => verb.ToString().ToLowerInvariant();
}
