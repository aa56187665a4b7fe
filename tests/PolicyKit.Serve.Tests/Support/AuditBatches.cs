using System.Text;
using System.Text.Json.Nodes;
using PolicyKit.Tests;

namespace PolicyKit.Serve.Tests.Support;

/// <summary>
/// Real events (tests/fixtures/events: immudb's cluster, falco's traces) as the apiserver's webhook sends them: EventList
/// batches. Re-IDed: each copy gets fresh auditIDs, so many batches of the same events are distinct events.
/// </summary>
internal static class AuditBatches
{
    private static readonly Lazy<IReadOnlyList<JsonObject>> Immudb = new(() => Load(Fixtures.Path("events", "immudb", "k8s-metadata.jsonl")));

    /// <summary>The falco trace events (one scenario per file), the malformed one left out.</summary>
    private static readonly Lazy<IReadOnlyList<JsonObject>> Falco = new(() => Directory.GetFiles(Fixtures.Path("events", "falco-traces"), "*.json")
        .Order(StringComparer.Ordinal).Where(f => !f.EndsWith("fal_01_003.json", StringComparison.Ordinal)).SelectMany(Load).ToList());

    public static IReadOnlyList<JsonObject> ImmudbEvents => Immudb.Value;

    public static IReadOnlyList<JsonObject> FalcoEvents => Falco.Value;

    public static JsonObject FalcoEvent(string file) => Load(Fixtures.Path("events", "falco-traces", file)).Single();

    /// <summary>An EventList of copies of <paramref name="events"/> with new auditIDs (prefix + index), as UTF-8 JSON.</summary>
    public static byte[] EventList(IEnumerable<JsonObject> events, string? idPrefix = null)
    {
        var items = new JsonArray();
        var i = 0;
        foreach (var e in events)
        {
            var copy = (JsonObject)e.DeepClone();
            if (idPrefix is not null)
            {
                copy["auditID"] = $"{idPrefix}-{i++:D6}";
            }
            items.Add(copy);
        }
        var list = new JsonObject { ["kind"] = "EventList", ["apiVersion"] = "audit.k8s.io/v1", ["metadata"] = new JsonObject(), ["items"] = items };
        return Encoding.UTF8.GetBytes(list.ToJsonString());
    }

    public static byte[] Gzip(byte[] body)
    {
        var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(body);
        }
        return output.ToArray();
    }

    private static List<JsonObject> Load(string path)
        => File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => (JsonObject)JsonNode.Parse(l)!).ToList();
}
