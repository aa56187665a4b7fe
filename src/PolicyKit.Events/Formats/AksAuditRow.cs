using System;
using System.Text.Json;

namespace PolicyKit.Events.Formats;

/// <summary>
/// AKS: a row of the AKSAudit (or AKSAuditAdmin) Log Analytics table, as az monitor log-analytics query or a
/// data export rule writes it: the event's fields as PascalCase columns. Columns of type dynamic (User,
/// ObjectRef, ...) come as JSON or as JSON text in a string; both are read. Columns the event does not have
/// (TimeGenerated, PodName, _ResourceId, Type...) are dropped. See docs/aks.md.
/// </summary>
internal static class AksAuditRow
{
    /// <summary>Column → event field; the event has no field the table lacks.</summary>
    private static readonly (string Column, string Field)[] Columns =
    [
        ("Level", "level"), ("AuditId", "auditID"), ("Stage", "stage"), ("RequestUri", "requestURI"), ("Verb", "verb"),
        ("User", "user"), ("ImpersonatedUser", "impersonatedUser"), ("SourceIps", "sourceIPs"), ("UserAgent", "userAgent"),
        ("ObjectRef", "objectRef"), ("ResponseStatus", "responseStatus"), ("RequestObject", "requestObject"),
        ("ResponseObject", "responseObject"), ("RequestReceivedTime", "requestReceivedTimestamp"),
        ("StageReceivedTime", "stageTimestamp"), ("Annotations", "annotations"),
    ];

    /// <summary>Writes the event; returns null, or why the row is none.</summary>
    public static string? Map(JsonElement row, Utf8JsonWriter w)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            return "not an AKSAudit row (not an object)";
        }
        w.WriteStartObject();
        w.WriteString("kind", "Event");
        w.WriteString("apiVersion", "audit.k8s.io/v1");
        foreach (var (column, field) in Columns)
        {
            if (!row.TryGetProperty(column, out var v) || v.ValueKind == JsonValueKind.Null
                || (v.ValueKind == JsonValueKind.String && v.GetString() is "" ))
            {
                continue;
            }
            w.WritePropertyName(field);
            if (v.ValueKind == JsonValueKind.String && IsDynamic(column) && TryParse(v.GetString()!, out var parsed))
            {
                using (parsed)
                {
                    parsed!.RootElement.WriteTo(w);
                }
            }
            else
            {
                v.WriteTo(w);
            }
        }
        w.WriteEndObject();
        return null;
    }

    private static bool IsDynamic(string column) => column is "User" or "ImpersonatedUser" or "SourceIps" or "ObjectRef" or "ResponseStatus"
        or "RequestObject" or "ResponseObject" or "Annotations";

    private static bool TryParse(string text, out JsonDocument? document)
    {
        document = null;
        var t = text.AsSpan().TrimStart();
        if (t.Length == 0 || (t[0] != '{' && t[0] != '['))
        {
            return false;
        }
        try
        {
            document = JsonDocument.Parse(text, ReadLimits.DocumentOptions);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
