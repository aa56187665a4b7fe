using System;
using System.Buffers;
using System.Text.Json;

namespace PolicyKit.Events.Formats;

/// <summary>
/// AKS: Azure Monitor diagnostic settings records of the kube-audit and kube-audit-admin categories, whose
/// properties.log is the event's JSON as a string: records[] (a storage account blob, an Event Hubs message)
/// or one record per line. Records of other categories (kube-apiserver, guard...) share an Event Hub and are
/// passed over: they are no audit events. See docs/aks.md.
/// </summary>
internal static class AksRecords
{
    public static void Read(ReadOnlyMemory<byte> value, long line, EnvelopeShape shape, ArrayBufferWriter<byte> scratch, IEnvelopeSink sink)
    {
        var r = new Utf8JsonReader(value.Span, ReadLimits.JsonOptions);
        r.Read();
        if (shape == EnvelopeShape.AksRecord)
        {
            Record(value, line, (int)r.TokenStartIndex, "record", scratch, sink);
            return;
        }
        if (!EnvelopeJson.Find(ref r, "records"u8))
        {
            return;
        }
        var index = 0;
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            var place = $"records[{index++}]";
            if (r.TokenType != JsonTokenType.StartObject)
            {
                sink.Problem(EnvelopeJson.LineOf(value.Span, line, r.TokenStartIndex), $"{place}: {JsonTokens.Describe(r.TokenType)}, not a diagnostic record");
            }
            else
            {
                Record(value, line, (int)r.TokenStartIndex, place, scratch, sink);
            }
            r.Skip();
        }
    }

    /// <summary>One record starting at <paramref name="start"/>: its properties.log, when its category is an audit one.</summary>
    private static void Record(ReadOnlyMemory<byte> value, long line, int start, string place, ArrayBufferWriter<byte> scratch, IEnvelopeSink sink)
    {
        var r = new Utf8JsonReader(value.Span.Slice(start), ReadLimits.JsonOptions);
        r.Read();
        var isAudit = true;
        var logFound = false;
        long logLine = 0;
        scratch.Clear();
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var name = JsonTokens.Name(ref r);
            var isCategory = name.SequenceEqual("category"u8);
            var isProperties = name.SequenceEqual("properties"u8);
            r.Read();
            if (isCategory && r.TokenType == JsonTokenType.String)
            {
                isAudit = r.ValueSpan.SequenceEqual("kube-audit"u8) || r.ValueSpan.SequenceEqual("kube-audit-admin"u8);
            }
            else if (isProperties && r.TokenType == JsonTokenType.StartObject)
            {
                var depth = r.CurrentDepth;
                if (EnvelopeJson.Find(ref r, "log"u8) && r.TokenType == JsonTokenType.String)
                {
                    logFound = true;
                    logLine = EnvelopeJson.LineOf(value.Span, line, start + r.TokenStartIndex);
                    EnvelopeJson.CopyString(ref r, scratch);
                }
                while (r.CurrentDepth > depth || r.TokenType != JsonTokenType.EndObject)
                {
                    r.Read();
                }
                continue;
            }
            r.Skip();
        }
        if (!isAudit)
        {
            return;
        }
        if (!logFound)
        {
            sink.Problem(EnvelopeJson.LineOf(value.Span, line, start), $"{place}: no properties.log string");
            return;
        }
        sink.Event(scratch.WrittenMemory, logLine, place + ".properties.log");
    }
}
