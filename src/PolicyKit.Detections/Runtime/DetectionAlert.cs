namespace PolicyKit.Detections.Runtime;

/// <summary>A rule's alert on an event; a windowed rule's alert carries the burst it completed.</summary>
public sealed record DetectionAlert(DetectionRule Rule, AlertEvent Event, Burst? Burst)
{
    /// <summary>The reason, after the burst for a windowed rule: "20 matching events for user alice within 60 s, the last: ...".</summary>
    public string Reason => Burst is null ? Event.Reason : $"{Burst}, the last: {Event.Reason}";
}

/// <summary>
/// A rule's match on an event, as a worker found it: made an alert (or, for a windowed rule, counted)
/// in log order by <see cref="WindowedAlerts"/>. <see cref="Key"/> and <see cref="ReceivedTimestamp"/> are a windowed rule's.
/// </summary>
public sealed record RuleMatch(DetectionRule Rule, AlertEvent Event, string Key, string ReceivedTimestamp);
