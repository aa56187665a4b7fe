using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Linq;
using System.Text.Json.Nodes;

namespace PolicyKit.Events.Filtering;

/// <summary>
/// Applies a policy's decision to a recorded event after the fact, as kube-apiserver applies it when it writes the
/// event (k8s.io/apiserver pkg/audit: request.go, and the admission annotations' levels): no event at level None or
/// at an omitted stage; requestObject only from Request, responseObject only at RequestResponse; managedFields
/// taken out of the bodies (of each item of a list, of each row of a Table) when omitManagedFields is set, but not
/// out of a patch, which the apiserver logs as sent; patch.webhook.admission.k8s.io annotations only from Request.
/// The event's own fields are copied as written. An event recorded below the policy's level keeps its level: its
/// missing bodies cannot be made up (<see cref="RecordedBelowLevel"/> says so). One per thread.
/// </summary>
public sealed class EventFilter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = ReadLimits.MaxDepth + 8,
    };

    private static readonly JsonNodeOptions NodeOptions = new();

    private readonly ArrayBufferWriter<byte> _scratch = new();
    private readonly ArrayBufferWriter<byte> _line = new();

    /// <summary>What could not be done as the apiserver would for the last event (a body that could not be rewritten), or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>Whether the last kept event was recorded at a lower level than the policy's.</summary>
    public bool RecordedBelowLevel { get; private set; }

    /// <summary>Writes the event as the apiserver would have written it under <paramref name="decision"/>, as one JSON line, or nothing.</summary>
    public FilterOutcome Apply(Utf8AuditEvent e, AuditDecision decision, IBufferWriter<byte> output)
    {
        RecordedBelowLevel = false;
        Problem = null;
        if (decision.Level == Level.None)
        {
            return FilterOutcome.DroppedNone;
        }
        if (e.Stage is { } stage && decision.OmitStages.Contains(stage))
        {
            return FilterOutcome.DroppedStage;
        }
        var recorded = RecordedLevel(e.Level);
        RecordedBelowLevel = recorded < decision.Level;
        var level = RecordedBelowLevel ? recorded : decision.Level;
        // Written whole or not at all: a member that is not JSON inside ends the line before it is complete.
        _line.Clear();
        try
        {
            Write(e, level, decision.OmitManagedFields, _line);
        }
        catch (JsonException ex)
        {
            Problem = JsonTokens.NotJson(ex);
            return FilterOutcome.Unreadable;
        }
        output.Write(_line.WrittenSpan);
        return FilterOutcome.Kept;
    }

    /// <summary>An event without a known level is taken to hold what it has: the most a policy can keep of it.</summary>
    private static Level RecordedLevel(string level) => level switch
    {
        "Metadata" => Level.Metadata,
        "Request" => Level.Request,
        _ => Level.RequestResponse,
    };

    private void Write(Utf8AuditEvent e, Level level, bool omitManagedFields, IBufferWriter<byte> output)
    {
        var json = e.Json.Span;
        var r = new Utf8JsonReader(json, ReadLimits.JsonOptions);
        r.Read();
        output.Write("{"u8);
        var first = true;
        var wroteLevel = false;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = (int)r.TokenStartIndex;
            var name = JsonTokens.Name(ref r);
            var isLevel = name.SequenceEqual("level"u8);
            var isRequest = name.SequenceEqual("requestObject"u8);
            var isResponse = name.SequenceEqual("responseObject"u8);
            var isAnnotations = name.SequenceEqual("annotations"u8);
            r.Read();
            var valueStart = (int)r.TokenStartIndex;
            r.Skip();
            var value = json.Slice(valueStart, (int)r.BytesConsumed - valueStart);
            if ((isRequest && level < Level.Request) || (isResponse && level < Level.RequestResponse))
            {
                continue;
            }
            var rewrite = (isResponse || (isRequest && e.Verb != "patch")) && omitManagedFields && value.IndexOf("\"managedFields\""u8) >= 0
                ? Rewrite(value, RemoveManagedFields)
                : isAnnotations && level < Level.Request && value.IndexOf("patch.webhook.admission.k8s.io/"u8) >= 0
                    ? Rewrite(value, RemovePatchAnnotations)
                    : (bool?)null;
            if (rewrite == false)
            {
                // Text System.Text.Json will not re-encode (lone surrogates): the field is left out rather than kept whole.
                Problem = $"{Encoding.UTF8.GetString(name)} left out: it could not be rewritten";
                continue;
            }
            if (!first)
            {
                output.Write(","u8);
            }
            first = false;
            if (isLevel)
            {
                wroteLevel = true;
                WriteLevel(level, output);
            }
            else if (rewrite == true)
            {
                WriteName(json, nameStart, valueStart, output);
                output.Write(_scratch.WrittenSpan);
            }
            else
            {
                WriteOneLine(json.Slice(nameStart, valueStart - nameStart + value.Length), output);
            }
        }
        if (!wroteLevel)
        {
            output.Write(first ? ""u8 : ","u8);
            WriteLevel(level, output);
        }
        output.Write("}\n"u8);
    }

    private static void WriteLevel(Level level, IBufferWriter<byte> output)
    {
        output.Write("\"level\":\""u8);
        output.Write(Encoding.UTF8.GetBytes(level.ToName()));
        output.Write("\""u8);
    }

    private static void WriteName(ReadOnlySpan<byte> json, int nameStart, int valueStart, IBufferWriter<byte> output)
        => WriteOneLine(json.Slice(nameStart, valueStart - nameStart), output);

    /// <summary>Copies JSON text with its line breaks as spaces: in valid JSON they are whitespace (strings escape them), and a log line is one line.</summary>
    private static void WriteOneLine(ReadOnlySpan<byte> text, IBufferWriter<byte> output)
    {
        if (text.IndexOfAny((byte)'\n', (byte)'\r') < 0)
        {
            output.Write(text);
            return;
        }
        var span = output.GetSpan(text.Length);
        text.CopyTo(span);
        span.Slice(0, text.Length).Replace((byte)'\n', (byte)' ');
        span.Slice(0, text.Length).Replace((byte)'\r', (byte)' ');
        output.Advance(text.Length);
    }

    /// <summary>Parses a value, changes it and writes it to the scratch buffer; false when it cannot be.</summary>
    private bool Rewrite(ReadOnlySpan<byte> value, Action<JsonNode?> change)
    {
        _scratch.Clear();
        try
        {
            var node = JsonNode.Parse(value, NodeOptions, ReadLimits.DocumentOptions);
            change(node);
            using var writer = new Utf8JsonWriter(_scratch, WriterOptions);
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer);
            }
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The body without metadata.managedFields: of the object, of each item of a list, of each row's object of a Table.</summary>
    private static void RemoveManagedFields(JsonNode? node)
    {
        if (node is not JsonObject o)
        {
            return;
        }
        if (o["metadata"] is JsonObject metadata)
        {
            metadata.Remove("managedFields");
        }
        if (o["items"] is JsonArray items)
        {
            foreach (var item in items)
            {
                RemoveManagedFields(item);
            }
        }
        if ((string?)(o["kind"] as JsonValue) == "Table" && o["rows"] is JsonArray rows)
        {
            foreach (var row in rows)
            {
                RemoveManagedFields((row as JsonObject)?["object"]);
            }
        }
    }

    /// <summary>The annotations without those the admission webhooks add at Request level only.</summary>
    private static void RemovePatchAnnotations(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            foreach (var key in o.Select(p => p.Key).Where(k => k.StartsWith("patch.webhook.admission.k8s.io/", StringComparison.Ordinal)).ToList())
            {
                o.Remove(key);
            }
        }
    }
}
