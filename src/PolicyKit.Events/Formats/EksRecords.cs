using System;
using System.Buffers;
using System.Text.Json;

namespace PolicyKit.Events.Formats;

/// <summary>
/// EKS: CloudWatch Logs records of the kube-apiserver-audit log stream, whose message is the event's JSON as a
/// string. Three shapes: one record (a Firehose record transformation, a Logs Insights or export row),
/// subscription data (logEvents[], what a subscription filter sends to Firehose, Kinesis or Lambda, gzip'd),
/// and the output of aws logs filter-log-events / get-log-events (events[]). See docs/eks.md.
/// </summary>
internal static class EksRecords
{
    public static void Read(ReadOnlyMemory<byte> value, long line, EnvelopeShape shape, ArrayBufferWriter<byte> scratch, IEnvelopeSink sink)
    {
        var r = new Utf8JsonReader(value.Span, ReadLimits.JsonOptions);
        r.Read();
        if (shape == EnvelopeShape.EksRecord)
        {
            Message(ref r, value, line, "message", scratch, sink);
            return;
        }
        var list = shape == EnvelopeShape.EksSubscription ? "logEvents"u8 : "events"u8;
        var listName = shape == EnvelopeShape.EksSubscription ? "logEvents" : "events";
        var passOver = false;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var name = JsonTokens.Name(ref r);
            var isList = name.SequenceEqual(list);
            var isType = name.SequenceEqual("messageType"u8);
            var isStream = name.SequenceEqual("logStream"u8);
            r.Read();
            if (isType && r.TokenType == JsonTokenType.String)
            {
                // CloudWatch checks a new subscription with a CONTROL_MESSAGE, whose logEvents are no audit events.
                passOver |= r.ValueSpan.SequenceEqual("CONTROL_MESSAGE"u8);
            }
            else if (isStream && r.TokenType == JsonTokenType.String && !r.ValueIsEscaped && r.ValueSpan.Length > 0)
            {
                // A subscription covers the cluster's log group: the other control plane logs (kube-apiserver, authenticator...) are passed over.
                passOver |= !r.ValueSpan.StartsWith("kube-apiserver-audit"u8);
            }
            if (!isList || passOver)
            {
                r.Skip();
                continue;
            }
            var index = 0;
            while (r.Read() && r.TokenType != JsonTokenType.EndArray)
            {
                var place = $"{listName}[{index++}]";
                if (r.TokenType != JsonTokenType.StartObject)
                {
                    sink.Problem(EnvelopeJson.LineOf(value.Span, line, r.TokenStartIndex), $"{place}: {JsonTokens.Describe(r.TokenType)}, not a log event");
                    r.Skip();
                    continue;
                }
                var depth = r.CurrentDepth;
                Message(ref r, value, line, place + ".message", scratch, sink);
                while (r.CurrentDepth > depth || r.TokenType != JsonTokenType.EndObject)
                {
                    r.Read();
                }
            }
        }
    }

    /// <summary>The reader is on a record's StartObject: hands its message over as the event, and stops inside the record.</summary>
    private static void Message(ref Utf8JsonReader r, ReadOnlyMemory<byte> value, long line, string place, ArrayBufferWriter<byte> scratch, IEnvelopeSink sink)
    {
        var start = r.TokenStartIndex;
        if (!EnvelopeJson.Find(ref r, "message"u8) || r.TokenType != JsonTokenType.String)
        {
            sink.Problem(EnvelopeJson.LineOf(value.Span, line, start), $"{place}: no message string");
            return;
        }
        var at = EnvelopeJson.LineOf(value.Span, line, r.TokenStartIndex);
        scratch.Clear();
        EnvelopeJson.CopyString(ref r, scratch);
        sink.Event(scratch.WrittenMemory, at, place);
    }
}
