using System;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyKit.Events.Formats;

namespace PolicyKit.Events.Filtering;

/// <summary>
/// <c>filter --output-format same</c>: what a policy keeps of one input value, in the shape it came in. Each event
/// the value holds is filtered on its own (<paramref name="filterOne"/>: the event's record or list item as JSON →
/// the kept audit.k8s.io event, or null when the policy drops it), then put back where it was: an EKS record's
/// message, an AKS record's properties.log, an item of an EventList, of records[], logEvents[] or events[], and
/// the bodies of a GKE entry or an AKSAudit row (which are kept or dropped, never made up, as the filter does).
/// A list left empty is dropped; records that hold no audit event (other AKS categories) pass unchanged.
/// </summary>
public sealed class SameShapeRewriter(Func<ReadOnlyMemory<byte>, JsonObject?> filterOne)
{
    /// <summary>Written back as it came as far as JSON goes (no \u-escaping of what needs none), as deep as it is read.</summary>
    private static readonly JsonSerializerOptions Relaxed = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = ReadLimits.MaxDepth + 8,
    };

    private static readonly JsonNodeOptions NodeOptions = new();

    private static readonly JsonDocumentOptions DocumentOptions = ReadLimits.DocumentOptions;

    /// <summary>
    /// The value as the policy leaves it, as lines of JSON text (none when nothing of it is kept); values written
    /// one after another without a newline (Firehose objects) become one line each.
    /// </summary>
    public IReadOnlyList<string> Rewrite(ReadOnlySpan<byte> value)
    {
        var lines = new List<string>();
        var r = new Utf8JsonReader(value, new JsonReaderOptions { AllowMultipleValues = true, MaxDepth = ReadLimits.JsonOptions.MaxDepth });
        while (r.Read())
        {
            var start = (int)r.TokenStartIndex;
            r.Skip();
            var one = value.Slice(start, (int)r.BytesConsumed - start);
            var kept = Rewrite(JsonNode.Parse(one, NodeOptions, DocumentOptions), FormatDetector.Detect(one));
            if (kept is not null)
            {
                lines.Add(kept.ToJsonString(Relaxed));
            }
        }
        return lines;
    }

    private JsonNode? Rewrite(JsonNode? node, EnvelopeShape shape)
    {
        if (node is JsonArray array)
        {
            return KeepItems(array, item => Rewrite(item, item is null ? EnvelopeShape.Unknown : FormatDetector.Detect(Bytes(item))));
        }
        if (node is not JsonObject entry)
        {
            return node;
        }
        return shape switch
        {
            EnvelopeShape.AuditEvent when entry["items"] is JsonArray items => KeepListIn(entry, items, item => item is null ? null : filterOne(Bytes(item))),
            EnvelopeShape.AuditEvent => filterOne(Bytes(entry)),
            EnvelopeShape.EksSubscription when entry["logEvents"] is JsonArray events => KeepListIn(entry, events, EksRecord),
            EnvelopeShape.EksCliOutput when entry["events"] is JsonArray events => KeepListIn(entry, events, EksRecord),
            EnvelopeShape.EksRecord => EksRecord(entry),
            EnvelopeShape.AksRecords when entry["records"] is JsonArray records => KeepListIn(entry, records, AksRecord),
            EnvelopeShape.AksRecord => AksRecord(entry),
            EnvelopeShape.GkeLogEntry => Bodies(entry, entry["protoPayload"] as JsonObject, "request", "response", asText: false),
            EnvelopeShape.GkeBigQueryRow => Bodies(entry, entry["protopayload_auditlog"] as JsonObject, "requestJson", "responseJson", asText: true),
            EnvelopeShape.AksAuditRow => Bodies(entry, entry, "RequestObject", "ResponseObject", asText: null, levelField: "Level"),
            _ => entry,
        };
    }

    private JsonNode? EksRecord(JsonNode? record)
        => record is JsonObject r && r["message"] is JsonValue ? WithText(r, r, "message") : record;

    private JsonNode? AksRecord(JsonNode? record)
    {
        if (record is not JsonObject r || r["properties"] is not JsonObject properties || properties["log"] is not JsonValue)
        {
            return record;
        }
        var category = r["category"] is JsonValue c && c.TryGetValue<string>(out var s) ? s : null;
        return category is "kube-audit" or "kube-audit-admin" ? WithText(r, properties, "log") : record;
    }

    /// <summary>A record whose event is JSON text in <paramref name="field"/>: the kept event's text there, or no record.</summary>
    private JsonObject? WithText(JsonObject record, JsonObject holder, string field)
    {
        if (filterOne(Bytes(record)) is not { } kept)
        {
            return null;
        }
        holder[field] = kept.ToJsonString(Relaxed);
        return record;
    }

    /// <summary>
    /// A GKE entry or an AKSAudit row, mapped field by field: dropped with its event, else its request and response
    /// bodies become the kept event's (managedFields out, a body the level does not keep removed). A body's form
    /// is kept: JSON text stays text, an object keeps Cloud Logging's @type.
    /// </summary>
    private JsonObject? Bodies(JsonObject entry, JsonObject? holder, string requestField, string responseField, bool? asText, string? levelField = null)
    {
        if (holder is null || filterOne(Bytes(entry)) is not { } kept)
        {
            return holder is null ? entry : null;
        }
        Replace(holder, requestField, Detach(kept, "requestObject"), asText);
        Replace(holder, responseField, Detach(kept, "responseObject"), asText);
        if (levelField is not null && holder.ContainsKey(levelField))
        {
            // An AKSAudit row says its level in a column (a GKE entry's level is which bodies it has).
            holder[levelField] = kept["level"]?.DeepClone();
        }
        return entry;
    }

    private static void Replace(JsonObject holder, string field, JsonNode? body, bool? asText)
    {
        if (!holder.ContainsKey(field))
        {
            return;
        }
        var original = holder[field];
        if (body is null)
        {
            holder.Remove(field);
            return;
        }
        var text = asText ?? (original is JsonValue v && v.GetValueKind() == JsonValueKind.String);
        if (text)
        {
            holder[field] = body.ToJsonString(Relaxed);
            return;
        }
        if (original is JsonObject o && o["@type"] is { } type && body is JsonObject c && !c.ContainsKey("@type"))
        {
            c.Insert(0, "@type", type.DeepClone());
        }
        holder[field] = body;
    }

    /// <summary>A member taken out of the kept event, to be put in the envelope (a node has one parent; no deep copy).</summary>
    private static JsonNode? Detach(JsonObject kept, string member)
        => kept.Remove(member, out var body) ? body : null;

    private static JsonObject? KeepListIn(JsonObject entry, JsonArray list, Func<JsonNode?, JsonNode?> keep)
        => KeepItems(list, keep) is null ? null : entry;

    /// <summary>Replaces each item with what is kept of it, removes the dropped ones; null when none is left.</summary>
    private static JsonArray? KeepItems(JsonArray list, Func<JsonNode?, JsonNode?> keep)
    {
        for (var i = list.Count - 1; i >= 0; i--)
        {
            var item = list[i];
            var kept = keep(item);
            if (kept is null)
            {
                list.RemoveAt(i);
            }
            else if (!ReferenceEquals(kept, item))
            {
                list[i] = kept.Parent is null ? kept : kept.DeepClone();
            }
        }
        return list.Count == 0 ? null : list;
    }

    private static byte[] Bytes(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, Relaxed);
}
