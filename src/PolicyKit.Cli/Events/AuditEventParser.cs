using System;
using System.Collections.Generic;
using System.Text.Json;
using PolicyKit.Detections.Runtime;

namespace PolicyKit.Cli.Events;

/// <summary>
/// Reads audit Events (audit.k8s.io/v1 and v1beta1) and EventLists from JSON values, taking only the
/// fields it needs and skipping the rest (bodies included) without materialising them.
/// </summary>
internal static class AuditEventParser
{
    /// <summary>
    /// Calls <paramref name="onEvent"/> for each Event in the value (one, or an EventList's items) and
    /// returns null, or returns why the value is not an Event.
    /// </summary>
    public static string? Parse(ReadOnlySpan<byte> json, Action<AuditEventSummary> onEvent) => Parse(json, onEvent, out _);

    /// <summary>As above; <paramref name="notJson"/> tells a value that is not valid JSON from one that is no Event.</summary>
    public static string? Parse(ReadOnlySpan<byte> json, Action<AuditEventSummary> onEvent, out bool notJson)
    {
        notJson = false;
        try
        {
            var reader = new Utf8JsonReader(json, isFinalBlock: true, state: default);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return $"not an audit Event: a JSON {Describe(reader.TokenType)}, not an object";
            }
            var e = ReadObject(ref reader, out var kind, out var kindProblem, out var items);
            // Anything after the object (a second value on the line) makes this not one JSON value:
            // Utf8JsonReader throws here, before any event is handed out.
            reader.Read();
            if (kindProblem is not null)
            {
                return kindProblem;
            }
            if (kind == "EventList")
            {
                return items is { } range ? ParseItems(json.Slice(range.Start, range.Length), onEvent) : null;
            }
            if (kind is null && e.AuditId is null)
            {
                return "not an audit Event: no kind and no auditID";
            }
            if (kind is not null && kind != "Event")
            {
                return $"not an audit Event: kind is \"{kind}\"";
            }
            if (e.ApiVersion is not null and not ("audit.k8s.io/v1" or "audit.k8s.io/v1beta1"))
            {
                return $"not an audit Event: apiVersion is \"{e.ApiVersion}\" (expected audit.k8s.io/v1 or v1beta1)";
            }
            onEvent(e);
            return null;
        }
        catch (JsonException ex)
        {
            notJson = true;
            return "not an audit Event: " + ex.Message;
        }
        catch (InvalidOperationException ex)
        {
            return "not an audit Event: " + ex.Message;
        }
    }

    private static string? ParseItems(ReadOnlySpan<byte> array, Action<AuditEventSummary> onEvent)
    {
        var reader = new Utf8JsonReader(array, isFinalBlock: true, state: default);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return "EventList items is not a list";
        }
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var itemStart = (int)reader.TokenStartIndex;
            reader.Skip();
            var item = array.Slice(itemStart, (int)reader.BytesConsumed - itemStart);
            var problem = Parse(item, onEvent);
            if (problem is not null)
            {
                return $"EventList item {index}: {problem}";
            }
            index++;
        }
        return null;
    }

    private static AuditEventSummary ReadObject(ref Utf8JsonReader reader, out string? kind, out string? kindProblem, out (int Start, int Length)? items)
    {
        var e = new AuditEventSummary();
        kind = null;
        kindProblem = null;
        items = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("kind"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    kind = reader.GetString();
                }
                else
                {
                    kindProblem = $"not an audit Event: \"kind\" is {Describe(reader.TokenType)}";
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("items"u8))
            {
                reader.Read();
                var s = (int)reader.TokenStartIndex;
                reader.Skip();
                items = (s, (int)reader.BytesConsumed - s);
            }
            else if (reader.ValueTextEquals("apiVersion"u8))
            {
                e.ApiVersion = ReadCachedString(ref reader);
            }
            else if (reader.ValueTextEquals("auditID"u8))
            {
                e.AuditId = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("verb"u8))
            {
                e.Verb = ReadCachedString(ref reader);
            }
            else if (reader.ValueTextEquals("requestURI"u8))
            {
                e.RequestUri = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("user"u8))
            {
                ReadUser(ref reader, e);
            }
            else if (reader.ValueTextEquals("objectRef"u8))
            {
                ReadObjectRef(ref reader, e);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return e;
    }

    private static void ReadUser(ref Utf8JsonReader reader, AuditEventSummary e)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("username"u8))
            {
                e.Username = ReadCachedString(ref reader);
            }
            else if (reader.ValueTextEquals("groups"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    var groups = new List<string>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            groups.Add(Strings.Get(ref reader));
                        }
                        else
                        {
                            reader.Skip();
                        }
                    }
                    e.Groups = groups;
                }
                else
                {
                    reader.Skip();
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private static void ReadObjectRef(ref Utf8JsonReader reader, AuditEventSummary e)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }
        e.HasObjectRef = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("namespace"u8))
            {
                e.Namespace = ReadCachedString(ref reader);
            }
            else if (reader.ValueTextEquals("apiGroup"u8))
            {
                e.ApiGroup = ReadCachedString(ref reader);
            }
            else if (reader.ValueTextEquals("resource"u8))
            {
                e.Resource = ReadCachedString(ref reader);
            }
            else if (reader.ValueTextEquals("subresource"u8))
            {
                e.Subresource = ReadCachedString(ref reader);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                e.Name = ReadString(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private static string? ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }
        reader.Skip();
        return null;
    }

    /// <summary>One per thread: the parser is static, and a reader runs on one thread.</summary>
    [ThreadStatic]
    private static Utf8StringPool? _strings;

    private static Utf8StringPool Strings => _strings ??= new Utf8StringPool();

    /// <summary>A field whose values repeat across events (verb, user, resource...): shared strings.</summary>
    private static string? ReadCachedString(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            return Strings.Get(ref reader);
        }
        reader.Skip();
        return null;
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.StartArray => "a list",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.String => "a string",
        _ => "an object",
    };
}
