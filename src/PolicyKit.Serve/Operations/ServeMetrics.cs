using Prometheus;

namespace PolicyKit.Serve.Operations;

/// <summary>
/// The server's Prometheus metrics (prometheus-net), in a registry of its own so that two servers in one
/// process (tests) do not share counts. docs/serve.md lists them.
/// </summary>
public sealed class ServeMetrics
{
    public ServeMetrics()
    {
        Registry = Metrics.NewCustomRegistry();
        var f = Metrics.WithCustomRegistry(Registry);
        ReceivedBatches = f.CreateCounter("policykit_serve_received_batches_total", "Webhook requests received on the audit path.");
        ReceivedEvents = f.CreateCounter("policykit_serve_received_events_total", "Events in batches that passed the checks.");
        AcknowledgedEvents = f.CreateCounter("policykit_serve_acknowledged_events_total", "Events acknowledged (durable in the journal).");
        AcknowledgedBatches = f.CreateCounter("policykit_serve_acknowledged_batches_total", "Batches acknowledged (durable in the journal).");
        Rejected = f.CreateCounter("policykit_serve_rejected_batches_total", "Batches refused, by reason.", new CounterConfiguration { LabelNames = ["reason"] });
        AckLatency = f.CreateHistogram("policykit_serve_ack_latency_seconds", "From the request's start to its acknowledgement.",
            new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(0.0005, 2, 14) });
        JournalBytes = f.CreateGauge("policykit_serve_journal_bytes", "Bytes the journal's segments take.");
        JournalLag = f.CreateGauge("policykit_serve_journal_lag_bytes", "Journal bytes the pipeline has not processed yet.");
        JournalDropped = f.CreateGauge("policykit_serve_journal_dropped_events", "Events deleted undelivered because the journal was full (drop-oldest).");
        Processed = f.CreateCounter("policykit_serve_processed_events_total", "Events the pipeline processed.");
        Duplicates = f.CreateCounter("policykit_serve_duplicate_events_total", "Events dropped as re-sent (same auditID and stage as a recent one).");
        Unreadable = f.CreateCounter("policykit_serve_unreadable_events_total", "Items of acknowledged batches that were no audit events (skipped).");
        Alerts = f.CreateCounter("policykit_serve_alerts_total", "Alerts, by rule.", new CounterConfiguration { LabelNames = ["rule"] });
        KeptEvents = f.CreateCounter("policykit_serve_kept_events_total", "Events the policy filter kept (all events without a policy).");
        SinkErrors = f.CreateCounter("policykit_serve_sink_errors_total", "Sink delivery failures, by sink.", new CounterConfiguration { LabelNames = ["sink"] });
        SinkRetries = f.CreateCounter("policykit_serve_sink_retries_total", "Sink delivery retries, by sink.", new CounterConfiguration { LabelNames = ["sink"] });
        HttpDelivered = f.CreateCounter("policykit_serve_http_sink_delivered_alerts_total", "Alerts the HTTP sink delivered.");
    }

    public CollectorRegistry Registry { get; }

    public Counter ReceivedBatches { get; }

    public Counter ReceivedEvents { get; }

    public Counter AcknowledgedEvents { get; }

    public Counter AcknowledgedBatches { get; }

    public Counter Rejected { get; }

    public Histogram AckLatency { get; }

    public Gauge JournalBytes { get; }

    public Gauge JournalLag { get; }

    public Gauge JournalDropped { get; }

    public Counter Processed { get; }

    public Counter Duplicates { get; }

    public Counter Unreadable { get; }

    public Counter Alerts { get; }

    public Counter KeptEvents { get; }

    public Counter SinkErrors { get; }

    public Counter SinkRetries { get; }

    public Counter HttpDelivered { get; }
}
