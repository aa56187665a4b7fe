using System.Collections.Generic;

namespace PolicyKit.Events.Replay;

/// <summary>
/// Log ingestion list prices per GB of the big clouds, as published on their pricing pages (docs/simulate.md says which
/// page, tier and region, and when they were taken). --price-per-gb overrides them with one's own.
/// </summary>
public static class IngestionPrices
{
    /// <summary>The date the defaults were taken from the providers' pages.</summary>
    public const string TakenOn = "2026-12-03";

    public static IReadOnlyList<IngestionPrice> Defaults { get; } =
    [
        new("Google Cloud Logging", 0.50, "ingestion, per GiB beyond the free 50 GiB per project and month"),
        new("AWS CloudWatch Logs", 0.50, "Standard log class ingestion, per GB, us-east-1"),
        new("Azure Monitor Log Analytics", 2.30, "Analytics logs, pay-as-you-go, per GB, East US"),
    ];
}

/// <summary>A price per GB of ingested logs, and where it comes from.</summary>
public sealed record IngestionPrice(string Provider, double PerGb, string Terms);
