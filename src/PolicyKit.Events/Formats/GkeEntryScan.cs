using System;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace PolicyKit.Events.Formats;

/// <summary>
/// The fast way through one GKE LogEntry (the common case: an entry without request or response body): one
/// Utf8JsonReader pass notes where the fields GkeLogEntry maps are, then the event is written from them, with
/// no JsonDocument and no string but the method's (parsed once while methods repeat). It writes what GkeLogEntry.Map
/// writes, and leaves to it (returns false, nothing written) whatever it does not handle itself: a body, a
/// \u escape (a lone surrogate is the general path's to replace), invalid UTF-8, an escaped name, a repeated
/// field, another shape's field, an entry GkeMethod or serviceName refuses, invalid JSON. GkeEntryScanTests hold
/// the two paths equal.
/// </summary>
internal sealed class GkeEntryScan
{
    private const int MethodSlots = 4099;

    private readonly byte[]?[] _methodKeys = new byte[MethodSlots][];
    private readonly int[] _methodLengths = new int[MethodSlots];
    private readonly GkeMethod?[] _methods = new GkeMethod?[MethodSlots];

    /// <summary>Where a string field's content is in the entry (escaped or not); Length -1: absent (or not a string).</summary>
    private readonly record struct Text(int Start, int Length, bool Escaped)
    {
        public static readonly Text None = new(0, -1, false);

        public bool IsEmpty => Length <= 0;
    }

    private byte[] _unescaped = new byte[256];

    private struct Fields
    {
        public Text InsertId, Timestamp, OperationId, Service, Method, Resource, Principal, CallerIp, Agent, StatusMessage;
        public bool HasPayload, HasOperation, First, Last, HasStatus;
        public int StatusCode;
        public int Labels;
        public int Seen;
    }

