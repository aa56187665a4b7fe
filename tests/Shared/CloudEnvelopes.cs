using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyKit.Tests;

/// <summary>
/// Wraps a raw audit.k8s.io event the way each managed cloud delivers it, written from the clouds' documentation
/// of their formats (docs/gke.md, docs/eks.md, docs/aks.md): the fixtures under tests/fixtures/events/{gke,eks,aks}
/// are made with it from the raw fixtures, and the equivalence tests wrap every raw fixture event with it.
/// </summary>
internal static class CloudEnvelopes
{
    private const string Cluster = "/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000000/RESOURCEGROUPS/DEMO/PROVIDERS/MICROSOFT.CONTAINERSERVICE/MANAGEDCLUSTERS/DEMO";

    /// <summary>A CloudWatch Logs record of the kube-apiserver-audit stream: the event line is its message.</summary>
    public static JsonObject EksRecord(string eventLine, int index) => new()
    {
        ["id"] = (37_000_000_000_000_000L + index).ToString(CultureInfo.InvariantCulture) + "000000000000000000",
        ["timestamp"] = 1_704_070_800_000L + index,
        ["message"] = eventLine,
    };

    /// <summary>A line of a CloudWatch Logs export to S3 (CreateExportTask): the record's time in RFC 3339, a space, the message.</summary>
    public static string CloudWatchExportLine(string eventLine, int index)
        => DateTimeOffset.FromUnixTimeMilliseconds(1_704_070_800_000L + index).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) + " " + eventLine;

    /// <summary>What a subscription filter sends (to Firehose, Kinesis, Lambda; gzip'd on the wire).</summary>
    public static JsonObject EksSubscription(IEnumerable<string> eventLines) => new()
    {
        ["messageType"] = "DATA_MESSAGE",
        ["owner"] = "111122223333",
        ["logGroup"] = "/aws/eks/demo/cluster",
        ["logStream"] = "kube-apiserver-audit-6f4b3c1d2e5a7b8c9d0e1f2a3b4c5d6e",
        ["subscriptionFilters"] = new JsonArray("policykit"),
        ["logEvents"] = new JsonArray(eventLines.Select((l, i) => (JsonNode)EksRecord(l, i)).ToArray()),
    };

    /// <summary>One Azure Monitor diagnostic record of category kube-audit: the event line is properties.log.</summary>
    public static JsonObject AksRecord(string eventLine, string category = "kube-audit") => new()
    {
        ["time"] = "2024-01-01T01:00:00.0000000Z",
        ["resourceId"] = Cluster,
        ["category"] = category,
        ["operationName"] = "Microsoft.ContainerService/managedClusters/diagnosticLogs/Read",
        ["properties"] = new JsonObject
        {
            ["log"] = eventLine,
            ["stream"] = "stdout",
            ["pod"] = "kube-apiserver-5f8b6d7c9-abcde",
        },
    };

    /// <summary>records[], as a storage account blob (PT1H.json) or an Event Hubs message holds them.</summary>
    public static JsonObject AksRecords(IEnumerable<string> eventLines)
        => new() { ["records"] = new JsonArray(eventLines.Select(l => (JsonNode)AksRecord(l)).ToArray()) };

    /// <summary>A row of the AKSAudit Log Analytics table (az monitor log-analytics query -o json): PascalCase columns.</summary>
    public static JsonObject AksAuditRow(JsonObject e)
    {
        var row = new JsonObject
        {
            ["TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["TimeGenerated"] = e["stageTimestamp"]?.DeepClone() ?? "2024-01-01T01:00:00Z",
        };
        foreach (var (field, column) in new[]
        {
            ("level", "Level"), ("auditID", "AuditId"), ("stage", "Stage"), ("requestURI", "RequestUri"), ("verb", "Verb"),
            ("user", "User"), ("impersonatedUser", "ImpersonatedUser"), ("sourceIPs", "SourceIps"), ("userAgent", "UserAgent"),
            ("objectRef", "ObjectRef"), ("responseStatus", "ResponseStatus"), ("requestObject", "RequestObject"),
            ("responseObject", "ResponseObject"), ("requestReceivedTimestamp", "RequestReceivedTime"),
            ("stageTimestamp", "StageReceivedTime"), ("annotations", "Annotations"),
        })
        {
            if (e[field] is { } value)
            {
                row[column] = value.DeepClone();
            }
        }
        row["PodName"] = "kube-apiserver-5f8b6d7c9-abcde";
        row["_ResourceId"] = Cluster.ToLowerInvariant();
        row["Type"] = "AKSAudit";
        return row;
    }

    /// <summary>
    /// The Cloud Logging LogEntry GKE writes for the event, or null for a RequestReceived event (GKE writes none).
    /// Everything GKE records of the event is in it; what it does not record is listed in docs/gke.md.
    /// </summary>
    public static JsonObject? GkeEntry(JsonObject e, bool longRunningStarted = false)
    {
        var stage = (string?)e["stage"];
        if (stage == "RequestReceived")
        {
            return null;
        }
        var id = (string?)e["auditID"] ?? "";
        var verb = (string?)e["verb"] ?? "";
        var payload = new JsonObject
        {
            ["@type"] = "type.googleapis.com/google.cloud.audit.AuditLog",
            ["authenticationInfo"] = e["user"]?["username"] is { } user ? new JsonObject { ["principalEmail"] = user.DeepClone() } : new JsonObject(),
        };
        if (e["objectRef"] is JsonObject o)
        {
            var group = (string?)o["apiGroup"] ?? "";
            var version = (string?)o["apiVersion"] ?? "v1";
            var resource = (string?)o["resource"] ?? "";
            var sub = (string?)o["subresource"] ?? "";
            var ns = (string?)o["namespace"] ?? "";
            var name = (string?)o["name"] ?? "";
            payload["methodName"] = $"io.k8s.{GkeGroup(group)}.{version}.{resource}{(sub.Length > 0 ? "." + sub : "")}.{verb}";
            var path = $"{(group.Length == 0 ? "core" : group)}/{version}";
            if (resource == "namespaces")
            {
                path += "/namespaces" + (name.Length > 0 ? "/" + name : ns.Length > 0 ? "/" + ns : "");
            }
            else
            {
                path += (ns.Length > 0 ? "/namespaces/" + ns : "") + "/" + resource + (name.Length > 0 ? "/" + name : "");
            }
            payload["resourceName"] = path + (sub.Length > 0 ? "/" + sub : "");
        }
        else
        {
            payload["methodName"] = "io.k8s." + verb;
            payload["resourceName"] = ((string?)e["requestURI"] ?? "").Split('?')[0];
        }
        var meta = new JsonObject();
        if (e["sourceIPs"] is JsonArray { Count: > 0 } ips)
        {
            meta["callerIp"] = ips[0]!.DeepClone();
        }
        if (e["userAgent"] is { } agent)
        {
            meta["callerSuppliedUserAgent"] = agent.DeepClone();
        }
        payload["requestMetadata"] = meta;
        if (e["requestObject"] is JsonObject request)
        {
            payload["request"] = WithType(request, "request");
        }
        if (e["responseObject"] is JsonObject response)
        {
            payload["response"] = WithType(response, "response");
        }
        payload["serviceName"] = "k8s.io";
        var code = (int?)e["responseStatus"]?["code"] ?? 200;
        payload["status"] = code < 400 ? new JsonObject { ["code"] = 0 } : new JsonObject { ["code"] = Rpc(code), ["message"] = (string?)e["responseStatus"]?["message"] ?? "" };
        var entry = new JsonObject { ["insertId"] = id };
        if (e["annotations"] is JsonObject annotations && annotations.Count > 0)
        {
            entry["labels"] = annotations.DeepClone();
        }
        entry["logName"] = "projects/sample-project/logs/cloudaudit.googleapis.com%2Factivity";
        entry["operation"] = new JsonObject
        {
            ["first"] = stage == "ResponseStarted" || !longRunningStarted,
            ["id"] = id,
            ["last"] = stage != "ResponseStarted",
            ["producer"] = "k8s.io",
        };
        entry["protoPayload"] = payload;
        var time = (string?)e["requestReceivedTimestamp"] ?? (string?)e["stageTimestamp"] ?? (string?)e["timestamp"] ?? "";
        entry["receiveTimestamp"] = time;
        entry["resource"] = new JsonObject
        {
            ["labels"] = new JsonObject { ["cluster_name"] = "sample-cluster", ["location"] = "us-central1-a", ["project_id"] = "sample-project" },
            ["type"] = "k8s_cluster",
        };
        entry["timestamp"] = time;
        return entry;
    }

    /// <summary>
    /// The event as GKE keeps it (docs/gke.md, "what is lost"): no groups, no impersonation, the first source IP only, bodies that are objects only, the URL rebuilt from
    /// the resource (no query), one timestamp, the level the bodies show, 2xx codes as 200/201, and the codes of
    /// failures as google.rpc codes map back. The decisions and alerts of a GKE entry equal those of this.
    /// </summary>
    public static JsonObject GkeProjection(JsonObject e, string mappedUri)
    {
        var p = (JsonObject)e.DeepClone();
        p.Remove("impersonatedUser");
        p.Remove("metadata");
        p.Remove("timestamp");
        if (p["user"] is JsonObject u)
        {
            p["user"] = u["username"] is { } name ? new JsonObject { ["username"] = name.DeepClone() } : null;
            if (p["user"] is null)
            {
                p.Remove("user");
            }
        }
        p["requestURI"] = mappedUri;
        // protoPayload.request and .response are protobuf Structs: a body that is no object (a JSON patch's list) is not kept.
        foreach (var body in new[] { "requestObject", "responseObject" })
        {
            if (p[body] is not null and not JsonObject)
            {
                p.Remove(body);
            }
        }
        if (e["sourceIPs"] is JsonArray { Count: > 1 } ips)
        {
            p["sourceIPs"] = new JsonArray(ips[0]!.DeepClone());
        }
        // resourceName is the URL: a namespace's own URL names it as the namespace too (a create's has no name).
        if (p["objectRef"] is JsonObject o && (string?)o["resource"] == "namespaces" && o["apiGroup"] is null && o["name"] is { } nsName)
        {
            o["namespace"] = (string?)e["verb"] == "create" && o["subresource"] is null ? null : nsName.DeepClone();
            if (o["namespace"] is null)
            {
                o.Remove("namespace");
            }
        }
        var time = (string?)e["requestReceivedTimestamp"] ?? (string?)e["stageTimestamp"] ?? (string?)e["timestamp"] ?? "";
        p["requestReceivedTimestamp"] = time;
        p["stageTimestamp"] = time;
        p["level"] = e["responseObject"] is JsonObject ? "RequestResponse" : e["requestObject"] is JsonObject ? "Request" : "Metadata";
        var code = (int?)e["responseStatus"]?["code"] ?? 200;
        p["responseStatus"] = new JsonObject { ["code"] = code < 400 ? ((string?)e["verb"] == "create" ? 201 : 200) : HttpOf(Rpc(code)) };
        return p;
    }

    /// <summary>Cloud Logging names a group by its reversed domain without k8s.io: rbac.authorization.k8s.io is authorization.rbac.</summary>
    private static string GkeGroup(string group)
        => group.Length == 0 ? "core" : string.Join(".", group.Replace(".k8s.io", "", StringComparison.Ordinal).Split('.').Reverse());

    private static JsonObject WithType(JsonObject body, string which)
    {
        var typed = new JsonObject { ["@type"] = (string?)body["kind"] is { } kind ? $"core.k8s.io/{(string?)body["apiVersion"] ?? "v1"}.{kind}" : "k8s.io/" + which };
        foreach (var (key, value) in body)
        {
            typed[key] = value?.DeepClone();
        }
        return typed;
    }

    /// <summary>google.rpc.Code of an HTTP status, as Google's APIs map them.</summary>
    private static int Rpc(int http) => http switch
    {
        400 => 3, 401 => 16, 403 => 7, 404 => 5, 409 => 6, 429 => 8, 499 => 1, 501 => 12, 503 => 14, 504 => 4, _ => 13,
    };

    private static int HttpOf(int rpc) => rpc switch
    {
        3 => 400, 16 => 401, 7 => 403, 5 => 404, 6 => 409, 8 => 429, 1 => 499, 12 => 501, 14 => 503, 4 => 504, _ => 500,
    };

    public static string Line(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
