using System.Collections.Generic;
using PolicyKit.Detection;
using PolicyKit.Events;

namespace PolicyKit.Detections.Runtime;

/// <summary>
/// Turns matches into alerts in log order: an ordinary rule's match is an alert; a windowed rule's match
/// is counted under its key (<see cref="BurstCounter"/>) and is an alert only when it completes a burst.
/// One per log run; matches must come in the order of the log.
/// </summary>
public sealed class WindowedAlerts
{
    private readonly Dictionary<DetectionRule, BurstCounter> _bursts = new();

    public WindowedAlerts(IEnumerable<DetectionRule> rules)
    {
        foreach (var rule in rules)
        {
            if (rule.Info.Window is { } window)
            {
                _bursts[rule] = new BurstCounter(window);
            }
        }
    }

    /// <summary>
    /// A worker's record of the rule's match on the event (what a windowed rule counts by included), with its
    /// evidence (read now: the worker reuses the event).
    /// </summary>
    public static RuleMatch Matched(DetectionRule rule, Utf8AuditEvent e)
    {
        var copy = AlertEvent.From(e) with { Evidence = DetectionEvidence.Of(rule.Info, e) };
        return rule.Info.Window is { } window
            ? new RuleMatch(rule, copy, KeyOf(e, window.CountBy), e.ReceivedTimestamp)
            : new RuleMatch(rule, copy, "", "");
    }

    /// <summary>The alert the match makes, if any.</summary>
    public DetectionAlert? Raise(RuleMatch match)
    {
        if (!_bursts.TryGetValue(match.Rule, out var counter))
        {
            return new DetectionAlert(match.Rule, match.Event, null);
        }
        return counter.Count(match.Key, match.ReceivedTimestamp) is { } burst ? new DetectionAlert(match.Rule, match.Event, burst) : null;
    }

    private static string KeyOf(Utf8AuditEvent e, CountKey countBy)
    {
        if (countBy == CountKey.User)
        {
            return e.Username;
        }
        var ips = e.GetList(EventField.SourceIps);
        return ips.Count > 0 ? ips[ips.Count - 1] : "";
    }
}