    /// <summary>Writes the event of <paramref name="json"/>, a whole LogEntry; false, with nothing written, for the general path.</summary>
    public bool TryMap(ReadOnlySpan<byte> json, Utf8JsonWriter w)
    {
        if (json.IndexOf("\\u"u8) >= 0 || !Utf8.IsValid(json))
        {
            return false;
        }
        var f = new Fields { InsertId = Text.None, Timestamp = Text.None, OperationId = Text.None, Service = Text.None, Method = Text.None,
            Resource = Text.None, Principal = Text.None, CallerIp = Text.None, Agent = Text.None, StatusMessage = Text.None, Labels = -1 };
        try
        {
            var r = new Utf8JsonReader(json, ReadLimits.JsonOptions);
            if (!r.Read() || r.TokenType != JsonTokenType.StartObject || !Object(ref r, ref f, Part.Entry) || r.Read())
            {
                return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }
        var service = In(json, f.Service);
        if (!f.HasPayload || (service.Length > 0 && !service.SequenceEqual("k8s.io"u8)) || Method(json, f) is not { } method)
        {
            return false;
        }
        Write(json, f, method, w);
        return true;
    }

    /// <summary>
    /// The request the entry's methodName and resourceName name, parsed once per pair: a log repeats a few thousand
    /// pairs. A slot holds one pair's bytes (method then resource, and where they meet) and its parse; a pair whose slot is taken is parsed again.
    /// </summary>
    private GkeMethod? Method(ReadOnlySpan<byte> json, in Fields f)
    {
        if (f.Method.Escaped || f.Resource.Escaped)
        {
            // Kept simple: escapes in a method or resource name (none that Cloud Logging writes) are the general path's.
            return null;
        }
        var method = In(json, f.Method);
        var resource = In(json, f.Resource);
        var hash = new HashCode();
        hash.AddBytes(method);
        hash.AddBytes(resource);
        var slot = (hash.ToHashCode() & 0x7fffffff) % MethodSlots;
        if (_methodKeys[slot] is { } key && _methodLengths[slot] == method.Length && key.Length == method.Length + resource.Length
            && key.AsSpan(0, method.Length).SequenceEqual(method) && key.AsSpan(method.Length).SequenceEqual(resource))
        {
            return _methods[slot];
        }
        var parsed = GkeMethod.Parse(Encoding.UTF8.GetString(method), Encoding.UTF8.GetString(resource), out _);
        _methodKeys[slot] = [.. method, .. resource];
        _methodLengths[slot] = method.Length;
        _methods[slot] = parsed;
        return parsed;
    }

    /// <summary>The same event GkeLogEntry.Map writes for an entry without bodies, field for field.</summary>
    /// <summary>
    /// A string field's content, unescaped: the entry's own bytes, or for an escaped string (no \u escapes: those
    /// are the general path's) the bytes System.Text.Json unescapes it to, valid until the next call.
    /// </summary>
    private ReadOnlySpan<byte> In(ReadOnlySpan<byte> json, Text text)
    {
        if (text.Length <= 0)
        {
            return default;
        }
        if (!text.Escaped)
        {
            return json.Slice(text.Start, text.Length);
        }
        var r = new Utf8JsonReader(json.Slice(text.Start - 1, text.Length + 2));
        r.Read();
        var length = Unescape(ref r);
        return _unescaped.AsSpan(0, length);
    }

    /// <summary>The reader's current escaped string or name, unescaped into the reused buffer; returns its length.</summary>
    private int Unescape(ref Utf8JsonReader r)
    {
        if (_unescaped.Length < r.ValueSpan.Length)
        {
            _unescaped = new byte[r.ValueSpan.Length * 2];
        }
        return r.CopyString(_unescaped);
    }

    private void Write(ReadOnlySpan<byte> json, in Fields f, GkeMethod method, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("kind"u8, "Event"u8);
        w.WriteString("apiVersion"u8, "audit.k8s.io/v1"u8);
        w.WriteString("level"u8, "Metadata"u8);
        w.WriteString("auditID"u8, In(json, f.HasOperation && !f.OperationId.IsEmpty ? f.OperationId : f.InsertId));
        w.WriteString("stage"u8, f.HasOperation && f.First && !f.Last ? "ResponseStarted"u8 : "ResponseComplete"u8);
        w.WriteString("requestURI"u8, method.Path);
        w.WriteString("verb"u8, method.Verb);
        if (!f.Principal.IsEmpty)
        {
            w.WriteStartObject("user"u8);
            w.WriteString("username"u8, In(json, f.Principal));
            w.WriteEndObject();
        }
        if (!f.CallerIp.IsEmpty)
        {
            w.WriteStartArray("sourceIPs"u8);
            w.WriteStringValue(In(json, f.CallerIp));
            w.WriteEndArray();
        }
        if (!f.Agent.IsEmpty)
        {
            w.WriteString("userAgent"u8, In(json, f.Agent));
        }
        if (method.IsResource)
        {
            GkeLogEntry.WriteObjectRef(method, w);
        }
        w.WriteStartObject("responseStatus"u8);
        w.WriteStartObject("metadata"u8);
        w.WriteEndObject();
        if (!f.StatusMessage.IsEmpty)
        {
            w.WriteString("message"u8, In(json, f.StatusMessage));
        }
        w.WriteNumber("code"u8, GkeLogEntry.Http(f.HasStatus ? f.StatusCode : 0, method.Verb));
        w.WriteEndObject();
        var time = In(json, f.Timestamp);
        if (time.Length > 0)
        {
            if (time.EndsWith(" UTC"u8))
            {
                // BigQuery's form, rewritten as GkeLogEntry rewrites it (rare in a LogEntry).
                var text = GkeLogEntry.Timestamp(Encoding.UTF8.GetString(time));
                w.WriteString("requestReceivedTimestamp"u8, text);
                w.WriteString("stageTimestamp"u8, text);
            }
            else
            {
                w.WriteString("requestReceivedTimestamp"u8, time);
                w.WriteString("stageTimestamp"u8, time);
            }
        }
        if (f.Labels >= 0)
        {
            WriteLabels(json.Slice(f.Labels), w);
        }
        w.WriteEndObject();
    }

    /// <summary>The labels object at the start of <paramref name="labels"/>: its strings as annotations.</summary>
    private void WriteLabels(ReadOnlySpan<byte> labels, Utf8JsonWriter w)
    {
        var r = new Utf8JsonReader(labels, ReadLimits.JsonOptions);
        r.Read();
        w.WriteStartObject("annotations"u8);
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var name = r;
            r.Read();
            if (r.TokenType == JsonTokenType.String)
            {
                // Unescape may grow the buffer: its length first, then the (new) buffer.
                var length = name.ValueIsEscaped ? Unescape(ref name) : -1;
                w.WritePropertyName(length < 0 ? name.ValueSpan : _unescaped.AsSpan(0, length));
                length = r.ValueIsEscaped ? Unescape(ref r) : -1;
                w.WriteStringValue(length < 0 ? r.ValueSpan : _unescaped.AsSpan(0, length));
            }
            else
            {
                r.Skip();
            }
        }
        w.WriteEndObject();
    }

