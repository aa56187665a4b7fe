using System.Text;
using System.Text.Json;
using PolicyKit.Text;

namespace PolicyKit.Detections.Runtime;

/// <summary>
/// An alert's evidence and logging rule: in JSON an "evidence" array of {path, value, reason} and, when a
/// policy was given, a "loggedBy" object; in text one indented line per evidence item after the alert's line.
/// </summary>
internal static class AlertEvidenceWriter
{
    public static void WriteJson(Utf8JsonWriter w, AlertEvent e)
    {
        w.WriteStartArray("evidence");
        foreach (var item in e.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("path", item.Path);
            w.WriteString("value", item.Value);
            w.WriteString("reason", item.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (e.LoggedBy is { } by)
        {
            w.WriteStartObject("loggedBy");
            if (by.Index is { } index)
            {
                w.WriteNumber("rule", index);
            }
            else
            {
                w.WriteNull("rule");
            }
            if (by.Name is { } name)
            {
                w.WriteString("name", name);
            }
            w.WriteString("level", by.Level.ToName());
            w.WriteEndObject();
        }
    }

    /// <summary>"  requestObject.spec.volumes[0].hostPath.path = /var/run/docker.sock (under /var/run)" lines, and "  logged by ...".</summary>
    public static void AppendText(StringBuilder text, AlertEvent e)
    {
        foreach (var item in e.Evidence)
        {
            text.Append("  ").Append(ControlCharacters.Escape(item.Path)).Append(" = ").Append(ControlCharacters.Escape(item.Value))
                .Append(" (").Append(ControlCharacters.Escape(item.Reason)).Append(")\n");
        }
        if (e.LoggedBy is { } by)
        {
            text.Append("  logged by ").Append(by.Index is { } i ? $"policy rule {i}" : "no policy rule")
                .Append(by.Name is { } name ? $" \"{ControlCharacters.Escape(name)}\"" : "").Append(" at level ").Append(by.Level.ToName()).Append('\n');
        }
    }
}
