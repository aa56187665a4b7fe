namespace PolicyKit.Serve.Pipeline;

/// <summary>Where and how the pipeline writes.</summary>
public sealed record PipelineOptions
{
    /// <summary>Where the alert and event files and the cursors go.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Write kept events (every event when no policy is given) to events-*.jsonl.</summary>
    public bool WriteEvents { get; init; }

    /// <summary>Also print each alert on standard output (at least once: a restart may repeat the last ones).</summary>
    public bool AlertsToStdout { get; init; }

    public long RotateBytes { get; init; } = 128L << 20;

    public int KeepFiles { get; init; } = 10;

    /// <summary>How many recent (auditID, stage) pairs a re-sent event is recognised among.</summary>
    public int DedupWindow { get; init; } = 200_000;

    /// <summary>The most records processed between two commits (outputs fsynced, cursor written).</summary>
    public int CommitRecords { get; init; } = 512;

    public int CommitMilliseconds { get; init; } = 200;
}
