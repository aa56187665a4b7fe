namespace PolicyKit.Detection;

/// <summary>What a windowed rule counts its matching events by.</summary>
public enum CountKey
{
    /// <summary>Not windowed: every matching event is an alert.</summary>
    None,

    /// <summary>user.username ("" when the event has none).</summary>
    User,

    /// <summary>
    /// The last of sourceIPs: the address the apiserver's connection came from ("" when none). The
    /// earlier entries come from X-Forwarded-For and X-Real-Ip, which any client sets at will, so a
    /// scanner could spread its requests over made-up addresses; behind a proxy the last is the proxy.
    /// </summary>
    SourceIP,
}

/// <summary>
/// A windowed rule: an alert when <see cref="Threshold"/> events matching the rule share a
/// <see cref="CountBy"/> key within <see cref="WindowSeconds"/> (docs/detections.md, "Windowed rules").
/// </summary>
public sealed record DetectionWindow(int Threshold, int WindowSeconds, CountKey CountBy);
