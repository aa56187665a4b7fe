using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text.Json;

namespace PolicyKit.Detections.Runtime;

/// <summary>Reads every audit Event of a small file (JSON lines, several values, EventList; gzip) for tests.</summary>
public static class EventFiles
{
    /// <summary>Calls <paramref name="onEvent"/> with each event of the file (EventList items one by one).</summary>
    public static void ForEach(string path, Action<Utf8AuditEvent> onEvent)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
        {
            using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            gz.CopyTo(plain);
            bytes = plain.ToArray();
        }
        ForEachInJson(bytes, onEvent);
    }

    /// <summary>Calls <paramref name="onEvent"/> with each event of JSON text (one or more values, EventLists).</summary>
    public static void ForEachInJson(ReadOnlyMemory<byte> json, Action<Utf8AuditEvent> onEvent)
    {
        var e = new Utf8AuditEvent();
        foreach (var value in Values(json))
        {
            ForEachEvent(e, value, onEvent, out _);
        }
    }

    /// <summary>Loads a JSON value and hands out its event(s); returns false with the problem when it is not an Event.</summary>
    public static bool ForEachEvent(Utf8AuditEvent e, ReadOnlyMemory<byte> value, Action<Utf8AuditEvent> onEvent, out string? problem)
    {
        problem = e.Load(value);
        if (problem is not null)
        {
            return false;
        }
        if (!e.IsEventList)
        {
            onEvent(e);
            return true;
        }
        var items = e.Items;
        if (items.IsEmpty)
        {
            return true;
        }
        var index = 0;
        foreach (var item in Values(items, array: true))
        {
            if (!ForEachEvent(e, item, onEvent, out problem))
            {
                problem = $"EventList item {index}: {problem}";
                return false;
            }
            index++;
        }
        return true;
    }

    /// <summary>The top-level values of the input (or the items of an array).</summary>
    public static List<ReadOnlyMemory<byte>> Values(ReadOnlyMemory<byte> json, bool array = false)
    {
        var values = new List<ReadOnlyMemory<byte>>();
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { AllowMultipleValues = true });
        if (array && (!reader.Read() || reader.TokenType != JsonTokenType.StartArray))
        {
            return values;
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            values.Add(json.Slice(start, (int)reader.BytesConsumed - start));
        }
        return values;
    }
}
