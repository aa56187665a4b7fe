using System.Linq;
using System.Text.Json;

namespace PolicyKit.Events.Replay.Reports;

/// <summary>The "changes" member (simulate OLD NEW, diff --events): events per old → new level and rule, top changed users and resources.</summary>
public static class ChangesJson
{
    public static void Write(Utf8JsonWriter json, SimulationReport report)
    {
        var changes = report.Tally.Changes;
        json.WritePropertyName("changes");
        json.WriteStartObject();
        json.WriteNumber("events", report.Tally.Events);
        json.WriteNumber("changedEvents", changes.ChangedEvents);
        json.WriteStartArray("levels");
        foreach (var ((old, @new), n) in changes.Levels.OrderBy(p => p.Key.Old).ThenBy(p => p.Key.New))
        {
            json.WriteStartObject();
            json.WriteString("old", old.ToName());
            json.WriteString("new", @new.ToName());
            json.WriteNumber("events", n);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("rules");
        foreach (var ((old, @new), n) in changes.Rules.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Old).ThenBy(p => p.Key.New))
        {
            json.WriteStartObject();
            Index(json, "old", old);
            Index(json, "new", @new);
            json.WriteNumber("events", n);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        SimulateJsonWriter.Top(json, "users", changes.Users.TopByEvents(SimulationReport.TopCount));
        SimulateJsonWriter.Top(json, "resources", changes.Resources.TopByEvents(SimulationReport.TopCount));
        json.WriteEndObject();
    }

    private static void Index(Utf8JsonWriter json, string name, int rule)
    {
        if (rule < 0)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, rule);
        }
    }
}
