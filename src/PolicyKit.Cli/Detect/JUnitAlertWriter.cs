using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PolicyKit.Cli.Ci;
using PolicyKit.Cli.Commands;
using PolicyKit.Detections.Runtime;
using PolicyKit.Text;

namespace PolicyKit.Cli.Detect;

/// <summary>
/// detect --format junit: one testsuite for the run, a testcase per rule that ran, failed by its alerts (the
/// text line of each, the first <see cref="MaxLines"/> kept and the rest counted, so memory stays bounded on a
/// long log). Written at the end.
/// </summary>
internal sealed class JUnitAlertWriter(IReadOnlyList<DetectionRule> rules) : IAlertOutput
{
    public const int MaxLines = 100;

    private readonly Dictionary<DetectionRule, (int Count, List<string> Lines)> _alerts = new();

    public void Write(DetectionAlert alert, ArrayBufferWriter<byte> output)
    {
        var (count, lines) = _alerts.TryGetValue(alert.Rule, out var seen) ? seen : (0, new List<string>());
        if (lines.Count < MaxLines)
        {
            var e = alert.Event;
            lines.Add(ControlCharacters.Escape($"{e.Timestamp} {alert.Reason} (auditID {e.AuditId})"));
        }
        _alerts[alert.Rule] = (count + 1, lines);
    }

    public void Finish(TextWriter output)
    {
        var cases = rules.OrderBy(r => r.Id, StringComparer.Ordinal).Select(rule =>
        {
            var name = $"{rule.Id}: {rule.Info.Title}";
            if (!_alerts.TryGetValue(rule, out var alerts))
            {
                return new JUnitCase(name, "policykit.detect");
            }
            var more = alerts.Count - alerts.Lines.Count;
            return new JUnitCase(name, "policykit.detect", rule.Id,
                $"{FindingJson.Plural(alerts.Count, "alert")} [{rule.Info.Severity.ToString().ToLowerInvariant()}]: {alerts.Lines[0]}",
                string.Join("\n", alerts.Lines) + (more > 0 ? $"\n... and {more} more" : ""));
        }).ToList();
        output.WriteLine(JUnitXml.Write("policykit detect", [new JUnitSuite("policykit detect", cases)]));
    }
}
