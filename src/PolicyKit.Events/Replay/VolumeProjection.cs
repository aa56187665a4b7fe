using System;

namespace PolicyKit.Events.Replay;

/// <summary>
/// Bytes over the log's time span projected to a day and a month (30 days): GB/day and $/month at a price per GB.
/// The span is from the first to the last requestReceivedTimestamp, to the second; under a second nothing is projected.
/// </summary>
public readonly record struct VolumeProjection(double Seconds)
{
    public const double Gb = 1e9;

    public const int DaysPerMonth = 30;

    public bool CanProject => Seconds >= 1;

    public static VolumeProjection Of(ReplayTally tally)
        => new(tally.First is { } first && tally.Last is { } last ? (last - first).TotalSeconds : 0);

    /// <summary>GB written per day at the log's rate, or null without a span.</summary>
    public double? GbPerDay(long bytes) => CanProject ? bytes / Seconds * 86_400 / Gb : null;

    public double? DollarsPerMonth(long bytes, double pricePerGb) => GbPerDay(bytes) * DaysPerMonth * pricePerGb;

    public TimeSpan Span => TimeSpan.FromSeconds(Seconds);
}
