using System.Globalization;
using System.Linq;
using System.Text;
using PolicyKit.Diff;

namespace PolicyKit.Cli.Commands;

/// <summary>The diff as text for a terminal: a verdict line, then per region its outcomes and, per pair of deciding rules, a witness and the requests.</summary>
internal static class DiffTextWriter
{
    /// <summary>Requests listed per part before "and N more".</summary>
    private const int PiecesShown = 3;

    public static string Write(PolicyDiffReport report)
    {
        var text = new StringBuilder();
        var result = report.Result;
        var v = result.Versions;
        var at = v.Old == v.New ? $"Kubernetes {v.Old}" : $"Kubernetes {v.Old} -> {v.New}";
        text.Append(report.Old.Name).Append(" -> ").Append(report.New.Name).Append(" (").Append(at).Append("): ");
        if (!result.HasChanges)
        {
            return text.Append("no change: every request is decided the same\n").ToString();
        }
        text.Append(result.Regions.Count.ToString(CultureInfo.InvariantCulture)).Append(result.Regions.Count == 1 ? " change\n" : " changes\n");
        for (var i = 0; i < result.Regions.Count; i++)
        {
            var region = result.Regions[i];
            text.Append('\n').Append(i + 1).Append(". ").Append(region.Old).Append(" -> ").Append(region.New).Append('\n');
            foreach (var part in region.Parts)
            {
                text.Append("   old ").Append(report.Old.RuleLabel(part.OldRule)).Append(" -> new ").Append(report.New.RuleLabel(part.NewRule)).Append('\n')
                    .Append("     e.g. ").Append(part.Witness).Append('\n');
                foreach (var piece in part.Pieces.Take(PiecesShown))
                {
                    text.Append("     requests: ").Append(piece).Append('\n');
                }
                if (part.Pieces.Count > PiecesShown)
                {
                    text.Append("     and ").Append(part.Pieces.Count - PiecesShown).Append(" more sets of requests\n");
                }
            }
        }
        return text.ToString();
    }
}
