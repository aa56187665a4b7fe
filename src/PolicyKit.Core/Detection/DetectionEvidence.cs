using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Detection;

/// <summary>
/// What matched and why, for an alert: the rule's IR run again over the event with a trail (every test that
/// held, with the value it read and where), then the context of the request (<see cref="AlertContext"/>).
/// Computed from the IR and the event alone, so compiled and interpreted rules give the same evidence.
/// Never a secret: Secret and ConfigMap data values are not shown, exec commands lose their credentials,
/// and every value is cut at <see cref="Evidence.MaxValueLength"/> with control characters escaped.
/// </summary>
public static class DetectionEvidence
{
    /// <summary>The most items an alert lists; more are summed up in a last item.</summary>
    public const int MaxItems = 32;

    /// <summary>
    /// What made the condition hold (uncut by <see cref="MaxItems"/>, without the request's context), or null when
    /// it does not hold. The fields the alert shows anyway (verb, resource, ...) only when it read nothing else.
    /// </summary>
    public static IReadOnlyList<Evidence>? OfCondition(DetectionCondition condition, IDetectionEvent e)
    {
        var trail = new EvidenceTrail(e, e.Get(EventField.Resource));
        if (!DetectionInterpreter.Explain(condition, e, trail))
        {
            return null;
        }
        var own = trail.Items.Where(x => !x.Header).Select(x => x.Item).ToList();
        return own.Count > 0 ? own : trail.Items.Select(x => x.Item).Where(x => x.Value.Length > 0).ToList();
    }

    public static IReadOnlyList<Evidence> Of(DetectionInfo rule, IDetectionEvent e)
    {
        var items = new List<Evidence>();
        items.AddRange(OfCondition(rule.Condition, e) ?? []);
        items.AddRange(AlertContext.Of(e));
        var distinct = new List<Evidence>();
        // One item per path: the rule's own (with its reason) before the context's.
        var seen = new HashSet<string>();
        foreach (var item in items)
        {
            if (seen.Add(item.Path))
            {
                distinct.Add(item);
            }
        }
        if (distinct.Count <= MaxItems)
        {
            return distinct;
        }
        var kept = distinct.Take(MaxItems - 1).ToList();
        kept.Add(new Evidence("…", $"{distinct.Count - kept.Count} more items", "not listed"));
        return kept;
    }
}
