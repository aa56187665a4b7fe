using System.Text;
using System.Text.Json.Nodes;
using PolicyKit.Events.Reading;

namespace PolicyKit.Tests;

/// <summary>The raw audit events of the fixtures, as their JSON text, in file and log order: what the cloud fixtures wrap.</summary>
internal static class RawFixtureEvents
{
    public static IReadOnlyList<string> Of(string file)
    {
        var events = new List<string>();
        EventText.ForEachInFile(file, e => events.Add(Encoding.UTF8.GetString(e.Json.Span)));
        return events;
    }

    public static IReadOnlyList<string> Falco() => Directory.GetFiles(Fixtures.Path("events", "falco-traces"), "*.json").Order(StringComparer.Ordinal).SelectMany(Of).ToList();

    /// <summary>Every event of the raw fixtures (the immudb log's first 400), with the file it came from.</summary>
    public static IEnumerable<(string File, string Json)> All()
    {
        var files = Directory.GetFiles(Fixtures.Path("events", "falco-traces"), "*.json")
            .Concat(Directory.GetFiles(Fixtures.Path("events", "audit2rbac"), "*.jsonl"))
            .Concat(Directory.GetFiles(Fixtures.Path("events", "detections"), "*.jsonl"))
            .Order(StringComparer.Ordinal);
        foreach (var f in files)
        {
            foreach (var e in Of(f))
            {
                yield return (Path.GetFileName(f), e);
            }
        }
        foreach (var e in Of(Fixtures.Path("events", "immudb", "k8s-metadata.jsonl")).Take(400))
        {
            yield return ("k8s-metadata.jsonl", e);
        }
    }

    public static JsonObject Parse(string json) => (JsonObject)JsonNode.Parse(json)!;
}
