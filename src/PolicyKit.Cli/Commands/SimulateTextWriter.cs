using System.Linq;
using System.Text;
using PolicyKit.Events.Replay;
using PolicyKit.Events.Replay.Reports;
using PolicyKit.Text;
using static PolicyKit.Events.Replay.Reports.ReportText;

namespace PolicyKit.Cli.Commands;

/// <summary>simulate's report for a terminal: the log, then per policy its volume, projection, rules and top talkers; with two, the delta and changes.</summary>
internal static class SimulateTextWriter
{
    public static string Write(SimulationReport report)
    {
        var text = new StringBuilder();
        var tally = report.Tally;
        text.Append("log: ").Append(Count(tally.Events)).Append(" events, ").Append(Bytes(tally.LoggedBytes)).Append(tally.Events > 0 ? "; logged at" : "");
        for (var l = 0; l < 4; l++)
        {
            if (tally.LoggedLevels[l] > 0)
            {
                text.Append(' ').Append(((Level)l).ToName()).Append(' ').Append(Count(tally.LoggedLevels[l]));
            }
        }
        text.Append("; ").Append(Window(report)).Append('\n');
        for (var i = 0; i < report.Sides.Length; i++)
        {
            Policy(text, report, i);
        }
        if (report.IsComparison)
        {
            text.Append('\n');
            Delta(text, report);
            ChangesText.Write(text, report);
        }
        if (report.Estimated)
        {
            text.Append('\n').Append(EstimateNote(report)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>diff --events: the log, the change in volume and cost, and how the events were decided differently.</summary>
    public static string WriteChanges(SimulationReport report)
    {
        var text = new StringBuilder();
        text.Append("replayed: ").Append(Count(report.Tally.Events)).Append(" events, ").Append(Bytes(report.Tally.LoggedBytes)).Append("; ").Append(Window(report)).Append('\n');
        Delta(text, report);
        ChangesText.Write(text, report);
        if (report.Estimated)
        {
            text.Append(EstimateNote(report)).Append('\n');
        }
        return text.ToString();
    }

    private static void Delta(StringBuilder text, SimulationReport report)
    {
        var (old, @new) = (report.TallyOf(0).Bytes, report.TallyOf(1).Bytes);
        text.Append("written: ").Append(Bytes(old)).Append(" -> ").Append(Bytes(@new)).Append(" (").Append(@new - old >= 0 ? "+" : "").Append(Bytes(@new - old))
            .Append(", ").Append(Percent(SimulationReport.Share(@new - old, old))).Append(')');
        if (report.Projection.CanProject)
        {
            text.Append("; change ").Append(Projection(report, @new - old));
        }
        text.Append('\n');
    }

    private static void Policy(StringBuilder text, SimulationReport report, int side)
    {
        var tally = report.TallyOf(side);
        var policy = report.Sides[side].Policy;
        text.Append('\n').Append(ControlCharacters.Escape(report.Sides[side].Name)).Append(": ").Append(Count(tally.WrittenEvents)).Append(" events written, ")
            .Append(Bytes(tally.Bytes)).Append(tally.EstimatedBytes > 0 ? $" ({Bytes(tally.EstimatedBytes)} of it estimated)" : "").Append('\n');
        text.Append("  ").Append(Projection(report, tally.Bytes)).Append('\n');
        text.Append("  by level:");
        for (var l = 0; l < 4; l++)
        {
            text.Append(' ').Append(((Level)l).ToName()).Append(' ').Append(Count(tally.LevelEvents[l])).Append(" (").Append(Bytes(tally.LevelBytes[l])).Append(')');
        }
        text.Append('\n');
        text.Append($"  {"rule",-28} {"level",-15} {"matched",9} {"written",9} {"RR/RS/RC/Panic",-22} {"bytes",10} {"share",6}\n");
        for (var r = 0; r < tally.Rules.Length; r++)
        {
            var rule = tally.Rules[r];
            if (r == tally.Rules.Length - 1 && rule.Matched == 0)
            {
                continue;
            }
            var label = ControlCharacters.Escape(SimulationReport.RuleLabel(policy, r));
            var level = r < policy.Rules.Count ? policy.Rules[r].Level.ToName() : "None";
            var stages = string.Join("/", rule.Written.Take(4).Select(Count));
            text.Append($"  {Cut(label, 28),-28} {level,-15} {Count(rule.Matched),9} {Count(rule.WrittenEvents),9} {stages,-22} {Bytes(rule.Bytes),10} {Percent(SimulationReport.Share(rule.Bytes, tally.Bytes)),6}")
                .Append(rule.EstimatedBytes > 0 ? " (est.)" : "").Append('\n');
        }
        var never = SimulationReport.NeverMatched(tally).ToList();
        text.Append("  never matched in this log: ").Append(never.Count == 0 ? "none" : (never.Count == 1 ? "rule " : "rules ") + string.Join(", ", never))
            .Append(never.Count == 0 ? "" : " (dead in practice; `policykit lint` says which are unreachable in theory)").Append('\n');
        Top(text, "users", tally.Users);
        Top(text, "user agents", tally.UserAgents);
        Top(text, "resources", tally.Resources);
        Top(text, "namespaces", tally.Namespaces);
    }

    private static void Top(StringBuilder text, string what, Talkers talkers)
    {
        text.Append("  top ").Append(what).Append(':');
        foreach (var t in talkers.Top(5))
        {
            text.Append(' ').Append(ControlCharacters.Escape(t.Key.Length == 0 ? "(none)" : t.Key)).Append(' ').Append(Bytes(t.Bytes)).Append(';');
        }
        if (text[^1] == ';')
        {
            text.Length--;
        }
        text.Append('\n');
    }

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
