namespace PolicyKit.Events.Formats;

/// <summary>The shape of one JSON value, as <see cref="FormatDetector"/> tells it from its top-level fields.</summary>
public enum EnvelopeShape
{
    /// <summary>None of the known shapes (or not a JSON object).</summary>
    Unknown,

    /// <summary>Fields of two formats at once (e.g. protoPayload and message): read as neither.</summary>
    Ambiguous,

    /// <summary>An audit.k8s.io Event or EventList (it has kind or auditID).</summary>
    AuditEvent,

    /// <summary>A Cloud Logging LogEntry: protoPayload (JSON lines from Pub/Sub, Cloud Storage, gcloud).</summary>
    GkeLogEntry,

    /// <summary>A row of a Cloud Logging BigQuery sink table: protopayload_auditlog.</summary>
    GkeBigQueryRow,

    /// <summary>A CloudWatch Logs record whose message is the event JSON (Firehose record transformation, Logs Insights, exports).</summary>
    EksRecord,

    /// <summary>CloudWatch Logs subscription data: logEvents[] of records (what Firehose and Lambda receive, gzip'd).</summary>
    EksSubscription,

    /// <summary>The output of aws logs filter-log-events / get-log-events: events[] of records.</summary>
    EksCliOutput,

    /// <summary>Azure Monitor diagnostic settings: records[] (storage account blobs, Event Hubs messages).</summary>
    AksRecords,

    /// <summary>One diagnostic record: category and properties.log (one per line in storage account blobs).</summary>
    AksRecord,

    /// <summary>A row of the AKSAudit (or AKSAuditAdmin) Log Analytics table: the event's fields in PascalCase.</summary>
    AksAuditRow,
}

/// <summary>Which format each shape belongs to.</summary>
public static class EnvelopeShapes
{
    public static InputFormat Format(this EnvelopeShape shape) => shape switch
    {
        EnvelopeShape.AuditEvent => InputFormat.Audit,
        EnvelopeShape.GkeLogEntry or EnvelopeShape.GkeBigQueryRow => InputFormat.Gke,
        EnvelopeShape.EksRecord or EnvelopeShape.EksSubscription or EnvelopeShape.EksCliOutput => InputFormat.Eks,
        EnvelopeShape.AksRecords or EnvelopeShape.AksRecord or EnvelopeShape.AksAuditRow => InputFormat.Aks,
        _ => InputFormat.Auto,
    };

    /// <summary>How messages call the shape.</summary>
    public static string Describe(this EnvelopeShape shape) => shape switch
    {
        EnvelopeShape.AuditEvent => "an audit.k8s.io event",
        EnvelopeShape.GkeLogEntry => "a GKE LogEntry",
        EnvelopeShape.GkeBigQueryRow => "a GKE BigQuery row",
        EnvelopeShape.EksRecord => "an EKS CloudWatch record",
        EnvelopeShape.EksSubscription => "EKS CloudWatch subscription data",
        EnvelopeShape.EksCliOutput => "'aws logs' output",
        EnvelopeShape.AksRecords => "AKS diagnostic records",
        EnvelopeShape.AksRecord => "an AKS diagnostic record",
        EnvelopeShape.AksAuditRow => "an AKSAudit row",
        EnvelopeShape.Ambiguous => "a value with the fields of several formats",
        _ => "a value of no known shape",
    };
}
