using System;
using System.Collections.Generic;

namespace PolicyKit;

/// <summary>
/// The attributes of a request that the apiserver evaluates its audit policy against:
/// the authenticated user (before impersonation), verb, resource or non-resource target, and path.
/// </summary>
public readonly struct AuditRequest : IEquatable<AuditRequest>
{
    private static readonly string[] NoGroups = Array.Empty<string>();

    private readonly IReadOnlyList<string>? _groups;
    private readonly string? _verb;
    private readonly string? _namespace;
    private readonly string? _apiGroup;
    private readonly string? _resource;
    private readonly string? _subresource;
    private readonly string? _name;
    private readonly string? _path;
    private readonly int _pathEnd; // where the path ends in _path (a requestURI may follow with its query); -1: all of it

    private AuditRequest(string? user, IReadOnlyList<string>? groups, string? verb, bool isResourceRequest,
        string? ns, string? apiGroup, string? resource, string? subresource, string? name, string? path)
    {
        User = string.IsNullOrEmpty(user) ? null : user;
        _groups = User is null ? null : groups;
        _verb = verb;
        IsResourceRequest = isResourceRequest;
        _namespace = ns;
        _apiGroup = apiGroup;
        _resource = resource;
        _subresource = subresource;
        _name = name;
        _path = path;
        _pathEnd = -1;
    }

    /// <summary>As above, with the path the part of <paramref name="uri"/> before <paramref name="pathEnd"/>, cut only when read.</summary>
    private AuditRequest(string? user, IReadOnlyList<string>? groups, string? verb, bool isResourceRequest,
        string? ns, string? apiGroup, string? resource, string? subresource, string? name, string uri, int pathEnd)
        : this(user, groups, verb, isResourceRequest, ns, apiGroup, resource, subresource, name, uri)
    {
        _pathEnd = pathEnd;
    }

    /// <summary>A request for an API resource, e.g. <c>get pods/log</c> in a namespace.</summary>
    public static AuditRequest ForResource(string? user, IReadOnlyList<string>? groups, string verb,
        string apiGroup, string resource, string subresource = "", string ns = "", string name = "", string path = "")
        => new(user, groups, verb, true, ns, apiGroup, resource, subresource, name, path);

    /// <summary>A request for a non-resource URL such as <c>/healthz</c>; the verb is the lower-case HTTP method.</summary>
    public static AuditRequest ForNonResource(string? user, IReadOnlyList<string>? groups, string verb, string path)
        => new(user, groups, verb, false, "", "", "", "", "", path);

    /// <summary>
    /// The attributes as recovered from a recorded Event: resource request iff objectRef is present;
    /// a create without subresource has no name (its URL carries none); path is requestURI up to '?'.
    /// </summary>
    public static AuditRequest FromEvent(string? username, IReadOnlyList<string>? groups, string? verb, string? requestUri,
        bool hasObjectRef, string? ns, string? apiGroup, string? resource, string? subresource, string? name)
    {
        // The path is cut from the requestURI only when read: a replay of millions of resource requests never reads it.
        var uri = requestUri ?? "";
        var query = uri.IndexOf('?');
        if (!hasObjectRef)
        {
            return new AuditRequest(username, groups, verb ?? "", false, "", "", "", "", "", uri, query);
        }
        subresource ??= "";
        if (verb == "create" && subresource.Length == 0)
        {
            name = "";
        }
        return new AuditRequest(username, groups, verb, true, ns ?? "", apiGroup ?? "", resource ?? "", subresource, name ?? "", uri, query);
    }

    /// <summary>The authenticated user's name, or null when there is no user (failed authentication).</summary>
    public string? User { get; }

    public bool HasUser => User is not null;

    /// <summary>The authenticated user's groups; empty when there is no user.</summary>
    public IReadOnlyList<string> Groups => _groups ?? NoGroups;

    public string Verb => _verb ?? "";

    public bool IsResourceRequest { get; }

    /// <summary>The namespace; "" for cluster-scoped requests.</summary>
    public string Namespace => _namespace ?? "";

    /// <summary>The API group; "" for the core group.</summary>
    public string ApiGroup => _apiGroup ?? "";

    public string Resource => _resource ?? "";

    public string Subresource => _subresource ?? "";

    /// <summary>The object name from the URL; "" when the URL names none.</summary>
    public string Name => _name ?? "";

    /// <summary>The URL path without the query string.</summary>
    public string Path => _path is null ? "" : _pathEnd < 0 ? _path : _path.Substring(0, _pathEnd);

    /// <summary>The string the path is the first <see cref="PathLength"/> characters of: compared in place, never cut per rule.</summary>
    internal string PathSource => _path ?? "";

    internal int PathLength => _path is null ? 0 : _pathEnd < 0 ? _path.Length : _pathEnd;

    public bool Equals(AuditRequest other)
    {
        if (User != other.User || Verb != other.Verb || IsResourceRequest != other.IsResourceRequest
            || Namespace != other.Namespace || ApiGroup != other.ApiGroup || Resource != other.Resource
            || Subresource != other.Subresource || Name != other.Name || Path != other.Path
            || Groups.Count != other.Groups.Count)
        {
            return false;
        }
        for (var i = 0; i < Groups.Count; i++)
        {
            if (Groups[i] != other.Groups[i])
            {
                return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is AuditRequest other && Equals(other);

    public override int GetHashCode()
        => unchecked((((((Verb.GetHashCode() * 31) + Resource.GetHashCode()) * 31) + Path.GetHashCode()) * 31) + (User?.GetHashCode() ?? 0));

    public override string ToString()
    {
        var who = User is null ? "(no user)" : User + (Groups.Count > 0 ? " [" + string.Join(",", Groups) + "]" : "");
        if (!IsResourceRequest)
        {
            return $"{who} {Verb} {Path}";
        }
        var target = (ApiGroup.Length > 0 ? ApiGroup + "/" : "") + Resource + (Subresource.Length > 0 ? "/" + Subresource : "");
        var where = Namespace.Length > 0 ? $" in namespace {Namespace}" : " (cluster-scoped)";
        var named = Name.Length > 0 ? $" named {Name}" : "";
        return $"{who} {Verb} {target}{named}{where}";
    }
}
