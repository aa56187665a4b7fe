using System;
using System.Globalization;
using System.Text.Json;

namespace PolicyKit.Events.Formats;

/// <summary>
/// GKE: writes the audit.k8s.io/v1 Event a Cloud Logging LogEntry (protoPayload: google.cloud.audit.AuditLog,
/// serviceName k8s.io) stands for, or that its BigQuery row (protopayload_auditlog) stands for. What each
/// field comes from, and what GKE does not record (groups, impersonation, the query, RequestReceived, the
/// level), is listed in docs/gke.md; the table there and this mapping change together.
/// </summary>
internal static class GkeLogEntry
{
    /// <summary>Writes the event; returns null, or why the entry is no Kubernetes audit entry.</summary>
    public static string? Map(JsonElement entry, bool bigQuery, Utf8JsonWriter w)
    {
        if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty(bigQuery ? "protopayload_auditlog" : "protoPayload", out var payload)
            || payload.ValueKind != JsonValueKind.Object)
        {
            return "not a GKE audit entry (no protoPayload object)";
        }
        var service = Text(payload, "serviceName");
        if (service.Length > 0 && service != "k8s.io")
        {
            return $"serviceName is \"{service}\", not k8s.io (not a Kubernetes audit entry)";
        }
        var method = GkeMethod.Parse(Text(payload, "methodName"), Text(payload, "resourceName"), out var problem);
        if (method is null)
        {
            return problem;
        }
        var request = Body(payload, bigQuery ? "requestJson" : "request", out var requestDoc);
        var response = Body(payload, bigQuery ? "responseJson" : "response", out var responseDoc);
        using (requestDoc)
        using (responseDoc)
        {
            w.WriteStartObject();
            w.WriteString("kind", "Event");
            w.WriteString("apiVersion", "audit.k8s.io/v1");
            // GKE records no level: the bodies it kept tell the least level that keeps them.
            w.WriteString("level", response is not null ? "RequestResponse" : request is not null ? "Request" : "Metadata");
            var operation = entry.TryGetProperty("operation", out var op) && op.ValueKind == JsonValueKind.Object ? op : default;
            var auditId = operation.ValueKind == JsonValueKind.Object ? Text(operation, "id") : "";
            w.WriteString("auditID", auditId.Length > 0 ? auditId : Text(entry, "insertId"));
            w.WriteString("stage", Stage(operation));
            w.WriteString("requestURI", method.Path);
            w.WriteString("verb", method.Verb);
            WriteUser(payload, w);
            WriteCaller(payload, w);
            if (method.IsResource)
            {
                WriteObjectRef(method, w);
            }
            WriteStatus(payload, response, method.Verb, w);
            if (request is { } req)
            {
                w.WritePropertyName("requestObject");
                WriteWithoutType(req, w);
            }
            if (response is { } resp)
            {
                w.WritePropertyName("responseObject");
                WriteWithoutType(resp, w);
            }
            var time = Timestamp(Text(entry, "timestamp"));
            if (time.Length > 0)
            {
                w.WriteString("requestReceivedTimestamp", time);
                w.WriteString("stageTimestamp", time);
            }
            WriteAnnotations(entry, bigQuery, w);
            w.WriteEndObject();
        }
        return null;
    }

    /// <summary>operation.first and .last: a long-running request's first entry is when its response started.</summary>
    private static string Stage(JsonElement operation)
    {
        if (operation.ValueKind != JsonValueKind.Object)
        {
            return "ResponseComplete";
        }
        var first = operation.TryGetProperty("first", out var f) && f.ValueKind == JsonValueKind.True;
        var last = operation.TryGetProperty("last", out var l) && l.ValueKind == JsonValueKind.True;
        return first && !last ? "ResponseStarted" : "ResponseComplete";
    }

    private static void WriteUser(JsonElement payload, Utf8JsonWriter w)
    {
        if (payload.TryGetProperty("authenticationInfo", out var auth) && auth.ValueKind == JsonValueKind.Object
            && Text(auth, "principalEmail") is { Length: > 0 } user)
        {
            w.WriteStartObject("user");
            w.WriteString("username", user);
            w.WriteEndObject();
        }
    }

    private static void WriteCaller(JsonElement payload, Utf8JsonWriter w)
    {
        if (!payload.TryGetProperty("requestMetadata", out var meta) || meta.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        if (Text(meta, "callerIp") is { Length: > 0 } ip)
        {
            w.WriteStartArray("sourceIPs");
            w.WriteStringValue(ip);
            w.WriteEndArray();
        }
        if (Text(meta, "callerSuppliedUserAgent") is { Length: > 0 } agent)
        {
            w.WriteString("userAgent", agent);
        }
    }

    internal static void WriteObjectRef(GkeMethod m, Utf8JsonWriter w)
    {
        w.WriteStartObject("objectRef");
        w.WriteString("resource", m.Resource);
        if (m.Namespace.Length > 0)
        {
            w.WriteString("namespace", m.Namespace);
        }
        if (m.Name.Length > 0)
        {
            w.WriteString("name", m.Name);
        }
        if (m.Group.Length > 0)
        {
            w.WriteString("apiGroup", m.Group);
        }
        w.WriteString("apiVersion", m.Version);
        if (m.Subresource.Length > 0)
        {
            w.WriteString("subresource", m.Subresource);
        }
        w.WriteEndObject();
    }

    /// <summary>
    /// The HTTP status: a Status response body's code when there is one, else status.code (a google.rpc.Code)
    /// mapped back to HTTP as Google maps HTTP to it; 0 (OK) is 201 for a create, 200 otherwise.
    /// </summary>
    private static void WriteStatus(JsonElement payload, JsonElement? response, string verb, Utf8JsonWriter w)
    {
        long? code = null;
        if (response is { ValueKind: JsonValueKind.Object } r && Text(r, "kind") == "Status"
            && r.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt64(out var http))
        {
            code = http;
        }
        var message = "";
        if (payload.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Object)
        {
            message = Text(status, "message");
            if (code is null)
            {
                var rpc = status.TryGetProperty("code", out var rc) && rc.ValueKind == JsonValueKind.Number && rc.TryGetInt32(out var n) ? n : 0;
                code = Http(rpc, verb);
            }
        }
        w.WriteStartObject("responseStatus");
        w.WriteStartObject("metadata");
        w.WriteEndObject();
        if (message.Length > 0)
        {
            w.WriteString("message", message);
        }
        w.WriteNumber("code", code ?? Http(0, verb));
        w.WriteEndObject();
    }

    internal static int Http(int rpc, string verb) => rpc switch
    {
        0 => verb == "create" ? 201 : 200,
        1 => 499,
        3 or 11 => 400,
        4 => 504,
        5 => 404,
        6 or 10 => 409,
        7 => 403,
        8 => 429,
        9 => 400,
        12 => 501,
        14 => 503,
        16 => 401,
        _ => 500,
    };

    /// <summary>A body: protoPayload.request/response (an object with @type), or a BigQuery row's requestJson/responseJson text.</summary>
    private static JsonElement? Body(JsonElement payload, string field, out JsonDocument? parsed)
    {
        parsed = null;
        if (!payload.TryGetProperty(field, out var body) || body.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (body.ValueKind == JsonValueKind.String)
        {
            var text = body.GetString();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }
            try
            {
                parsed = JsonDocument.Parse(text, ReadLimits.DocumentOptions);
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{field} is no JSON text: {JsonTokens.NotJson(ex)}");
            }
            return parsed.RootElement;
        }
        return body;
    }

    /// <summary>The body without the @type Cloud Logging adds to it (core.k8s.io/v1.Pod): the apiserver's body has none.</summary>
    private static void WriteWithoutType(JsonElement body, Utf8JsonWriter w)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            body.WriteTo(w);
            return;
        }
        w.WriteStartObject();
        foreach (var p in body.EnumerateObject())
        {
            if (!p.NameEquals("@type"))
            {
                p.WriteTo(w);
            }
        }
        w.WriteEndObject();
    }

    /// <summary>The entry's labels are the event's annotations (authorization.k8s.io/decision...).</summary>
    private static void WriteAnnotations(JsonElement entry, bool bigQuery, Utf8JsonWriter w)
    {
        if (!entry.TryGetProperty("labels", out var labels) || labels.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        w.WriteStartObject("annotations");
        foreach (var p in labels.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.String)
            {
                w.WriteString(bigQuery ? BigQueryLabel(p.Name) : p.Name, p.Value.GetString());
            }
        }
        w.WriteEndObject();
    }

    /// <summary>
    /// BigQuery column names cannot hold '.' or '/', so a sink writes authorization_k8s_io_decision for
    /// authorization.k8s.io/decision. The well-known annotations are named back; others keep the column's name.
    /// </summary>
    private static string BigQueryLabel(string column) => column switch
    {
        "authorization_k8s_io_decision" => "authorization.k8s.io/decision",
        "authorization_k8s_io_reason" => "authorization.k8s.io/reason",
        "pod_security_kubernetes_io_enforce_policy" => "pod-security.kubernetes.io/enforce-policy",
        "pod_security_kubernetes_io_audit_violations" => "pod-security.kubernetes.io/audit-violations",
        "pod_security_kubernetes_io_exempt" => "pod-security.kubernetes.io/exempt",
        "k8s_io_deprecated" => "k8s.io/deprecated",
        "k8s_io_removed_release" => "k8s.io/removed-release",
        "audit_k8s_io_truncated" => "audit.k8s.io/truncated",
        _ => column,
    };

    /// <summary>RFC 3339 as the event has it; BigQuery's "2024-01-01 01:00:00.123456 UTC" is rewritten so.</summary>
    internal static string Timestamp(string text)
    {
        if (text.EndsWith(" UTC", StringComparison.Ordinal)
            && DateTime.TryParse(text.AsSpan(0, text.Length - 4), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t))
        {
            return t.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
        }
        return text;
    }

    private static string Text(JsonElement obj, string name)
        => obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
}
