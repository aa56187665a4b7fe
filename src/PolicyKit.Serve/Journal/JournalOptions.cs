namespace PolicyKit.Serve.Journal;

/// <summary>When an append is made durable before it is acknowledged.</summary>
public enum FsyncPolicy
{
    /// <summary>fsync before each acknowledgement (appends that arrive together share one fsync).</summary>
    Batch,

    /// <summary>Acknowledge once written to the OS (survives kill -9), fsync every interval (a power loss loses at most that).</summary>
    Interval,
}

/// <summary>What the journal does when a new batch would take it past its disk budget.</summary>
public enum FullPolicy
{
    /// <summary>Refuse the batch (the receiver answers 503 with Retry-After; the apiserver retries): nothing is lost.</summary>
    BackPressure,

    /// <summary>Delete the oldest segments, undelivered or not, counting the events dropped.</summary>
    DropOldest,
}

/// <summary>The journal's settings.</summary>
public sealed record JournalOptions
{
    public required string Directory { get; init; }

    public FsyncPolicy Fsync { get; init; } = FsyncPolicy.Batch;

    /// <summary>With <see cref="FsyncPolicy.Interval"/>: how often the journal is fsynced.</summary>
    public int FsyncIntervalMilliseconds { get; init; } = 1000;

    /// <summary>A segment is closed and a new one started once it holds this many bytes.</summary>
    public long SegmentBytes { get; init; } = 64L << 20;

    /// <summary>The most bytes the journal's segments may take.</summary>
    public long BudgetBytes { get; init; } = 2L << 30;

    public FullPolicy WhenFull { get; init; } = FullPolicy.BackPressure;
}
