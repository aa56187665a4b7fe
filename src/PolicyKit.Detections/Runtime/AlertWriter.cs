using System.Buffers;
using System.Text;
using System.Text.Json;
using PolicyKit.Text;

namespace PolicyKit.Detections.Runtime;

/// <summary>
/// Writes alerts as JSON lines or text. Only what <see cref="AlertEvent"/> keeps of the event goes out
/// (metadata, long values cut). Text output escapes control characters: a user or object name cannot
/// forge a line or a terminal escape. A windowed rule's alert is its burst's last event.
/// </summary>
public sealed class AlertWriter(bool json) : IAlertOutput
{
    /// <summary>Appends the alert's line (UTF-8) to <paramref name="output"/>.</summary>
    public void Write(DetectionAlert alert, ArrayBufferWriter<byte> output)
    {
        if (json)
        {
            WriteJson(alert, output);
            return;
        }
        var e = alert.Event;
        var line = ControlCharacters.Escape($"{e.Timestamp} {Severity(alert.Rule)} {alert.Rule.Id}: {alert.Rule.Info.Title}: {alert.Reason} (auditID {e.AuditId})");
        var text = new StringBuilder(line).Append('\n');
        AlertEvidenceWriter.AppendText(text, e);
        Encoding.UTF8.GetBytes(text.ToString(), output);
    }

    public void Finish(System.IO.TextWriter output)
    {
    }

    private static string Severity(DetectionRule rule) => rule.Info.Severity.ToString().ToLowerInvariant();

    private static void WriteJson(DetectionAlert alert, ArrayBufferWriter<byte> output)
    {
        var e = alert.Event;
        var burst = alert.Burst;
        using (var w = new Utf8JsonWriter(output))
        {
            w.WriteStartObject();
            w.WriteString("rule", alert.Rule.Id);
            w.WriteString("title", alert.Rule.Info.Title);
            w.WriteString("severity", Severity(alert.Rule));
            w.WriteString("mitre", alert.Rule.Info.Mitre);
            w.WriteString("auditID", e.AuditId);
            w.WriteString("timestamp", e.Timestamp);
            w.WriteString("user", e.User);
            w.WriteString("verb", e.Verb);
            if (e.HasObjectRef)
            {
                w.WriteStartObject("objectRef");
                WriteIfAny(w, "resource", e.Resource);
                WriteIfAny(w, "subresource", e.Subresource);
                WriteIfAny(w, "namespace", e.Namespace);
                WriteIfAny(w, "name", e.Name);
                WriteIfAny(w, "apiGroup", e.ApiGroup);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("objectRef");
            }
            w.WriteStartArray("sourceIPs");
            foreach (var ip in e.SourceIps)
            {
                w.WriteStringValue(ip);
            }
            w.WriteEndArray();
            w.WriteString("reason", alert.Reason);
            AlertEvidenceWriter.WriteJson(w, e);
            if (burst is not null)
            {
                w.WriteStartObject("burst");
                w.WriteString("countBy", burst.CountBy == PolicyKit.Detection.CountKey.User ? "user" : "sourceIP");
                w.WriteString("key", burst.Key);
                w.WriteNumber("count", burst.Count);
                w.WriteNumber("windowSeconds", burst.WindowSeconds);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        output.Write("\n"u8);
    }

    private static void WriteIfAny(Utf8JsonWriter w, string name, string value)
    {
        if (value.Length > 0)
        {
            w.WriteString(name, value);
        }
    }
}