    /// <summary>Notes a field as met; false when it was met before (which one GkeLogEntry reads is then its to say).</summary>
    private static bool Once(ref Fields f, int bit)
    {
        if ((f.Seen & bit) != 0)
        {
            return false;
        }
        f.Seen |= bit;
        return true;
    }

    /// <summary>A string field's place, or None for another kind of value.</summary>
    private static bool String(ref Utf8JsonReader r, out Text text)
    {
        text = r.TokenType == JsonTokenType.String ? new Text((int)r.TokenStartIndex + 1, r.ValueSpan.Length, r.ValueIsEscaped) : Text.None;
        r.Skip();
        return true;
    }

    /// <summary>The next member's name (unescaped names only), the reader then on its value; false at the object's end or for an escaped name.</summary>
    private static bool Member(ref Utf8JsonReader r, out ReadOnlySpan<byte> name, out bool escaped)
    {
        name = default;
        escaped = false;
        if (!r.Read() || r.TokenType != JsonTokenType.PropertyName)
        {
            return false;
        }
        escaped = r.ValueIsEscaped;
        name = r.ValueSpan;
        r.Read();
        return !escaped;
    }

    /// <summary>The objects whose members are looked at.</summary>
    private enum Part
    {
        Entry,
        Payload,
        Operation,
        Authentication,
        Caller,
        Status,
    }

    /// <summary>The members of the object the reader is on (its StartObject read), each handed to the part's reader.</summary>
    private static bool Object(ref Utf8JsonReader r, ref Fields f, Part part)
    {
        bool escaped;
        while (Member(ref r, out var name, out escaped))
        {
            var read = part switch
            {
                Part.Entry => EntryMember(ref r, ref f, name),
                Part.Payload => PayloadMember(ref r, ref f, name),
                Part.Operation => OperationMember(ref r, ref f, name),
                Part.Authentication => name.SequenceEqual("principalEmail"u8) ? Once(ref f, 1 << 16) && String(ref r, out f.Principal) : Skip(ref r),
                Part.Caller => CallerMember(ref r, ref f, name),
                _ => StatusMember(ref r, ref f, name),
            };
            if (!read)
            {
                return false;
            }
        }
        return !escaped;
    }

