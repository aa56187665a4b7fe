using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PolicyKit.Events.Replay.Reports;

/// <summary>simulate's report as JSON, the shape schemas/policy-simulation.v1.schema.json documents.</summary>
public static class SimulateJsonWriter
{
    public const string SchemaId = "https://raw.githubusercontent.com/policykit/policykit/main/schemas/policy-simulation.v1.schema.json";

    public static string Write(SimulationReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaId);
            Log(json, report);
            json.WritePropertyName("sizeModel");
            json.WriteStartObject();
            json.WriteString("source", report.Model.Source);
            json.WriteBoolean("used", report.Estimated);
            json.WriteEndObject();
            json.WriteStartArray("prices");
            foreach (var price in report.Prices)
            {
                json.WriteStartObject();
                json.WriteString("provider", price.Provider);
                json.WriteNumber("perGb", price.PerGb);
                json.WriteString("terms", price.Terms);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("policies");
            for (var i = 0; i < report.Sides.Length; i++)
            {
                Policy(json, report, i);
            }
            json.WriteEndArray();
            if (report.IsComparison)
            {
                Delta(json, report);
                ChangesJson.Write(json, report);
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Log(Utf8JsonWriter json, SimulationReport report)
    {
        var tally = report.Tally;
        json.WritePropertyName("log");
        json.WriteStartObject();
        json.WriteNumber("events", tally.Events);
        json.WriteNumber("bytes", tally.LoggedBytes);
        json.WritePropertyName("levels");
        json.WriteStartObject();
        for (var l = 0; l < 4; l++)
        {
            json.WriteNumber(((Level)l).ToName(), tally.LoggedLevels[l]);
        }
        json.WriteEndObject();
        json.WritePropertyName("stages");
        Stages(json, tally.LoggedStages);
        if (tally.First is { } first && tally.Last is { } last)
        {
            json.WriteString("first", first.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("last", last.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        }
        json.WriteNumber("seconds", report.Projection.Seconds);
        json.WriteEndObject();
    }

    private static void Stages(Utf8JsonWriter json, long[] slots)
    {
        json.WriteStartObject();
        for (var s = 0; s < RuleTally.StageSlots; s++)
        {
            json.WriteNumber(s < 4 ? ((Stage)s).ToName() : "other", slots[s]);
        }
        json.WriteEndObject();
    }

    private static void Policy(Utf8JsonWriter json, SimulationReport report, int side)
    {
        var tally = report.TallyOf(side);
        var policy = report.Sides[side].Policy;
        json.WriteStartObject();
        json.WriteString("name", report.Sides[side].Name);
        json.WriteNumber("writtenEvents", tally.WrittenEvents);
        json.WriteNumber("bytes", tally.Bytes);
        json.WriteNumber("estimatedBytes", tally.EstimatedBytes);
        Projection(json, report, tally.Bytes);
        json.WriteStartArray("levels");
        for (var l = 0; l < 4; l++)
        {
            json.WriteStartObject();
            json.WriteString("level", ((Level)l).ToName());
            json.WriteNumber("events", tally.LevelEvents[l]);
            json.WriteNumber("bytes", tally.LevelBytes[l]);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("rules");
        for (var r = 0; r < tally.Rules.Length; r++)
        {
            var rule = tally.Rules[r];
            json.WriteStartObject();
            if (r < policy.Rules.Count)
            {
                json.WriteNumber("index", r);
                json.WriteString("level", policy.Rules[r].Level.ToName());
                if (policy.Rules[r].Name is { Length: > 0 } name)
                {
                    json.WriteString("name", name);
                }
            }
            else
            {
                json.WriteNull("index");
                json.WriteString("level", "None");
            }
            json.WriteNumber("matched", rule.Matched);
            json.WritePropertyName("written");
            Stages(json, rule.Written);
            json.WriteNumber("bytes", rule.Bytes);
            json.WriteNumber("estimatedBytes", rule.EstimatedBytes);
            json.WriteNumber("share", SimulationReport.Share(rule.Bytes, tally.Bytes));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("neverMatched");
        foreach (var r in SimulationReport.NeverMatched(tally))
        {
            json.WriteNumberValue(r);
        }
        json.WriteEndArray();
        json.WritePropertyName("top");
        json.WriteStartObject();
        Top(json, "users", tally.Users.Top(SimulationReport.TopCount));
        Top(json, "userAgents", tally.UserAgents.Top(SimulationReport.TopCount));
        Top(json, "resources", tally.Resources.Top(SimulationReport.TopCount));
        Top(json, "namespaces", tally.Namespaces.Top(SimulationReport.TopCount));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Projection(Utf8JsonWriter json, SimulationReport report, long bytes)
    {
        if (report.Projection.GbPerDay(bytes) is not { } perDay)
        {
            json.WriteNull("gbPerDay");
            json.WriteStartArray("costPerMonth");
            json.WriteEndArray();
            return;
        }
        json.WriteNumber("gbPerDay", perDay);
        json.WriteStartArray("costPerMonth");
        foreach (var price in report.Prices)
        {
            json.WriteStartObject();
            json.WriteString("provider", price.Provider);
            json.WriteNumber("dollars", report.Projection.DollarsPerMonth(bytes, price.PerGb)!.Value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Delta(Utf8JsonWriter json, SimulationReport report)
    {
        json.WritePropertyName("delta");
        json.WriteStartObject();
        var delta = report.TallyOf(1).Bytes - report.TallyOf(0).Bytes;
        json.WriteNumber("writtenEvents", report.TallyOf(1).WrittenEvents - report.TallyOf(0).WrittenEvents);
        json.WriteNumber("bytes", delta);
        Projection(json, report, delta);
        json.WriteEndObject();
    }

    internal static void Top(Utf8JsonWriter json, string name, IReadOnlyList<Talker> talkers)
    {
        json.WriteStartArray(name);
        foreach (var t in talkers)
        {
            json.WriteStartObject();
            json.WriteString("key", t.Key);
            json.WriteNumber("events", t.Events);
            json.WriteNumber("bytes", t.Bytes);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
