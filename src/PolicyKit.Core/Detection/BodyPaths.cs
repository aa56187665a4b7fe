using System.Collections.Generic;
using System.Linq;

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

    /// <summary>The lists <see cref="AllContainers"/> joins, in its order.</summary>
    public static readonly IReadOnlyList<string> ContainerLists = ["containers", "initContainers", "ephemeralContainers"];

    /// <summary>Computed step: true when the path so far leads to a value (of any type), else missing.</summary>
    public const string Present = "$present";

    /// <summary>Computed step: an object's property names as a list of strings (a ConfigMap's data keys).</summary>
    public const string Keys = "$keys";

    /// <summary>
    /// The steps of a [BodyPath]: names separated by '.', where a name in brackets is taken whole
    /// ("metadata.annotations.[kubernetes.io/service-account.name]": an annotation key holds dots).
    /// </summary>
    public static string[] Split(string path)
    {
        var steps = new List<string>();
        var i = 0;
        while (i < path.Length)
        {
            int end;
            if (path[i] == '[' && path.IndexOf(']', i) is var close and > 0)
            {
                steps.Add(path.Substring(i + 1, close - i - 1));
                end = close + 1;
            }
            else
            {
                end = path.IndexOf('.', i);
                end = end < 0 ? path.Length : end;
                if (end > i)
                {
                    steps.Add(path.Substring(i, end - i));
                }
            }
            i = end + 1;
        }
        return steps.ToArray();
    }

    /// <summary>A body as rules read it: a JSON Patch (an array) as the object it sets, anything else as it is.</summary>
    public static IBodyNode? Root(IDetectionEvent e, BodyRoot root) => JsonPatchObject.Of(e.Body(root));

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
            AllContainers => new ConcatenatedArray(node.Property(ContainerLists[0]), node.Property(ContainerLists[1]), node.Property(ContainerLists[2])),
            Present => Leaf.True,
            Keys => ConcatenatedArray.Of(node.PropertyNames.Select(n => (IBodyNode)new Leaf(n))),
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
    public static IBodyNode? LocatePodSpec(IBodyNode obj, string resource) => Walk(obj, PodSpecSteps(obj, resource), resource);

    private static readonly string[] PodSpecOfPod = ["spec"];
    private static readonly string[] PodSpecOfCronJob = ["spec", "jobTemplate", "spec", "template", "spec"];
    private static readonly string[] PodSpecOfPodTemplate = ["template", "spec"];
    private static readonly string[] PodSpecOfWorkload = ["spec", "template", "spec"];

    /// <summary>The property names that lead from the object to its pod spec (<see cref="LocatePodSpec"/>; alerts name the path).</summary>
    public static string[] PodSpecSteps(IBodyNode obj, string resource)
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
            "pods" => PodSpecOfPod,
            "cronjobs" => PodSpecOfCronJob,
            "podtemplates" => PodSpecOfPodTemplate,
            _ => PodSpecOfWorkload,
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

        /// <summary>An array of these items.</summary>
        public static ConcatenatedArray Of(IEnumerable<IBodyNode> items)
        {
            var array = new ConcatenatedArray();
            array._items.AddRange(items);
            return array;
        }

        public BodyNodeKind Kind => BodyNodeKind.Array;

        public int Count => _items.Count;

        public IBodyNode this[int index] => _items[index];

        public IBodyNode? Property(string name) => null;

        public string? String => null;

        public long? Integer => null;

        public IReadOnlyList<string> PropertyNames => System.Array.Empty<string>();
    }

    /// <summary>A computed leaf: true, or a string (a property name).</summary>
    private sealed class Leaf : IBodyNode
    {
        public static readonly Leaf True = new(null);

        public Leaf(string? text) => String = text;

        public BodyNodeKind Kind => String is null ? BodyNodeKind.True : BodyNodeKind.String;

        public int Count => 0;

        public IBodyNode this[int index] => throw new System.ArgumentOutOfRangeException(nameof(index));

        public IBodyNode? Property(string name) => null;

        public string? String { get; }

        public long? Integer => null;

        public IReadOnlyList<string> PropertyNames => System.Array.Empty<string>();
    }
}
