using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PolicyKit.Detection;
using PolicyKit.Text;

namespace PolicyKit.Cli.Detect;

/// <summary><c>policykit detect --list</c>: each rule as tuned, with its id, severity, MITRE, tags, window, allow-lists and exceptions.</summary>
internal static class RuleListWriter
{
    public static string Write(IReadOnlyList<DetectionRule> rules, bool json) => json ? Json(rules) : Text(rules);

    private static string Text(IReadOnlyList<DetectionRule> rules)
    {
        var text = new StringBuilder();
        foreach (var r in rules)
        {
            var i = r.Info;
            text.Append($"{i.Id} [{Severity(i)}] {i.Mitre} {i.Title}");
            if (!i.Tags.IsEmpty)
            {
                text.Append(" tags: ").Append(string.Join(", ", i.Tags));
            }
            text.Append('\n');
            if (i.Window is { } w)
            {
                text.Append($"  window: {w.Threshold} events per {(w.CountBy == CountKey.User ? "user" : "source IP")} within {w.WindowSeconds} s").Append('\n');
            }
            if (AllowListUse.Names(i.Condition).Distinct().ToList() is { Count: > 0 } lists)
            {
                text.Append("  allow-lists: " + string.Join(", ", lists)).Append('\n');
            }
            foreach (var x in i.Exceptions)
            {
                text.Append("  exception " + x).Append('\n');
            }
        }
        // Rule texts come from an assembly the user chose: escape each line so none can forge another.
        return string.Join("\n", text.ToString().Split('\n').Select(ControlCharacters.Escape));
    }

    private static string Json(IReadOnlyList<DetectionRule> rules)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartArray();
            foreach (var r in rules)
            {
                var i = r.Info;
                w.WriteStartObject();
                w.WriteString("id", i.Id);
                w.WriteString("title", i.Title);
                w.WriteString("severity", Severity(i));
                w.WriteString("mitre", i.Mitre);
                w.WriteString("stage", i.Stage.ToString());
                Strings(w, "tags", i.Tags);
                if (i.Window is { } win)
                {
                    w.WriteStartObject("window");
                    w.WriteNumber("threshold", win.Threshold);
                    w.WriteNumber("windowSeconds", win.WindowSeconds);
                    w.WriteString("countBy", win.CountBy == CountKey.User ? "user" : "sourceIP");
                    w.WriteEndObject();
                }
                Strings(w, "allowLists", AllowListUse.Names(i.Condition).Distinct());
                w.WriteStartArray("exceptions");
                foreach (var x in i.Exceptions)
                {
                    w.WriteStartObject();
                    w.WriteString("name", x.Name);
                    foreach (var c in x.Conditions)
                    {
                        Strings(w, ExceptionFields.Key(c.Field), c.Values);
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }
        w.WriteEndArray();
    }

    private static string Severity(DetectionInfo i) => i.Severity.ToString().ToLowerInvariant();
}