    /// <summary>An object value read as <paramref name="part"/>; any other value passed over (GkeLogEntry ignores it too).</summary>
    private static bool Nested(ref Utf8JsonReader r, ref Fields f, Part part, ref bool present)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return Skip(ref r);
        }
        present = true;
        return Object(ref r, ref f, part);
    }

    private static bool EntryMember(ref Utf8JsonReader r, ref Fields f, scoped ReadOnlySpan<byte> name) => name switch
    {
        _ when name.SequenceEqual("protoPayload"u8) => Once(ref f, 1) && r.TokenType == JsonTokenType.StartObject && Nested(ref r, ref f, Part.Payload, ref f.HasPayload),
        _ when name.SequenceEqual("operation"u8) => Once(ref f, 2) && Nested(ref r, ref f, Part.Operation, ref f.HasOperation),
        _ when name.SequenceEqual("insertId"u8) => Once(ref f, 4) && String(ref r, out f.InsertId),
        _ when name.SequenceEqual("timestamp"u8) => Once(ref f, 8) && String(ref r, out f.Timestamp),
        _ when name.SequenceEqual("labels"u8) => Once(ref f, 16) && Labels(ref r, ref f),
        _ when IsShapeField(name) => false,
        _ => Skip(ref r),
    };

    /// <summary>The fields FormatDetector tells another shape by: an entry with one is the general path's to judge.</summary>
    private static bool IsShapeField(ReadOnlySpan<byte> key)
        => key.SequenceEqual("kind"u8) || key.SequenceEqual("auditID"u8) || key.SequenceEqual("protopayload_auditlog"u8)
            || key.SequenceEqual("message"u8) || key.SequenceEqual("logEvents"u8) || key.SequenceEqual("events"u8)
            || key.SequenceEqual("records"u8) || key.SequenceEqual("AuditId"u8) || key.SequenceEqual("category"u8) || key.SequenceEqual("properties"u8);

    private static bool Skip(ref Utf8JsonReader r)
    {
        r.Skip();
        return true;
    }

    private static bool PayloadMember(ref Utf8JsonReader r, ref Fields f, scoped ReadOnlySpan<byte> name)
    {
        var unused = false;
        return name switch
        {
            _ when name.SequenceEqual("serviceName"u8) => Once(ref f, 32) && String(ref r, out f.Service),
            _ when name.SequenceEqual("methodName"u8) => Once(ref f, 64) && String(ref r, out f.Method),
            _ when name.SequenceEqual("resourceName"u8) => Once(ref f, 128) && String(ref r, out f.Resource),
            _ when name.SequenceEqual("authenticationInfo"u8) => Once(ref f, 256) && Nested(ref r, ref f, Part.Authentication, ref unused),
            _ when name.SequenceEqual("requestMetadata"u8) => Once(ref f, 512) && Nested(ref r, ref f, Part.Caller, ref unused),
            _ when name.SequenceEqual("status"u8) => Once(ref f, 1024) && Nested(ref r, ref f, Part.Status, ref f.HasStatus),
            // A body is GkeLogEntry's to copy (and its level to tell); null is none.
            _ when name.SequenceEqual("request"u8) || name.SequenceEqual("response"u8) => r.TokenType == JsonTokenType.Null && Once(ref f, name[2] == 'q' ? 2048 : 4096),
            _ => Skip(ref r),
        };
    }

    private static bool OperationMember(ref Utf8JsonReader r, ref Fields f, scoped ReadOnlySpan<byte> name) => name switch
    {
        _ when name.SequenceEqual("id"u8) => Once(ref f, 1 << 13) && String(ref r, out f.OperationId),
        _ when name.SequenceEqual("first"u8) => Once(ref f, 1 << 14) && Flag(ref r, out f.First),
        _ when name.SequenceEqual("last"u8) => Once(ref f, 1 << 15) && Flag(ref r, out f.Last),
        _ => Skip(ref r),
    };

    private static bool Flag(ref Utf8JsonReader r, out bool value)
    {
        value = r.TokenType == JsonTokenType.True;
        return Skip(ref r);
    }

    private static bool CallerMember(ref Utf8JsonReader r, ref Fields f, scoped ReadOnlySpan<byte> name) => name switch
    {
        _ when name.SequenceEqual("callerIp"u8) => Once(ref f, 1 << 17) && String(ref r, out f.CallerIp),
        _ when name.SequenceEqual("callerSuppliedUserAgent"u8) => Once(ref f, 1 << 18) && String(ref r, out f.Agent),
        _ => Skip(ref r),
    };

    private static bool StatusMember(ref Utf8JsonReader r, ref Fields f, scoped ReadOnlySpan<byte> name)
    {
        if (!name.SequenceEqual("code"u8))
        {
            return name.SequenceEqual("message"u8) ? Once(ref f, 1 << 20) && String(ref r, out f.StatusMessage) : Skip(ref r);
        }
        // A google.rpc.Code; anything but an int32 is 0 (OK), as GkeLogEntry reads it.
        f.StatusCode = r.TokenType == JsonTokenType.Number && r.TryGetInt32(out var code) ? code : 0;
        return Once(ref f, 1 << 19) && Skip(ref r);
    }

    /// <summary>Notes where labels is (an object: other values are no labels).</summary>
    private static bool Labels(ref Utf8JsonReader r, ref Fields f)
    {
        if (r.TokenType == JsonTokenType.StartObject)
        {
            f.Labels = (int)r.TokenStartIndex;
        }
        return Skip(ref r);
    }
}
