using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Detection;

/// <summary>
/// The context of a request that an alert shows whatever rule raised it, by what the request is: an exec's
/// command (argv, credentials taken out) and container, a port-forward's ports, the object's name when the
/// request has none (a create) and its owners (a controller-made pod names its ReplicaSet or Job), a binding's
/// subjects and role, a service's type and ports.
/// </summary>
public static class AlertContext
{
    public static IEnumerable<Evidence> Of(IDetectionEvent e)
    {
        var resource = e.Get(EventField.Resource);
        var subresource = e.Get(EventField.Subresource);
        if (resource == "pods" && subresource is "exec" or "attach")
        {
            foreach (var x in Query(e, "container", "the container"))
            {
                yield return x;
            }
            var argv = e.GetList(EventField.Query, "command");
            if (argv.Count > 0)
            {
                yield return Evidence.Safe("requestURI?command", CommandRedaction.Show(argv), "the command run (credentials hidden)");
            }
        }
        else if (resource == "pods" && subresource == "portforward")
        {
            foreach (var x in Query(e, "ports", "the ports forwarded"))
            {
                yield return x;
            }
        }
        if (subresource.Length > 0)
        {
            yield break;
        }
        var (body, root) = Body(e);
        if (body is null)
        {
            yield break;
        }
        foreach (var x in Identity(e, body, root))
        {
            yield return x;
        }
        if (resource is "rolebindings" or "clusterrolebindings")
        {
            foreach (var x in Binding(e, body, root))
            {
                yield return x;
            }
        }
        else if (resource == "services")
        {
            foreach (var x in Service(body, root))
            {
                yield return x;
            }
        }
    }

    private static IEnumerable<Evidence> Query(IDetectionEvent e, string name, string reason)
    {
        var values = e.GetList(EventField.Query, name);
        if (values.Count > 0)
        {
            yield return Evidence.Safe("requestURI?" + name, string.Join(", ", values), reason);
        }
    }

    /// <summary>requestObject, else responseObject (a JSON patch read as the object it sets).</summary>
    private static (IBodyNode? Body, string Root) Body(IDetectionEvent e)
    {
        var request = BodyPaths.Root(e, BodyRoot.RequestObject);
        return request is { Kind: BodyNodeKind.Object }
            ? (request, "requestObject")
            : (BodyPaths.Root(e, BodyRoot.ResponseObject) is { Kind: BodyNodeKind.Object } response ? response : null, "responseObject");
    }

    /// <summary>The object's name when objectRef has none (a create), and who owns it.</summary>
    private static IEnumerable<Evidence> Identity(IDetectionEvent e, IBodyNode body, string root)
    {
        var metadata = body.Property("metadata");
        if (e.Get(EventField.Name).Length == 0)
        {
            if (metadata?.Property("name")?.String is { Length: > 0 } name)
            {
                yield return Evidence.Safe(root + ".metadata.name", name, "the object's name");
            }
            else if (metadata?.Property("generateName")?.String is { Length: > 0 } generated)
            {
                yield return Evidence.Safe(root + ".metadata.generateName", generated, "the object's name prefix");
            }
        }
        var owners = BodyPaths.Items(metadata?.Property("ownerReferences")).ToList();
        for (var i = 0; i < owners.Count; i++)
        {
            var kind = BodyPaths.String(owners[i].Property("kind"));
            var ownerName = BodyPaths.String(owners[i].Property("name"));
            var controller = BodyPaths.Bool(owners[i].Property("controller"));
            yield return Evidence.Safe(EvidencePaths.Index(root + ".metadata.ownerReferences", i), kind + "/" + ownerName,
                controller ? "made by this controller" : "owned by");
        }
    }

    private static IEnumerable<Evidence> Binding(IDetectionEvent e, IBodyNode body, string root)
    {
        var roleRef = body.Property("roleRef");
        var roleRoot = root;
        if (roleRef is null && root == "requestObject" && BodyPaths.Root(e, BodyRoot.ResponseObject) is { } response)
        {
            // A patch adding subjects does not repeat the (immutable) roleRef; the response holds it.
            roleRef = response.Property("roleRef");
            roleRoot = "responseObject";
        }
        if (roleRef is not null)
        {
            var kind = BodyPaths.String(roleRef.Property("kind"));
            yield return Evidence.Safe(roleRoot + ".roleRef", (kind.Length > 0 ? kind + "/" : "") + BodyPaths.String(roleRef.Property("name")), "the role granted");
        }
        var subjects = BodyPaths.Items(body.Property("subjects")).ToList();
        for (var i = 0; i < subjects.Count; i++)
        {
            var ns = BodyPaths.String(subjects[i].Property("namespace"));
            var name = BodyPaths.String(subjects[i].Property("name"));
            yield return Evidence.Safe(EvidencePaths.Index(root + ".subjects", i),
                BodyPaths.String(subjects[i].Property("kind")) + " " + (ns.Length > 0 ? ns + "/" + name : name), "granted to");
        }
    }

    private static IEnumerable<Evidence> Service(IBodyNode body, string root)
    {
        var spec = body.Property("spec");
        if (spec?.Property("type")?.String is { Length: > 0 } type)
        {
            yield return Evidence.Safe(root + ".spec.type", type, "the service type");
        }
        var ports = BodyPaths.Items(spec?.Property("ports")).Select(Port).ToList();
        if (ports.Count > 0)
        {
            yield return Evidence.Safe(root + ".spec.ports", string.Join(", ", ports), "the ports exposed");
        }
    }

    /// <summary>"80/TCP -> 8080, nodePort 30080".</summary>
    private static string Port(IBodyNode port)
    {
        var text = Number(port.Property("port")) + "/" + (BodyPaths.String(port.Property("protocol")) is { Length: > 0 } p ? p : "TCP");
        if (port.Property("targetPort") is { } target)
        {
            text += " -> " + (target.String ?? Number(target));
        }
        if (port.Property("nodePort")?.Integer is { } nodePort)
        {
            text += ", nodePort " + nodePort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return text;
    }

    private static string Number(IBodyNode? node) => node?.Integer?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";
}
