namespace PolicyKit.Serve.Receiving;

/// <summary>What one request may be: the defaults take the apiserver's webhook batches (400 events, a few MB) with room.</summary>
public sealed record ReceiverLimits
{
    /// <summary>The largest request body as sent (compressed or not); more is 413.</summary>
    public long MaxRequestBytes { get; init; } = 32L << 20;

    /// <summary>The largest body once gunzipped (a gzip bomb is 413 too).</summary>
    public long MaxBodyBytes { get; init; } = 128L << 20;

    /// <summary>The most events one EventList may hold.</summary>
    public int MaxBatchEvents { get; init; } = 10_000;

    /// <summary>The deepest JSON nesting accepted (Go's encoding/json refuses past 10,000).</summary>
    public int MaxDepth { get; init; } = PolicyKit.Events.ReadLimits.MaxDepth;

    /// <summary>The largest request header section (Kestrel's limit); more is 431.</summary>
    public int MaxHeaderBytes { get; init; } = 32 << 10;

    /// <summary>Slow-loris guards: headers must arrive within this, bodies at least at <see cref="MinBodyBytesPerSecond"/>.</summary>
    public int HeadersTimeoutSeconds { get; init; } = 10;

    public int KeepAliveTimeoutSeconds { get; init; } = 120;

    public double MinBodyBytesPerSecond { get; init; } = 1024;
}
