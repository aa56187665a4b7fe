using System;
using System.Text.Json;

namespace PolicyKit.Serve.Receiving;

/// <summary>
/// Checks that a request body is what kube-apiserver's audit webhook sends, an audit.k8s.io/v1 EventList
/// (<c>{"kind":"EventList","apiVersion":"audit.k8s.io/v1","items":[...]}</c>), in one pass of the JSON reader:
/// whole and valid JSON, nesting within the limit, items a list of objects and not too many of them.
/// The events themselves are read behind the journal; this only decides whether the batch is acknowledged.
/// </summary>
public static class EventListCheck
{
    /// <summary>The number of events, or the reason the body is refused (for the 400's body).</summary>
    public static (int Events, string? Problem) Check(ReadOnlySpan<byte> body, int maxEvents, int maxDepth)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = maxDepth });
        string? kind = null, apiVersion = null;
        var events = -1;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (0, "the body is not a JSON object (an audit.k8s.io/v1 EventList is expected)");
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("kind"u8))
                {
                    reader.Read();
                    kind = Text(ref reader);
                }
                else if (reader.ValueTextEquals("apiVersion"u8))
                {
                    reader.Read();
                    apiVersion = Text(ref reader);
                }
                else if (reader.ValueTextEquals("items"u8))
                {
                    reader.Read();
                    var (count, problem) = Items(ref reader, maxEvents);
                    if (problem is not null)
                    {
                        return (0, problem);
                    }
                    events = count;
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            // The reader itself refuses anything after the object (one JSON value per body).
            reader.Read();
        }
        catch (JsonException ex)
        {
            return (0, "not valid JSON: " + ex.Message);
        }
        if (kind != "EventList")
        {
            return (0, kind is null ? "no kind: an audit.k8s.io/v1 EventList is expected" : $"kind is \"{Cut(kind)}\", an EventList is expected");
        }
        if (apiVersion != "audit.k8s.io/v1")
        {
            return (0, apiVersion is null ? "no apiVersion: audit.k8s.io/v1 is expected" : $"apiVersion is \"{Cut(apiVersion)}\", audit.k8s.io/v1 is expected");
        }
        return (Math.Max(events, 0), null);
    }

    private static (int Count, string? Problem) Items(ref Utf8JsonReader reader, int maxEvents)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return (0, null);
        }
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return (0, $"items is {reader.TokenType}, a list of events is expected");
        }
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return (0, $"items[{count}] is {reader.TokenType}, an event object is expected");
            }
            if (++count > maxEvents)
            {
                return (0, $"more than {maxEvents:N0} events in one batch (--max-batch-events)");
            }
            reader.Skip();
        }
        return (count, null);
    }

    /// <summary>A string value's text (or what the value is instead); never throws on bytes that are not UTF-8.</summary>
    private static string Text(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return reader.TokenType.ToString();
        }
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return "(not UTF-8)";
        }
    }

    private static string Cut(string value) => value.Length <= 64 ? value : value.Substring(0, 64) + "…";
}
