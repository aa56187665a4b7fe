using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Text;
using System.Text.Json.Nodes;

namespace PolicyKit.Serve.Load;

/// <summary>
/// Webhook batches for load: real events cut into EventLists of a fixed size, each auditID replaced by a 36-byte slot
/// that <see cref="Next"/> fills with a fresh UUID-shaped id, so every batch posted holds new events (no re-sent copies)
/// without re-serializing JSON while the clock runs.
/// </summary>
public sealed class LoadBatches
{
    private const string Slot = "00000000-0000-0000-0000-000000000000";
    private readonly List<(byte[] Template, int[] Slots)> _templates = new();
    private long _counter;
    private int _next;

    public LoadBatches(IEnumerable<string> eventLines, int eventsPerBatch)
    {
        EventsPerBatch = eventsPerBatch;
        var events = eventLines.Where(l => l.Trim().Length > 0).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        for (var start = 0; start + eventsPerBatch <= events.Count; start += eventsPerBatch)
        {
            var items = new JsonArray();
            foreach (var e in events.Skip(start).Take(eventsPerBatch))
            {
                var copy = e.DeepClone().AsObject();
                copy["auditID"] = Slot;
                items.Add(copy);
            }
            var list = new JsonObject { ["kind"] = "EventList", ["apiVersion"] = "audit.k8s.io/v1", ["metadata"] = new JsonObject(), ["items"] = items };
            var bytes = Encoding.UTF8.GetBytes(list.ToJsonString());
            var slots = new List<int>();
            var marker = Encoding.UTF8.GetBytes("\"auditID\":\"" + Slot + "\"");
            for (var i = bytes.AsSpan().IndexOf(marker); i >= 0;)
            {
                slots.Add(i + "\"auditID\":\"".Length);
                var rest = bytes.AsSpan(i + marker.Length).IndexOf(marker);
                i = rest < 0 ? -1 : i + marker.Length + rest;
            }
            _templates.Add((bytes, slots.ToArray()));
        }
        if (_templates.Count == 0)
        {
            throw new ArgumentException($"fewer than {eventsPerBatch} events");
        }
    }

    public int EventsPerBatch { get; }

    public int AverageBytes => (int)_templates.Average(t => t.Template.Length);

    /// <summary>The next batch, with new auditIDs (thread-safe).</summary>
    public byte[] Next()
    {
        var (template, slots) = _templates[(int)((uint)Interlocked.Increment(ref _next) % _templates.Count)];
        var batch = (byte[])template.Clone();
        foreach (var slot in slots)
        {
            var id = Interlocked.Increment(ref _counter);
            // 8-4-4-4-12 hex digits: the whole 64-bit counter, then the process, so ids never repeat within a run.
            Encoding.ASCII.GetBytes($"{(uint)(id >> 32):x8}-{(ushort)(id >> 16):x4}-{(ushort)id:x4}-8000-{Environment.ProcessId:x12}").CopyTo(batch, slot);
        }
        return batch;
    }
}
