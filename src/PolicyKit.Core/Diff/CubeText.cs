using System.Collections.Generic;
using System.Linq;
using PolicyKit.Analysis;

namespace PolicyKit.Diff;

/// <summary>
/// A cube in words, naming only what it constrains: <c>non-resource; path /healthz*; verbs other than get</c>,
/// <c>resource configmaps (core group); namespaces other than kube-system; user alice</c>. "" reads as what it means
/// (the core group, cluster scope, no subresource, no name).
/// </summary>
internal static class CubeText
{
    public static string Describe(RequestCube cube)
    {
        var parts = new List<string>();
        if (cube.IsResource)
        {
            parts.Add(Resource(cube) + " in " + Group(cube.Group));
            if (!cube.Namespace.IsAny)
            {
                parts.Add(Set(cube.Namespace, "namespace", "namespaces", n => n.Length == 0 ? "(cluster scope)" : n, ""));
            }
            if (!cube.Name.IsAny)
            {
                parts.Add(Set(cube.Name, "name", "names", n => n.Length == 0 ? "(none)" : n, ""));
            }
        }
        else
        {
            parts.Add("non-resource " + Paths(cube.Path));
        }
        if (!cube.Verb.IsAny)
        {
            parts.Add(Set(cube.Verb, "verb", "verbs", v => v, ""));
        }
        if (!cube.User.IsAny)
        {
            parts.Add(User(cube.User));
        }
        return string.Join("; ", parts);
    }

    /// <summary><c>pods</c>, <c>pods/log</c>, <c>any resource but pods (and subresources)</c>.</summary>
    private static string Resource(RequestCube cube)
    {
        var resource = cube.Resource.IsAny ? "any resource"
            : cube.Resource.IsCofinite ? "any resource but " + string.Join(", ", cube.Resource.Items)
            : string.Join(", ", cube.Resource.Items);
        if (cube.Subresource.IsAny)
        {
            return resource + " (and subresources)";
        }
        if (cube.Subresource.Equals(StringSet.Of("")))
        {
            return resource;
        }
        if (!cube.Resource.IsCofinite && cube.Resource.Items.Count == 1 && !cube.Subresource.IsCofinite && cube.Subresource.Items.Count == 1)
        {
            return resource + "/" + cube.Subresource.Items[0];
        }
        return resource + ", " + Set(cube.Subresource, "subresource", "subresources", s => s.Length == 0 ? "(none)" : s, "");
    }

    private static string Group(StringSet group)
    {
        if (group.Equals(StringSet.Of("")))
        {
            return "the core group";
        }
        return Set(group, "group", "groups", g => g.Length == 0 ? "(core)" : g, "any group");
    }

    private static string User(UserSet user)
    {
        if (user.Names.IsEmpty || !user.Groups.IsSatisfiable)
        {
            return "no user (failed authentication)";
        }
        var text = Set(user.Names, "user", "users", u => u, "any user");
        foreach (var clause in user.Groups.Clauses)
        {
            text += ", in " + (clause.Items.Count == 1 ? "group " : "one of groups ") + string.Join(", ", clause.Items);
        }
        if (!user.Groups.Forbidden.IsEmpty)
        {
            text += ", in none of groups " + string.Join(", ", user.Groups.Forbidden.Items);
        }
        return user.NoUser ? text + " (or no user)" : text;
    }

    private static string Paths(PathSet paths)
    {
        var text = paths.Positive is null ? "any path" : (paths.Positive.Length == 1 ? "path " : "paths ") + string.Join(", ", paths.Positive);
        return paths.Negative.Length == 0 ? text : text + " except " + string.Join(", ", paths.Negative);
    }

    /// <summary><c>verb get</c>, <c>verbs get, list</c>, <c>verbs other than get</c>; <paramref name="any"/> for every string.</summary>
    private static string Set(StringSet set, string one, string many, System.Func<string, string> show, string any)
    {
        if (set.IsAny)
        {
            return any;
        }
        var items = string.Join(", ", set.Items.Select(show));
        if (set.IsCofinite)
        {
            return (many.Length == 0 ? "any but " : many + " other than ") + items;
        }
        return (set.Items.Count == 1 ? one : many) + " " + items;
    }
}
