using System.Collections.Generic;

namespace PolicyKit.Detection;

/// <summary>
/// A JSON Patch (RFC 6902: a list of operations, <c>kubectl patch --type=json</c>) read as the object it
/// sets, so body views judge it like a merge patch: <c>add /spec/template/spec/hostNetwork true</c> reads
/// as <c>{"spec":{"template":{"spec":{"hostNetwork":true}}}}</c>. Only add and replace set values; remove,
/// test, move and copy set nothing a rule could read (move and copy take a value from the object, which
/// the request does not hold). An array index (or "-") in a path makes an array; each distinct index is
/// one item, in the order the patch first names it (rules ask whether any item matches, not which).
/// </summary>
public static class JsonPatchObject
{
    /// <summary>The object the patch sets, or the node itself when it is no JSON Patch (not an array).</summary>
    public static IBodyNode? Of(IBodyNode? body)
    {
        if (body is null || body.Kind != BodyNodeKind.Array)
        {
            return body;
        }
        var root = new PatchNode(isArray: false, null);
        for (var i = 0; i < body.Count; i++)
        {
            var op = body[i];
            if (op.Property("op")?.String is not ("add" or "replace") || op.Property("path")?.String is not { } path || op.Property("value") is not { } value)
            {
                continue;
            }
            var steps = Pointer(path);
            if (steps.Count > 0)
            {
                Set(root, steps, value);
            }
        }
        return root;
    }

    private static void Set(PatchNode root, List<string> steps, IBodyNode value)
    {
        var node = root;
        for (var i = 0; i < steps.Count - 1; i++)
        {
            var nextIsIndex = IsIndex(steps[i + 1]);
            node = node.Child(steps[i], nextIsIndex);
        }
        node.Put(steps[steps.Count - 1], value);
    }

    /// <summary>The reference tokens of a JSON Pointer ("~1" is "/", "~0" is "~"); none for "" or a pointer without a leading "/".</summary>
    private static List<string> Pointer(string path)
    {
        var steps = new List<string>();
        if (!path.StartsWith("/", System.StringComparison.Ordinal))
        {
            return steps;
        }
        foreach (var token in path.Substring(1).Split('/'))
        {
            steps.Add(token.Replace("~1", "/").Replace("~0", "~"));
        }
        return steps;
    }

    private static bool IsIndex(string step)
    {
        if (step == "-")
        {
            return true;
        }
        if (step.Length == 0)
        {
            return false;
        }
        foreach (var c in step)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>An object or array built from the patch's paths, over the value an earlier operation set there (if any).</summary>
    private sealed class PatchNode(bool isArray, IBodyNode? under) : IBodyNode
    {
        private readonly List<string> _keys = new();
        private readonly Dictionary<string, IBodyNode> _values = new(System.StringComparer.Ordinal);

        public BodyNodeKind Kind => isArray ? BodyNodeKind.Array : BodyNodeKind.Object;

        public int Count => isArray ? BaseCount + _keys.Count : 0;

        public IBodyNode this[int index] => index < BaseCount ? under![index] : _values[_keys[index - BaseCount]];

        public string? String => null;

        public long? Integer => null;

        public IReadOnlyList<string> PropertyNames
        {
            get
            {
                if (isArray)
                {
                    return System.Array.Empty<string>();
                }
                var names = new List<string>(_keys);
                if (under is not null)
                {
                    foreach (var n in under.PropertyNames)
                    {
                        if (!_values.ContainsKey(n))
                        {
                            names.Add(n);
                        }
                    }
                }
                return names;
            }
        }

        private int BaseCount => under is { Kind: BodyNodeKind.Array } ? under.Count : 0;

        public IBodyNode? Property(string name)
            => isArray ? null : _values.TryGetValue(name, out var v) ? v : under?.Property(name);

        public void Put(string key, IBodyNode value)
        {
            if (isArray && key == "-")
            {
                key = "-" + _keys.Count;
            }
            if (!_values.ContainsKey(key))
            {
                _keys.Add(key);
            }
            _values[key] = value;
        }

        /// <summary>The node at <paramref name="key"/>, made (or laid over what is there) so a later step can be set below it.</summary>
        public PatchNode Child(string key, bool asArray)
        {
            var existing = _values.TryGetValue(key, out var v) ? v : isArray ? null : under?.Property(key);
            if (existing is PatchNode patch)
            {
                return patch;
            }
            var made = new PatchNode(existing?.Kind == BodyNodeKind.Array || (existing is null && asArray), existing);
            Put(key, made);
            return made;
        }
    }
}
