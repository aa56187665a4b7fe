using System;
using PolicyKit.Events.Formats;

namespace PolicyKit.Events.Reading;

/// <summary>How <see cref="AuditLogReader"/> reads.</summary>
public sealed record EventReadOptions
{
    /// <summary>The largest JSON value (event line or EventList document) read; larger ones are reported and skipped.</summary>
    public int MaxValueBytes { get; init; } = ReadLimits.DefaultMaxValueBytes;

    /// <summary>Threads that decode and match (1: all on the calling thread). Live inputs are read on the calling thread.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>The format of every input (--input-format); Auto: each input's is detected from its first value of a known shape.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>Called on the calling thread when a live input waits for more data, after the events so far were merged (flush output here).</summary>
    public Action? OnIdle { get; init; }

    /// <summary>Bytes of values per batch handed to a worker.</summary>
    internal int BatchBytes { get; init; } = 1 << 20;
}
