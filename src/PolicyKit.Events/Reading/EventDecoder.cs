using System;
using System.Collections.Generic;
using System.Text.Json;
using PolicyKit.Events.Formats;
using PolicyKit.Events.Framing;

namespace PolicyKit.Events.Reading;

/// <summary>
/// Turns one framed value into the audit events it holds (an Event, each item of an EventList, or the events
/// a cloud envelope carries: GKE, EKS, AKS, see Formats/), reporting what is not an event into the batch.
/// The input's format (<see cref="BatchResult.Format"/>) says which: raw events take the direct path, and
/// a value of another format than its input's is reported, not read. One per thread: the event it hands out is reused.
/// </summary>
public sealed class EventDecoder : IEnvelopeSink
{
    private readonly EnvelopeReader _envelopes = new();
    private readonly List<(int Start, int Length)> _itemPlaces = new();
    private BatchResult? _into;
    private Action<Utf8AuditEvent>? _onEvent;

    public Utf8AuditEvent Event { get; } = new();

    /// <summary>Off: every EKS and AKS record and GKE entry takes the general path (tests hold the two ways equal).</summary>
    internal bool UseFastEnvelopes { get; init; } = true;

    /// <summary>Calls <paramref name="onEvent"/> for each event of the value; problems go to <paramref name="into"/>.</summary>
    public void Decode(in FramedValue value, BatchResult into, Action<Utf8AuditEvent> onEvent)
    {
        _into = into;
        _onEvent = onEvent;
        if (into.Format is InputFormat.Audit or InputFormat.Auto)
        {
            DecodeAudit(value, into, onEvent);
        }
        else
        {
            DecodeEnvelope(value, into.Format);
        }
    }

