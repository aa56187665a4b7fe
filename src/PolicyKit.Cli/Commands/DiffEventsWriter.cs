using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyKit.Events.Replay.Reports;

namespace PolicyKit.Cli.Commands;

/// <summary>diff --events as JSON: the diff's document with an "events" member holding simulate's report of both sides (schemas/policy-diff.v1.schema.json).</summary>
internal static class DiffEventsWriter
{
    public static string Json(string diffJson, SimulationReport replay)
    {
        var diff = JsonNode.Parse(diffJson)!.AsObject();
        var events = JsonNode.Parse(SimulateJsonWriter.Write(replay))!.AsObject();
        events["$schema"] = SimulateJsonWriter.SchemaId;
        diff["events"] = events;
        return diff.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
