using System;
using System.Text.Json;

namespace PolicyKit.Events.Formats;

/// <summary>
/// What <see cref="FormatDetector"/> found: the shape (of the first item, for a list), and why the bytes are not one
/// JSON value (several values on a line still have the first one's shape).
/// </summary>
public readonly record struct DetectedShape(EnvelopeShape Shape, bool IsList, string? NotJson)
{
    /// <summary>Values written one after another without a newline (Firehose objects): each is read on its own.</summary>
    public bool IsConcatenation => NotJson == FormatDetector.MoreThanOneValue;
}

/// <summary>
/// Tells the shape of a JSON value from the names of its top-level fields (one pass, values skipped).
/// Each shape has a field no other has, so the order of fields, and what else a record carries, does not
/// matter. A list (gcloud logging read --format json, az monitor log-analytics query) has its first item's shape.
/// </summary>
public static class FormatDetector
{
    public static EnvelopeShape Detect(ReadOnlySpan<byte> json) => DetectValue(json).Shape;

    /// <summary><see cref="DetectedShape.NotJson"/> of values that follow one another (each may be fine).</summary>
    public const string MoreThanOneValue = "more than one JSON value";

    /// <summary>The limits of every read, and a value after the first read as such, not as an error in the first.</summary>
    private static readonly JsonReaderOptions FollowedValues = ReadLimits.JsonOptions with { AllowMultipleValues = true };

    public static DetectedShape DetectValue(ReadOnlySpan<byte> json)
    {
        try
        {
            var r = new Utf8JsonReader(json, FollowedValues);
            if (!r.Read())
            {
                return default;
            }
            var isList = false;
            var shape = EnvelopeShape.Unknown;
            if (r.TokenType == JsonTokenType.StartArray)
            {
                isList = true;
                var first = true;
                while (r.Read() && r.TokenType != JsonTokenType.EndArray)
                {
                    if (first && r.TokenType == JsonTokenType.StartObject)
                    {
                        var item = new Utf8JsonReader(json.Slice((int)r.TokenStartIndex), ReadLimits.JsonOptions);
                        item.Read();
                        shape = ObjectShape(ref item);
                    }
                    first = false;
                    r.Skip();
                }
            }
            else if (r.TokenType == JsonTokenType.StartObject)
            {
                shape = ObjectShape(ref r);
            }
            else
            {
                r.Skip();
            }
            // A second value after the first (Firehose concatenates records without newlines) makes this no single value.
            if (r.Read())
            {
                return new DetectedShape(shape, isList, MoreThanOneValue);
            }
            return new DetectedShape(shape, isList, null);
        }
        catch (JsonException ex)
        {
            return new DetectedShape(EnvelopeShape.Unknown, false, JsonTokens.NotJson(ex));
        }
    }

    /// <summary>The reader is on an object's StartObject; reads to its EndObject.</summary>
    private static EnvelopeShape ObjectShape(ref Utf8JsonReader r)
    {
        var found = EnvelopeShape.Unknown;
        bool audit = false, category = false, properties = false;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var name = JsonTokens.Name(ref r);
            r.Read();
            var kind = r.TokenType;
            var shape = EnvelopeShape.Unknown;
            if (name.SequenceEqual("kind"u8) || name.SequenceEqual("auditID"u8))
            {
                audit = true;
            }
            else if (name.SequenceEqual("protoPayload"u8) && kind == JsonTokenType.StartObject)
            {
                shape = EnvelopeShape.GkeLogEntry;
            }
            else if (name.SequenceEqual("protopayload_auditlog"u8) && kind == JsonTokenType.StartObject)
            {
                shape = EnvelopeShape.GkeBigQueryRow;
            }
            else if (name.SequenceEqual("message"u8) && kind == JsonTokenType.String)
            {
                shape = EnvelopeShape.EksRecord;
            }
            else if (name.SequenceEqual("logEvents"u8) && kind == JsonTokenType.StartArray)
            {
                shape = EnvelopeShape.EksSubscription;
            }
            else if (name.SequenceEqual("events"u8) && kind == JsonTokenType.StartArray)
            {
                shape = EnvelopeShape.EksCliOutput;
            }
            else if (name.SequenceEqual("records"u8) && kind == JsonTokenType.StartArray)
            {
                shape = EnvelopeShape.AksRecords;
            }
            else if (name.SequenceEqual("AuditId"u8))
            {
                shape = EnvelopeShape.AksAuditRow;
            }
            else if (name.SequenceEqual("category"u8))
            {
                category = true;
            }
            else if (name.SequenceEqual("properties"u8) && kind == JsonTokenType.StartObject)
            {
                properties = true;
            }
            r.Skip();
            if (shape != EnvelopeShape.Unknown)
            {
                found = found == EnvelopeShape.Unknown || found == shape ? shape : EnvelopeShape.Ambiguous;
            }
        }
        if (category && properties)
        {
            found = found == EnvelopeShape.Unknown ? EnvelopeShape.AksRecord : EnvelopeShape.Ambiguous;
        }
        if (audit)
        {
            // An event has none of the envelopes' fields; a value with both is neither.
            return found == EnvelopeShape.Unknown ? EnvelopeShape.AuditEvent : EnvelopeShape.Ambiguous;
        }
        return found;
    }
}
