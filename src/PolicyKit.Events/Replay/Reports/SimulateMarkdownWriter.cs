using System.Linq;
using System.Text;
using static PolicyKit.Events.Replay.Reports.ReportText;

namespace PolicyKit.Events.Replay.Reports;

/// <summary>simulate's report as GitHub Markdown (a pull request's job summary): tables per policy, and the change with two.</summary>
public static class SimulateMarkdownWriter
{
    public static string Write(SimulationReport report)
    {
        var md = new StringBuilder();
        var tally = report.Tally;
        md.Append("## Audit volume simulation\n\n");
        md.Append("Log: ").Append(Count(tally.Events)).Append(" events, ").Append(Bytes(tally.LoggedBytes)).Append(", ").Append(Cell(Window(report))).Append(".\n\n");
        if (report.IsComparison)
        {
            var delta = report.TallyOf(1).Bytes - report.TallyOf(0).Bytes;
            md.Append("| policy | events written | bytes | projection |\n|---|---:|---:|---|\n");
            for (var i = 0; i < 2; i++)
            {
                md.Append("| ").Append(Cell(report.Sides[i].Name)).Append(" | ").Append(Count(report.TallyOf(i).WrittenEvents)).Append(" | ")
                    .Append(Bytes(report.TallyOf(i).Bytes)).Append(" | ").Append(Cell(Projection(report, report.TallyOf(i).Bytes))).Append(" |\n");
            }
            md.Append("| **change** | ").Append(Count(report.TallyOf(1).WrittenEvents - report.TallyOf(0).WrittenEvents)).Append(" | **")
                .Append(delta >= 0 ? "+" : "").Append(Bytes(delta)).Append("** | ").Append(Cell(Projection(report, delta))).Append(" |\n\n");
            Changes(md, report);
        }
        for (var i = 0; i < report.Sides.Length; i++)
        {
            Policy(md, report, i);
        }
        if (report.Estimated)
        {
            md.Append("> ").Append(Cell(EstimateNote(report))).Append(".\n");
        }
        return md.ToString();
    }

    private static void Policy(StringBuilder md, SimulationReport report, int side)
    {
        var tally = report.TallyOf(side);
        var policy = report.Sides[side].Policy;
        md.Append("### ").Append(Cell(report.Sides[side].Name)).Append("\n\n");
        md.Append(Count(tally.WrittenEvents)).Append(" events written, ").Append(Bytes(tally.Bytes))
            .Append(tally.EstimatedBytes > 0 ? $" ({Bytes(tally.EstimatedBytes)} estimated)" : "").Append("; ").Append(Cell(Projection(report, tally.Bytes))).Append(".\n\n");
        md.Append("| rule | level | matched | RequestReceived | ResponseStarted | ResponseComplete | Panic | bytes | share |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var r = 0; r < tally.Rules.Length; r++)
        {
            var rule = tally.Rules[r];
            if (r == tally.Rules.Length - 1 && rule.Matched == 0)
            {
                continue;
            }
            md.Append("| ").Append(Cell(SimulationReport.RuleLabel(policy, r))).Append(" | ").Append(r < policy.Rules.Count ? policy.Rules[r].Level.ToName() : "None")
                .Append(" | ").Append(Count(rule.Matched));
            for (var s = 0; s < 4; s++)
            {
                md.Append(" | ").Append(Count(rule.Written[s]));
            }
            md.Append(" | ").Append(Bytes(rule.Bytes)).Append(rule.EstimatedBytes > 0 ? " (est.)" : "").Append(" | ")
                .Append(Percent(SimulationReport.Share(rule.Bytes, tally.Bytes))).Append(" |\n");
        }
        var never = SimulationReport.NeverMatched(tally).ToList();
        md.Append("\nNever matched in this log: ").Append(never.Count == 0 ? "none" : "rules " + string.Join(", ", never) + " (dead in practice)").Append(".\n\n");
        md.Append("| top users | bytes | top user agents | bytes | top resources | bytes | top namespaces | bytes |\n|---|---:|---|---:|---|---:|---|---:|\n");
        var lists = new[] { tally.Users.Top(5), tally.UserAgents.Top(5), tally.Resources.Top(5), tally.Namespaces.Top(5) };
        for (var row = 0; row < lists.Max(l => l.Count); row++)
        {
            md.Append('|');
            foreach (var list in lists)
            {
                md.Append(row < list.Count ? $" {Cell(Key(list[row].Key))} | {Bytes(list[row].Bytes)} |" : "  |  |");
            }
            md.Append('\n');
        }
        md.Append('\n');
    }

    private static void Changes(StringBuilder md, SimulationReport report)
    {
        var changes = report.Tally.Changes;
        md.Append("Events decided differently: ").Append(Count(changes.ChangedEvents)).Append(" of ").Append(Count(report.Tally.Events)).Append(".\n\n");
        md.Append("| old level | new level | events |\n|---|---|---:|\n");
        foreach (var ((old, @new), n) in changes.Levels.OrderBy(p => p.Key.Old).ThenBy(p => p.Key.New))
        {
            md.Append("| ").Append(old.ToName()).Append(" | ").Append(@new.ToName()).Append(" | ").Append(Count(n)).Append(" |\n");
        }
        md.Append("\n| old rule | new rule | events |\n|---|---|---:|\n");
        foreach (var ((old, @new), n) in changes.Rules.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Old).ThenBy(p => p.Key.New).Take(10))
        {
            md.Append("| ").Append(Cell(SimulationReport.RuleLabel(report.Sides[0].Policy, old < 0 ? int.MaxValue : old))).Append(" | ")
                .Append(Cell(SimulationReport.RuleLabel(report.Sides[1].Policy, @new < 0 ? int.MaxValue : @new))).Append(" | ").Append(Count(n)).Append(" |\n");
        }
        if (changes.ChangedEvents > 0)
        {
            md.Append("\n| top changed users | events | bytes | top changed resources | events | bytes |\n|---|---:|---:|---|---:|---:|\n");
            var users = changes.Users.TopByEvents(5);
            var resources = changes.Resources.TopByEvents(5);
            for (var row = 0; row < System.Math.Max(users.Count, resources.Count); row++)
            {
                md.Append('|');
                foreach (var list in new[] { users, resources })
                {
                    md.Append(row < list.Count ? $" {Cell(Key(list[row].Key))} | {Count(list[row].Events)} | {(list[row].Bytes >= 0 ? "+" : "")}{Bytes(list[row].Bytes)} |" : "  |  |  |");
                }
                md.Append('\n');
            }
        }
        md.Append('\n');
    }

    private static string Key(string key) => key.Length == 0 ? "(none)" : key;

    /// <summary>Text from a log or a policy in a table cell: no line breaks, pipes or markup it could inject.</summary>
    private static string Cell(string text)
    {
        var cell = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '|' or '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' => cell.Append('\\').Append(c),
                _ when char.IsControl(c) => cell.Append(' '),
                _ => cell.Append(c),
            };
        }
        return cell.ToString();
    }
}
