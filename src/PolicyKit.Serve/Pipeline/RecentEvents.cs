using System.Collections.Generic;

namespace PolicyKit.Serve.Pipeline;

/// <summary>
/// The last <see cref="Capacity"/> (auditID, stage) pairs processed: an event seen among them is a re-sent copy
/// (the apiserver and clients retry a batch whose acknowledgement they did not get). Oldest forgotten first.
/// </summary>
internal sealed class RecentEvents(int capacity)
{
    private readonly HashSet<string> _seen = new(System.StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public int Capacity { get; } = capacity;

    /// <summary>Records the pair; false when it was already among the recent ones.</summary>
    public bool Add(string auditId, string stage)
    {
        var key = string.Concat(auditId, "\n", stage);
        if (!_seen.Add(key))
        {
            return false;
        }
        _order.Enqueue(key);
        if (_order.Count > Capacity)
        {
            _seen.Remove(_order.Dequeue());
        }
        return true;
    }
}
