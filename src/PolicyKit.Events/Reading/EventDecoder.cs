using System;
using System.Text.Json;
using PolicyKit.Events.Framing;

namespace PolicyKit.Events.Reading;

/// <summary>
/// Turns one framed value into the audit events it holds (an Event, or each item of an EventList),
/// reporting what is not an event into the batch. One per thread: the event it hands out is reused.
/// </summary>
public sealed class EventDecoder
{
    public Utf8AuditEvent Event { get; } = new();

    /// <summary>Calls <paramref name="onEvent"/> for each event of the value; problems go to <paramref name="into"/>.</summary>
    public void Decode(in FramedValue value, BatchResult into, Action<Utf8AuditEvent> onEvent)
    {
        var problem = Event.Load(value.Json);
        if (problem is not null && Event.NotJson && value.IsWholeLine)
        {
            // Shaped like one object but not one: several values on the line, or not JSON at all.
            var values = JsonLineSplitter.Split(value.Json, out var error);
            if (values.Count > 1 || (values.Count == 1 && error is not null))
            {
                foreach (var v in values)
                {
                    Decode(new FramedValue(v, value.Line, null), into, onEvent);
                }
                problem = error is null ? null : "after the values before it: " + error;
            }
            else
            {
                problem = error ?? problem;
            }
            if (problem is not null)
            {
                into.Report(value.Line, problem);
            }
            return;
        }
        if (problem is not null)
        {
            into.Report(value.Line, problem);
        }
        else if (Event.IsEventList)
        {
            DecodeItems(value, into, onEvent);
        }
        else
        {
            into.Events++;
            onEvent(Event);
        }
    }

    private void DecodeItems(in FramedValue value, BatchResult into, Action<Utf8AuditEvent> onEvent)
    {
        var items = Event.Items;
        if (Event.ItemsKind is JsonTokenType.None or JsonTokenType.Null)
        {
            return;
        }
        if (Event.ItemsKind != JsonTokenType.StartArray)
        {
            into.Report(value.Line, $"EventList items is {JsonTokens.Describe(Event.ItemsKind)}, not a list");
            return;
        }
        // The items are positions in the value, which stays as it is while each item is loaded in turn.
        var offset = Event.ItemsOffset;
        var reader = new Utf8JsonReader(items.Span, ReadLimits.JsonOptions);
        reader.Read();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            var item = items.Slice(start, (int)reader.BytesConsumed - start);
            var problem = Event.Load(item);
            if (problem is not null)
            {
                into.Report(value.Line + Newlines(value.Json.Span.Slice(0, offset + start)), $"EventList item {index}: {problem}");
            }
            else
            {
                into.Events++;
                onEvent(Event);
            }
            index++;
        }
    }

    private static long Newlines(ReadOnlySpan<byte> text) => text.Count((byte)'\n');
}
