using System;
using System.Collections.Generic;
using System.Linq;
using PolicyKit.Detection;
using PolicyKit.Events;
using PolicyKit.Events.Reading;

namespace PolicyKit.Detections.Runtime;

/// <summary>
/// One-line tests of rules against event fixtures:
/// <c>Assert.True(RuleTesting.Fires(MyRules.Detections, "exec-into-pod", "fixtures/exec.json"));</c>
/// Every check runs the compiled rule and the interpreted IR through the index and fails loudly if they disagree.
/// A file is one log: a windowed rule counts its events in order and alerts once per burst.
/// </summary>
public static class RuleTesting
{
    /// <summary>Whether the rule with this id raises an alert on some event of the file.</summary>
    public static bool Fires(IEnumerable<DetectionRule> rules, string ruleId, string eventFile, AllowListAdditions? additions = null)
    {
        var rule = rules.FirstOrDefault(r => r.Id == ruleId) ?? throw new ArgumentException($"no rule with id \"{ruleId}\"", nameof(ruleId));
        return Alerts([rule], eventFile, additions).Count > 0;
    }

    /// <summary>Whether the rule with this id raises an alert on some event of the JSON text.</summary>
    public static bool FiresOnJson(IEnumerable<DetectionRule> rules, string ruleId, string eventJson, AllowListAdditions? additions = null)
    {
        var rule = rules.FirstOrDefault(r => r.Id == ruleId) ?? throw new ArgumentException($"no rule with id \"{ruleId}\"", nameof(ruleId));
        return AlertsOnJson([rule], eventJson, additions).Count > 0;
    }

    /// <summary>The ids of the rules that raise an alert on each event of the JSON text, in event and rule order.</summary>
    public static IReadOnlyList<string> AlertsOnJson(IEnumerable<DetectionRule> rules, string eventJson, AllowListAdditions? additions = null)
        => Run(rules, additions, "(json)", onEvent => EventText.ForEach(System.Text.Encoding.UTF8.GetBytes(eventJson), onEvent));

    /// <summary>The ids of the rules that raise an alert on each event of the file, in event and rule order.</summary>
    public static IReadOnlyList<string> Alerts(IEnumerable<DetectionRule> rules, string eventFile, AllowListAdditions? additions = null)
        => Run(rules, additions, eventFile, onEvent => EventText.ForEachInFile(eventFile, onEvent));

    private static IReadOnlyList<string> Run(IEnumerable<DetectionRule> rules, AllowListAdditions? additions, string eventFile, Func<Action<Utf8AuditEvent>, IReadOnlyList<ReadProblem>> read)
    {
        var list = rules.ToList();
        var compiled = new DetectionEngine(list, DetectionMode.Compiled, additions);
        var interpreted = new DetectionEngine(list, DetectionMode.Interpreted, additions);
        var windows = new WindowedAlerts(list);
        var alerts = new List<string>();
        var a = new List<DetectionRule>();
        var b = new List<DetectionRule>();
        var problems = read(e =>
        {
            a.Clear();
            b.Clear();
            compiled.Match(e, a);
            interpreted.Match(e, b);
            if (!a.SequenceEqual(b))
            {
                throw new InvalidOperationException(
                    $"{eventFile}: event {e.AuditId}: compiled rules matched [{string.Join(", ", a)}], interpreted IR matched [{string.Join(", ", b)}]");
            }
            foreach (var rule in a)
            {
                if (windows.Raise(WindowedAlerts.Matched(rule, e)) is not null)
                {
                    alerts.Add(rule.Id);
                }
            }
        });
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"{eventFile}: not every value is an audit event: {problems[0]}");
        }
        return alerts;
    }
}
