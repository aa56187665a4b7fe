using System.Collections.Generic;

namespace PolicyKit.Detection;

/// <summary>
/// Walking body paths, shared by the typed views (compiled rules) and the interpreter so the two read
/// bodies identically; they differ only in how they evaluate the rule's expression.
/// </summary>
public static class BodyPaths
{
    /// <summary>Computed step: the pod spec of a pod or of any workload's pod template.</summary>
    public const string PodSpec = "$podSpec";

    /// <summary>Computed step: containers, initContainers and ephemeralContainers as one list.</summary>
    public const string AllContainers = "$allContainers";

    /// <summary>Follows one step from a node; null when it leads nowhere.</summary>
    public static IBodyNode? Step(IBodyNode? node, string step, string resource)
    {
        if (node is null)
        {
            return null;
        }
        return step switch
        {
            PodSpec => LocatePodSpec(node, resource),
            AllContainers => new ConcatenatedArray(node.Property("containers"), node.Property("initContainers"), node.Property("ephemeralContainers")),
            _ => node.Property(step),
        };
    }

    /// <summary>Follows steps; null when they lead nowhere.</summary>
    public static IBodyNode? Walk(IBodyNode? node, IEnumerable<string> steps, string resource)
    {
        foreach (var s in steps)
        {
            node = Step(node, s, resource);
            if (node is null)
            {
                return null;
            }
        }
        return node;
    }

    /// <summary>
    /// The pod spec: spec for Pod, spec.template.spec for workloads, spec.jobTemplate.spec.template.spec
    /// for CronJob, template.spec for PodTemplate. The body's kind decides; without one (a patch), the resource.
    /// </summary>
    public static IBodyNode? LocatePodSpec(IBodyNode obj, string resource)
    {
        var kind = obj.Property("kind")?.String;
        var shape = kind switch
        {
            "Pod" => "pods",
            "CronJob" => "cronjobs",
            "PodTemplate" => "podtemplates",
            null or "" => resource,
            _ => "workload",
        };
        return shape switch
        {
            "pods" => obj.Property("spec"),
            "cronjobs" => obj.Property("spec")?.Property("jobTemplate")?.Property("spec")?.Property("template")?.Property("spec"),
            "podtemplates" => obj.Property("template")?.Property("spec"),
            _ => obj.Property("spec")?.Property("template")?.Property("spec"),
        };
    }

    /// <summary>A string leaf ("" unless a JSON string).</summary>
    public static string String(IBodyNode? node) => node?.String ?? "";

    /// <summary>A boolean leaf (true only for JSON true).</summary>
    public static bool Bool(IBodyNode? node) => node?.Kind == BodyNodeKind.True;

    /// <summary>An integer leaf (null unless an integral JSON number).</summary>
    public static long? Number(IBodyNode? node) => node?.Integer;

    /// <summary>The items of an array node (none for anything else).</summary>
    public static IEnumerable<IBodyNode> Items(IBodyNode? node)
    {
        if (node is null || node.Kind != BodyNodeKind.Array)
        {
            yield break;
        }
        for (var i = 0; i < node.Count; i++)
        {
            yield return node[i];
        }
    }

    /// <summary>Several arrays read as one (missing or non-array parts count as empty).</summary>
    private sealed class ConcatenatedArray : IBodyNode
    {
        private readonly List<IBodyNode> _items = new();

        public ConcatenatedArray(params IBodyNode?[] parts)
        {
            foreach (var p in parts)
            {
                _items.AddRange(Items(p));
            }
        }

        public BodyNodeKind Kind => BodyNodeKind.Array;

        public int Count => _items.Count;

        public IBodyNode this[int index] => _items[index];

        public IBodyNode? Property(string name) => null;

        public string? String => null;

        public long? Integer => null;
    }
}
