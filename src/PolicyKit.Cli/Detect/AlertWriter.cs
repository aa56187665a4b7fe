using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using PolicyKit.Detections.Runtime;

namespace PolicyKit.Cli.Detect;

/// <summary>
/// Writes alerts as JSON lines or text. Only event metadata goes out: never requestURI (exec commands
/// may carry credentials), never a body (secret data, tokens, configmap data). A windowed rule's alert
/// is its burst's last event, and its reason starts with the burst.
/// </summary>
internal sealed class AlertWriter(TextWriter output, bool json)
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public void Write(DetectionRule rule, Utf8AuditEvent e, Burst? burst = null)
    {
        if (json)
        {
            WriteJson(rule, e, burst);
        }
        else
        {
            output.Write($"{e.Timestamp} {Severity(rule)} {rule.Id}: {rule.Info.Title}: {Reason(e, burst)} (auditID {e.AuditId})\n");
        }
    }

    /// <summary>The reason, after the burst for a windowed rule: "20 matching events for user alice within 60 s, the last: ...".</summary>
    public static string Reason(Utf8AuditEvent e, Burst? burst) => burst is null ? Reason(e) : $"{burst}, the last: {Reason(e)}";

    /// <summary>Who did what to which object, in a few words.</summary>
    public static string Reason(Utf8AuditEvent e)
    {
        var text = new StringBuilder();
        text.Append(e.Username.Length > 0 ? e.Username : "(no user)").Append(' ').Append(e.Verb).Append(' ');
        if (e.HasObjectRef)
        {
            text.Append(e.Resource);
            if (e.Subresource.Length > 0)
            {
                text.Append('/').Append(e.Subresource);
            }
            var target = e.Namespace.Length > 0 ? e.Namespace + "/" + e.Name : e.Name;
            if (target.Trim('/').Length > 0)
            {
                text.Append(' ').Append(target.TrimEnd('/'));
            }
        }
        else
        {
            text.Append(PolicyKit.Detection.QueryString.PathOf(e.RequestUri));
        }
        var impersonated = e.Get(PolicyKit.Detection.EventField.ImpersonatedUsername);
        if (impersonated.Length > 0)
        {
            text.Append(" as ").Append(impersonated);
        }
        if (e.ResponseCode is { } code)
        {
            text.Append(" (").Append(code).Append(')');
        }
        return text.ToString();
    }

    private static string Severity(DetectionRule rule) => rule.Info.Severity.ToString().ToLowerInvariant();

    private void WriteJson(DetectionRule rule, Utf8AuditEvent e, Burst? burst)
    {
        using (var w = new Utf8JsonWriter(_buffer))
        {
            w.WriteStartObject();
            w.WriteString("rule", rule.Id);
            w.WriteString("title", rule.Info.Title);
            w.WriteString("severity", Severity(rule));
            w.WriteString("mitre", rule.Info.Mitre);
            w.WriteString("auditID", e.AuditId);
            w.WriteString("timestamp", e.Timestamp);
            w.WriteString("user", e.Username);
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
            foreach (var ip in e.GetList(PolicyKit.Detection.EventField.SourceIps))
            {
                w.WriteStringValue(ip);
            }
            w.WriteEndArray();
            w.WriteString("reason", Reason(e, burst));
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
        output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        output.Write('\n');
        _buffer.Clear();
    }

    private static void WriteIfAny(Utf8JsonWriter w, string name, string value)
    {
        if (value.Length > 0)
        {
            w.WriteString(name, value);
        }
    }
}
