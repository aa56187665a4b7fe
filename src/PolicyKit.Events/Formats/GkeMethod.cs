using System;

namespace PolicyKit.Events.Formats;

/// <summary>
/// The request a GKE audit entry names, from its methodName and resourceName. methodName is
/// <c>io.k8s.{group}.{version}.{resource}[.{subresource}].{verb}</c> (the group reversed and shortened:
/// <c>io.k8s.authorization.rbac.v1.clusterrolebindings.create</c>) or, for a non-resource request,
/// <c>io.k8s.{verb}</c>; resourceName is the URL path after /api or /apis:
/// <c>{group|core}/{version}[/namespaces/{ns}]/{resource}[/{name}[/{subresource}]]</c>, or the path of a
/// non-resource request. The path is split as kube-apiserver's RequestInfoFactory splits a URL, so the
/// namespace of <c>namespaces/{ns}</c> is ns, and <c>namespaces/{ns}/status</c> is a subresource.
/// </summary>
internal sealed record GkeMethod(string Verb, bool IsResource, string Group, string Version, string Namespace,
    string Resource, string Name, string Subresource, string Path)
{
    public static GkeMethod? Parse(string methodName, string resourceName, out string? problem)
    {
        problem = null;
        if (!methodName.StartsWith("io.k8s.", StringComparison.Ordinal))
        {
            problem = $"methodName \"{methodName}\" is no Kubernetes method (io.k8s....)";
            return null;
        }
        var verb = methodName.Substring(methodName.LastIndexOf('.') + 1);
        var middle = methodName.Substring("io.k8s.".Length, Math.Max(0, methodName.Length - "io.k8s.".Length - verb.Length - 1));
        if (verb.Length == 0)
        {
            problem = $"methodName \"{methodName}\" has no verb";
            return null;
        }
        if (middle.Length == 0)
        {
            // io.k8s.get: a non-resource request; resourceName is its path.
            var path = resourceName.StartsWith('/') ? resourceName : "/" + resourceName;
            return new GkeMethod(verb, false, "", "", "", "", "", "", path);
        }
        var parts = resourceName.Split('/');
        if (parts.Length < 3 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            problem = $"resourceName \"{resourceName}\" is not group/version/resource...";
            return null;
        }
        var group = parts[0] == "core" ? "" : parts[0];
        var version = parts[1];
        var rest = parts.AsSpan(2);
        var ns = "";
        if (rest[0] == "namespaces" && rest.Length > 1)
        {
            ns = rest[1];
            if (rest.Length > 2 && rest[2] is not ("status" or "finalize"))
            {
                rest = rest.Slice(2);
            }
        }
        var resource = rest[0];
        var name = rest.Length > 1 ? rest[1] : "";
        var subresource = rest.Length > 2 ? rest[2] : "";
        // A create of a namespace posts to /api/v1/namespaces: the request has no namespace (the name is the body's).
        if (verb == "create" && subresource.Length == 0 && resource == "namespaces" && group.Length == 0)
        {
            ns = "";
        }
        return new GkeMethod(verb, true, group, version, ns, resource, name, subresource, UrlPath(group, version, ns, resource, name, subresource, verb));
    }

    /// <summary>The request's URL path as the apiserver saw it: a create's URL is the collection's (the name is the body's).</summary>
    private static string UrlPath(string group, string version, string ns, string resource, string name, string subresource, string verb)
    {
        var path = group.Length == 0 ? $"/api/{version}" : $"/apis/{group}/{version}";
        if (resource == "namespaces")
        {
            path += "/namespaces";
            var nsName = name.Length > 0 ? name : ns;
            if (nsName.Length > 0 && !(verb == "create" && subresource.Length == 0))
            {
                path += "/" + nsName;
            }
            return subresource.Length > 0 ? path + "/" + subresource : path;
        }
        if (ns.Length > 0)
        {
            path += "/namespaces/" + ns;
        }
        path += "/" + resource;
        if (name.Length > 0 && !(verb == "create" && subresource.Length == 0))
        {
            path += "/" + name;
        }
        if (subresource.Length > 0)
        {
            path += "/" + subresource;
        }
        return verb == "watch" ? path + "?watch=true" : path;
    }
}
