using System.Collections.Generic;
using System.Linq;
using System.Text;
using static PolicyKit.Events.Replay.Reports.ReportText;

namespace PolicyKit.Events.Replay.Reports;

/// <summary>
/// simulate's report as one self-contained HTML file: inline CSS and inline SVG bar charts of volume per rule and per level,
/// no script and nothing fetched. It is also well-formed XML (XHTML), which the tests check.
/// </summary>
public static class SimulateHtmlWriter
{
    private static readonly string[] Colors = ["#3b6fb6", "#c0603a"];

    public static string Write(SimulationReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>PolicyKit audit volume simulation</title>\n");
        html.Append("<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}" +
                    "td,th{border:1px solid #ccc;padding:3px 8px;white-space:nowrap}td.n{text-align:right}svg text{font-size:12px;fill:#222}.note{color:#8a5a00}</style>\n</head>\n<body>\n");
        var tally = report.Tally;
        html.Append("<h1>Audit volume simulation</h1>\n<p>Log: ").Append(Count(tally.Events)).Append(" events, ").Append(Bytes(tally.LoggedBytes)).Append(", ")
            .Append(HtmlText.Escape(Window(report))).Append(".</p>\n");
        if (report.IsComparison)
        {
            var delta = report.TallyOf(1).Bytes - report.TallyOf(0).Bytes;
            html.Append("<h2>Change</h2>\n<p>").Append(HtmlText.Escape(report.Sides[0].Name)).Append(" → ").Append(HtmlText.Escape(report.Sides[1].Name)).Append(": <b>")
                .Append(delta >= 0 ? "+" : "").Append(Bytes(delta)).Append("</b> written; ").Append(HtmlText.Escape(Projection(report, delta))).Append(". ")
                .Append(Count(tally.Changes.ChangedEvents)).Append(" of ").Append(Count(tally.Events)).Append(" events decided differently.</p>\n");
            SvgBarChart.Write(html, "Bytes written per policy",
                [.. Enumerable.Range(0, 2).Select(i => (report.Sides[i].Name, report.TallyOf(i).Bytes, Bytes(report.TallyOf(i).Bytes)))], Colors[0]);
        }
        for (var i = 0; i < report.Sides.Length; i++)
        {
            Policy(html, report, i);
        }
        if (report.Estimated)
        {
            html.Append("<p class=\"note\">").Append(HtmlText.Escape(EstimateNote(report))).Append(".</p>\n");
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Policy(StringBuilder html, SimulationReport report, int side)
    {
        var tally = report.TallyOf(side);
        var policy = report.Sides[side].Policy;
        html.Append("<h2>").Append(HtmlText.Escape(report.Sides[side].Name)).Append("</h2>\n<p>").Append(Count(tally.WrittenEvents)).Append(" events written, <b>")
            .Append(Bytes(tally.Bytes)).Append("</b>").Append(tally.EstimatedBytes > 0 ? $" ({Bytes(tally.EstimatedBytes)} estimated)" : "").Append("; ")
            .Append(HtmlText.Escape(Projection(report, tally.Bytes))).Append(".</p>\n");
        html.Append("<h3>Volume per rule</h3>\n");
        var rules = Enumerable.Range(0, tally.Rules.Length).Where(r => tally.Rules[r].Bytes > 0)
            .OrderByDescending(r => tally.Rules[r].Bytes).Take(25)
            .Select(r => (SimulationReport.RuleLabel(policy, r), tally.Rules[r].Bytes, $"{Bytes(tally.Rules[r].Bytes)} ({Percent(SimulationReport.Share(tally.Rules[r].Bytes, tally.Bytes))})"))
            .ToList();
        SvgBarChart.Write(html, "Bytes written per rule", rules, Colors[side]);
        html.Append("<h3>Volume per level</h3>\n");
        SvgBarChart.Write(html, "Bytes written per level",
            [.. Enumerable.Range(1, 3).Select(l => (((Level)l).ToName(), tally.LevelBytes[l], $"{Bytes(tally.LevelBytes[l])}, {Count(tally.LevelEvents[l])} events"))], Colors[side]);
        html.Append("<table>\n<tr><th>rule</th><th>level</th><th>matched</th><th>RequestReceived</th><th>ResponseStarted</th><th>ResponseComplete</th><th>Panic</th><th>bytes</th><th>share</th></tr>\n");
        for (var r = 0; r < tally.Rules.Length; r++)
        {
            var rule = tally.Rules[r];
            if (r == tally.Rules.Length - 1 && rule.Matched == 0)
            {
                continue;
            }
            html.Append("<tr><td>").Append(HtmlText.Escape(SimulationReport.RuleLabel(policy, r))).Append("</td><td>")
                .Append(r < policy.Rules.Count ? policy.Rules[r].Level.ToName() : "None").Append("</td><td class=\"n\">").Append(Count(rule.Matched)).Append("</td>");
            for (var s = 0; s < 4; s++)
            {
                html.Append("<td class=\"n\">").Append(Count(rule.Written[s])).Append("</td>");
            }
            html.Append("<td class=\"n\">").Append(Bytes(rule.Bytes)).Append(rule.EstimatedBytes > 0 ? " (est.)" : "").Append("</td><td class=\"n\">")
                .Append(Percent(SimulationReport.Share(rule.Bytes, tally.Bytes))).Append("</td></tr>\n");
        }
        html.Append("</table>\n");
        var never = SimulationReport.NeverMatched(tally).ToList();
        html.Append("<p>Never matched in this log: ").Append(never.Count == 0 ? "none" : "rules " + string.Join(", ", never) + " (dead in practice)").Append(".</p>\n");
        html.Append("<h3>Top talkers</h3>\n");
        Top(html, "Users", tally.Users.Top(SimulationReport.TopCount), Colors[side]);
        Top(html, "User agents", tally.UserAgents.Top(SimulationReport.TopCount), Colors[side]);
        Top(html, "Resources", tally.Resources.Top(SimulationReport.TopCount), Colors[side]);
        Top(html, "Namespaces", tally.Namespaces.Top(SimulationReport.TopCount), Colors[side]);
    }

    private static void Top(StringBuilder html, string what, IReadOnlyList<Talker> talkers, string color)
    {
        html.Append("<h4>").Append(what).Append("</h4>\n");
        SvgBarChart.Write(html, what + " by bytes written",
            [.. talkers.Select(t => (t.Key.Length == 0 ? "(none)" : t.Key, t.Bytes, $"{Bytes(t.Bytes)}, {Count(t.Events)} events"))], color);
    }
}