    private void DecodeAudit(in FramedValue value, BatchResult into, Action<Utf8AuditEvent> onEvent)
    {
        var problem = Event.Load(value.Json, value.Items);
        if (problem is not null && Event.NotJson && value.IsWholeLine)
        {
            // Shaped like one object but not one: several values on the line, or not JSON at all.
            SplitLine(value);
            return;
        }
        if (problem is not null)
        {
            if (Event.Kind.Length == 0 && !Event.HasAuditId)
            {
                // No event: a cloud envelope, read as such while the input's format is not known yet; else said what it is.
                var shape = FormatDetector.DetectValue(value.Json.Span).Shape;
                var format = shape.Format();
                if (format is not (InputFormat.Auto or InputFormat.Audit))
                {
                    if (into.Format == InputFormat.Auto)
                    {
                        DecodeEnvelope(value, format);
                        return;
                    }
                    problem = Mixed(shape, into.Format);
                }
                else if (into.Format == InputFormat.Auto && shape != EnvelopeShape.AuditEvent && IsObject(value.Json.Span))
                {
                    problem += $" (nor a cloud log entry PolicyKit knows: {InputFormats.KnownShapes})";
                }
            }
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

    /// <summary>A line shaped like one object that is not one JSON value: each value on it in turn, or the error.</summary>
    private void SplitLine(in FramedValue value)
    {
        var values = JsonLineSplitter.Split(value.Json, out var error);
        string? problem;
        if (values.Count > 1 || (values.Count == 1 && error is not null))
        {
            foreach (var v in values)
            {
                Decode(new FramedValue(v, value.Line, null), _into!, _onEvent!);
            }
            problem = error is null ? null : "after the values before it: " + error;
        }
        else
        {
            problem = error ?? Event.Load(value.Json);
        }
        if (problem is not null)
        {
            _into!.Report(value.Line, problem);
        }
    }

    /// <summary>A value of an input of a cloud format: its events, through the format's reader.</summary>
    private void DecodeEnvelope(in FramedValue value, InputFormat format)
    {
        if (UseFastEnvelopes && _envelopes.TryReadRecord(value.Json, value.Line, format, this))
        {
            return;
        }
        var detected = FormatDetector.DetectValue(value.Json.Span);
        if (detected.NotJson is { } notJson)
        {
            if (value.IsWholeLine)
            {
                SplitLine(value);
            }
            else
            {
                _into!.Report(value.Line, notJson.StartsWith("not ", StringComparison.Ordinal) ? notJson : "not JSON: " + notJson);
            }
            return;
        }
        if (!detected.IsList)
        {
            DecodeShape(value.Json, value.Line, detected.Shape, format);
            return;
        }
        // A list of entries (gcloud logging read --format json, az monitor log-analytics query): each in turn.
        var reader = new Utf8JsonReader(value.Json.Span, ReadLimits.JsonOptions);
        reader.Read();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            var line = EnvelopeJson.LineOf(value.Json.Span, value.Line, start);
            reader.Skip();
            var item = value.Json.Slice(start, (int)reader.BytesConsumed - start);
            var shape = reader.TokenType == JsonTokenType.EndObject ? FormatDetector.Detect(item.Span) : EnvelopeShape.Unknown;
            if (shape.Format() != format)
            {
                _into!.Report(line, $"item {index}: " + Mixed(shape, format));
            }
            else
            {
                DecodeShape(item, line, shape, format);
            }
            index++;
        }
    }

    private void DecodeShape(ReadOnlyMemory<byte> json, long line, EnvelopeShape shape, InputFormat format)
    {
        if (shape.Format() != format)
        {
            _into!.Report(line, Mixed(shape, format));
            return;
        }
        _envelopes.Read(json, line, shape, this);
    }

    private static string Mixed(EnvelopeShape shape, InputFormat format)
        => shape is EnvelopeShape.Unknown or EnvelopeShape.Ambiguous
            ? $"{shape.Describe()} in an input of {format.Describe()} (known: {InputFormats.KnownShapes})"
            : $"{shape.Describe()} in an input of {format.Describe()}: one input holds one format (--input-format forces one)";

    void IEnvelopeSink.Event(ReadOnlyMemory<byte> eventJson, long line, string place)
    {
        var problem = Event.Load(eventJson);
        if (problem is null && Event.IsEventList)
        {
            problem = "an EventList, where one event belongs";
        }
        if (problem is not null)
        {
            _into!.Report(line, $"{place}: {problem}");
            return;
        }
        _into!.Events++;
        _onEvent!(Event);
    }

    void IEnvelopeSink.Problem(long line, string message) => _into!.Report(line, message);

    private void DecodeItems(in FramedValue value, BatchResult into, Action<Utf8AuditEvent> onEvent)
    {
        if (Event.ItemsKind is JsonTokenType.None or JsonTokenType.Null)
        {
            return;
        }
        if (Event.ItemsKind != JsonTokenType.StartArray)
        {
            into.Report(value.Line, $"EventList items is {JsonTokens.Describe(Event.ItemsKind)}, not a list");
            return;
        }
        // The items are places in the value, which stays as it is while each item is loaded in turn: found by
        // the fast scan as it read the list, else here.
        var json = value.Json;
        var unreadable = Event.TakeItemPlaces(_itemPlaces) ? null : FindItems(Event.Items, Event.ItemsOffset);
        var (counted, line) = (0, value.Line);
        for (var index = 0; index < _itemPlaces.Count; index++)
        {
            var (start, length) = _itemPlaces[index];
            var problem = Event.Load(json.Slice(start, length));
            if (problem is not null)
            {
                line += Newlines(json.Span.Slice(counted, start - counted));
                counted = start;
                into.Report(line, $"EventList item {index}: {problem}");
            }
            else
            {
                into.Events++;
                onEvent(Event);
            }
        }
        if (unreadable is { } notJson)
        {
            into.Report(value.Line, $"EventList item {_itemPlaces.Count}: {notJson}; the items after it were not read");
        }
    }

    /// <summary>The items' places, read with System.Text.Json; the error, if one stops it (the places before it stand).</summary>
    private string? FindItems(ReadOnlyMemory<byte> items, int offset)
    {
        _itemPlaces.Clear();
        var reader = new Utf8JsonReader(items.Span, ReadLimits.JsonOptions);
        try
        {
            reader.Read();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                _itemPlaces.Add((offset + start, (int)reader.BytesConsumed - start));
            }
            return null;
        }
        catch (JsonException ex)
        {
            return JsonTokens.NotJson(ex);
        }
    }

    private static bool IsObject(ReadOnlySpan<byte> json) => json.TrimStart(" \t\r\n"u8) is [(byte)'{', ..];

    private static long Newlines(ReadOnlySpan<byte> text) => text.Count((byte)'\n');
}
