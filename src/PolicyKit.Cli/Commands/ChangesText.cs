using System.Linq;
using System.Text;
using PolicyKit.Events.Replay.Reports;
using PolicyKit.Text;
using static PolicyKit.Events.Replay.Reports.ReportText;

namespace PolicyKit.Cli.Commands;

/// <summary>How two policies decided a log's events differently, as text (simulate OLD NEW and diff --events).</summary>
internal static class ChangesText
{
    public static void Write(StringBuilder text, SimulationReport report)
    {
        var changes = report.Tally.Changes;
        text.Append("events decided differently: ").Append(Count(changes.ChangedEvents)).Append(" of ").Append(Count(report.Tally.Events)).Append('\n');
        text.Append("  by level (old -> new):");
        foreach (var ((old, @new), n) in changes.Levels.OrderBy(p => p.Key.Old).ThenBy(p => p.Key.New))
        {
            text.Append(' ').Append(old.ToName()).Append(" -> ").Append(@new.ToName()).Append(' ').Append(Count(n)).Append(';');
        }
        if (text[^1] == ';')
        {
            text.Length--;
        }
        text.Append("\n  by deciding rule (old -> new):");
        foreach (var ((old, @new), n) in changes.Rules.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Old).ThenBy(p => p.Key.New).Take(10))
        {
            text.Append(' ').Append(Rule(old)).Append(" -> ").Append(Rule(@new)).Append(' ').Append(Count(n)).Append(';');
        }
        if (text[^1] == ';')
        {
            text.Length--;
        }
        text.Append('\n');
        Top(text, "users", changes.Users);
        Top(text, "resources", changes.Resources);
    }

    private static string Rule(int index) => index < 0 ? "none" : index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void Top(StringBuilder text, string what, PolicyKit.Events.Replay.Talkers talkers)
    {
        if (talkers.Count == 0)
        {
            return;
        }
        text.Append("  top changed ").Append(what).Append(':');
        foreach (var t in talkers.TopByEvents(5))
        {
            text.Append(' ').Append(ControlCharacters.Escape(t.Key.Length == 0 ? "(none)" : t.Key)).Append(' ').Append(Count(t.Events))
                .Append(" events (").Append(t.Bytes >= 0 ? "+" : "").Append(Bytes(t.Bytes)).Append(");");
        }
        if (text[^1] == ';')
        {
            text.Length--;
        }
        text.Append('\n');
    }
}
