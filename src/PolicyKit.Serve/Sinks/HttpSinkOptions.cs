using System;

namespace PolicyKit.Serve.Sinks;

/// <summary>Where the HTTP sink posts alerts, and how it retries.</summary>
public sealed record HttpSinkOptions
{
    public required Uri Url { get; init; }

    /// <summary>An optional bearer token for the receiving side.</summary>
    public string? BearerToken { get; init; }

    /// <summary>The most alerts one POST carries (a JSON array).</summary>
    public int MaxAlertsPerPost { get; init; } = 500;

    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
}
