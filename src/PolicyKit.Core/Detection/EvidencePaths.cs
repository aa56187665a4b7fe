using System.Collections.Generic;
using System.Text;

namespace PolicyKit.Detection;

/// <summary>
/// How evidence names where a value is: event fields by their JSON names ("user.groups", "requestURI?command"),
/// body paths as JSON property names with indexes ("requestObject.spec.containers[1].image"), a name that is not
/// a plain identifier in brackets ("metadata.annotations[\"kubernetes.io/service-account.name\"]").
/// </summary>
internal static class EvidencePaths
{
    public static string Of(FieldValue f) => f.Field switch
    {
        EventField.Verb => "verb",
        EventField.Stage => "stage",
        EventField.Level => "level",
        EventField.Username => "user.username",
        EventField.Groups => "user.groups",
        EventField.ImpersonatedUsername => "impersonatedUser.username",
        EventField.ImpersonatedGroups => "impersonatedUser.groups",
        EventField.Resource => "objectRef.resource",
        EventField.Subresource => "objectRef.subresource",
        EventField.Namespace => "objectRef.namespace",
        EventField.Name => "objectRef.name",
        EventField.ApiGroup => "objectRef.apiGroup",
        EventField.RequestUri => "requestURI",
        EventField.Path => "requestURI (path)",
        EventField.Query => "requestURI?" + f.Argument,
        EventField.SourceIps => "sourceIPs",
        EventField.UserAgent => "userAgent",
        EventField.ResponseCode => "responseStatus.code",
        EventField.Annotation => "annotations" + Property(f.Argument),
        _ => f.Field.ToString(),
    };

    public static string Of(BodyRoot root) => root == BodyRoot.RequestObject ? "requestObject" : "responseObject";

    /// <summary>".name", or "[\"kubernetes.io/x\"]" for a name that is not a plain identifier.</summary>
    public static string Property(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-'))
            {
                return "[\"" + name.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"]";
            }
        }
        return name.Length == 0 ? "[\"\"]" : "." + name;
    }

    public static string Index(string path, int i) => path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    /// <summary>
    /// The path the steps lead to from <paramref name="node"/> at <paramref name="path"/>: computed steps become what
    /// they stand for (the pod spec's real location), "$present" adds nothing.
    /// </summary>
    public static (IBodyNode? Node, string Path) Walk(IBodyNode? node, string path, IEnumerable<string> steps, string resource)
    {
        var text = new StringBuilder(path);
        foreach (var step in steps)
        {
            if (step == BodyPaths.PodSpec && node is not null)
            {
                foreach (var s in BodyPaths.PodSpecSteps(node, resource))
                {
                    text.Append(Property(s));
                }
            }
            else if (step != BodyPaths.Present && step != BodyPaths.AllContainers && step != BodyPaths.Keys)
            {
                text.Append(Property(step));
            }
            node = BodyPaths.Step(node, step, resource);
        }
        return (node, text.ToString());
    }

    /// <summary>
    /// The paths of a body list's items, in the order the interpreter reads them: the three container lists of
    /// "$allContainers", a "$keys" list's property names (each key's own path), else the array's indexes.
    /// </summary>
    public static List<string> Items(IBodyNode? start, string path, IReadOnlyList<string> steps, string resource)
    {
        var last = steps.Count == 0 ? "" : steps[steps.Count - 1];
        var paths = new List<string>();
        if (last == BodyPaths.AllContainers || last == BodyPaths.Keys)
        {
            var allButLast = new string[steps.Count - 1];
            for (var i = 0; i < allButLast.Length; i++)
            {
                allButLast[i] = steps[i];
            }
            var (parent, parentPath) = Walk(start, path, allButLast, resource);
            if (parent is null)
            {
                return paths;
            }
            if (last == BodyPaths.Keys)
            {
                foreach (var name in parent.PropertyNames)
                {
                    paths.Add(parentPath + Property(name));
                }
                return paths;
            }
            foreach (var list in BodyPaths.ContainerLists)
            {
                var items = parent.Property(list);
                var count = items?.Kind == BodyNodeKind.Array ? items.Count : 0;
                for (var i = 0; i < count; i++)
                {
                    paths.Add(Index(parentPath + "." + list, i));
                }
            }
            return paths;
        }
        var (node, nodePath) = Walk(start, path, steps, resource);
        var n = node?.Kind == BodyNodeKind.Array ? node.Count : 0;
        for (var i = 0; i < n; i++)
        {
            paths.Add(Index(nodePath, i));
        }
        return paths;
    }
}
