using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Detection;

/// <summary>
/// What the interpreter records while it explains a match (<see cref="DetectionEvidence"/>): each test that held
/// outside a negation, with the value it read and where, and each list item that satisfied an Any. Tests
/// under a branch that failed are rolled back, so what stays is exactly what made the rule match.
/// </summary>
internal sealed class EvidenceTrail(IDetectionEvent e, string resource)
{
    private readonly List<(Evidence Item, bool Header)> _items = new();
    private readonly List<string> _itemPaths = new();
    private readonly List<bool> _itemIsKey = new();
    private int _negations;

    /// <summary>False inside a negation: what held there is why the rule did not match something, not why it did.</summary>
    public bool Recording => _negations == 0;

    public int Mark => _items.Count;

    /// <summary>What was recorded; a header item reads a field the alert shows anyway (verb, resource, user, ...).</summary>
    public IReadOnlyList<(Evidence Item, bool Header)> Items => _items;

    public void Rollback(int mark) => _items.RemoveRange(mark, _items.Count - mark);

    public void EnterNegation() => _negations++;

    public void LeaveNegation() => _negations--;

    /// <summary>The paths of the collection's items, aligned with the items the interpreter reads.</summary>
    public List<string> ItemPaths(DetectionValue collection, IReadOnlyList<object?> interpreterItems)
    {
        switch (collection)
        {
            case FieldValue f:
                var list = e.GetList(f.Field, f.Argument);
                return Enumerable.Range(0, list.Count).Select(i => EvidencePaths.Index(EvidencePaths.Of(f), i)).ToList();
            case BodyValue b:
                var (start, path) = Start(b, interpreterItems);
                return EvidencePaths.Items(start, path, b.Steps.AsArray(), resource);
            default:
                return new List<string>();
        }
    }

    /// <summary>Sets the path of the item the interpreter is about to test at this depth.</summary>
    public void SetItem(int depth, string path, bool isKey)
    {
        while (_itemPaths.Count <= depth)
        {
            _itemPaths.Add("");
            _itemIsKey.Add(false);
        }
        _itemPaths[depth] = path;
        _itemIsKey[depth] = isKey;
    }

    /// <summary>
    /// An item satisfied the predicate (whose evidence starts at <paramref name="mark"/>): an object is named by its
    /// identifying fields (a container's name and image, a role rule's verbs and resources, a subject's kind and name);
    /// any other item is shown when the predicate showed nothing of it (Any(), a capability's string).
    /// </summary>
    public void ItemHeld(int depth, object? item, int mark, string collectionName)
    {
        var path = _itemPaths[depth];
        if (item is IBodyNode { Kind: BodyNodeKind.Object } node)
        {
            var summary = EvidenceValues.Summary(node);
            if (summary.Length > 0 && !EvidenceValues.IsSecretPath(path))
            {
                _items.Insert(mark, (Evidence.Safe(path, summary, "matching item of " + collectionName), false));
            }
        }
        else if (item is not null && _items.Count == mark)
        {
            _items.Add((Evidence.Safe(path, Shown(path, EvidenceValues.Text(item), _itemIsKey[depth]), "matching item of " + collectionName), false));
        }
    }

    /// <summary>A test held: records the value it read (not a constant) and why it counts.</summary>
    public void Held(DetectionCondition atom, DetectionValue subject, object? value)
    {
        var (path, isKey) = PathOf(subject);
        if (path is null)
        {
            return;
        }
        var header = subject is FieldValue f && EvidenceValues.IsHeader(f.Field);
        var text = Shown(path, EvidenceValues.Text(value), isKey);
        if (path.StartsWith("requestURI?command", System.StringComparison.Ordinal))
        {
            text = CommandRedaction.Redact(text);
        }
        else if (path == "requestURI")
        {
            // The query may carry credentials (an exec's command): the path only, as the alert's reason shows it.
            text = QueryString.PathOf(text) + (text.IndexOf('?') >= 0 ? "?…" : "");
        }
        _items.Add((Evidence.Safe(path, text, EvidenceValues.Reason(atom)), header));
    }

    private static string Shown(string path, string value, bool isKey)
        => !isKey && EvidenceValues.IsSecretPath(path) ? EvidenceValues.NotShown : value;

    private (string? Path, bool IsKey) PathOf(DetectionValue subject)
    {
        switch (subject)
        {
            case FieldValue f:
                return (f.Field == EventField.RequestUri ? "requestURI" : EvidencePaths.Of(f), false);
            case BodyValue b when b.Root == BodyRoot.Item:
                if (b.ItemDepth >= _itemPaths.Count)
                {
                    return (null, false);
                }
                var itemPath = _itemPaths[b.ItemDepth];
                return b.Steps.IsEmpty ? (itemPath, _itemIsKey[b.ItemDepth]) : (itemPath + string.Concat(b.Steps.Where(s => !s.StartsWith("$", System.StringComparison.Ordinal)).Select(EvidencePaths.Property)), false);
            case BodyValue b:
                return (EvidencePaths.Walk(BodyPaths.Root(e, b.Root), EvidencePaths.Of(b.Root), b.Steps, resource).Path, false);
            default:
                return (null, false);
        }
    }

    private (IBodyNode? Node, string Path) Start(BodyValue b, IReadOnlyList<object?> interpreterItems)
        => b.Root == BodyRoot.Item
            ? (b.ItemDepth < interpreterItems.Count ? interpreterItems[b.ItemDepth] as IBodyNode : null, b.ItemDepth < _itemPaths.Count ? _itemPaths[b.ItemDepth] : "")
            : (BodyPaths.Root(e, b.Root), EvidencePaths.Of(b.Root));
}
