namespace PolicyKit.Events.Reading;

/// <summary>What reading all inputs came to.</summary>
public sealed class ReadSummary
{
    public long Events { get; internal set; }

    /// <summary>Values or lines skipped because they are no audit events.</summary>
    public long Skipped { get; internal set; }

    /// <summary>Inputs that could not be opened or were cut short (corrupt or truncated gzip).</summary>
    public int FailedInputs { get; internal set; }

    public long Bytes { get; internal set; }

    internal void Add(BatchResult result)
    {
        Events += result.Events;
        Bytes += result.Bytes;
        foreach (var p in result.Problems)
        {
            if (p.Skipped)
            {
                Skipped++;
            }
        }
        if (result.InputFailed)
        {
            FailedInputs++;
        }
    }
}
