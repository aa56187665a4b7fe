using System.Globalization;
using System.Linq;
using System.Text;

namespace PolicyKit.Diff;

/// <summary>
/// The diff as Markdown for a pull-request comment or a GitHub job summary: a verdict line, one table row per region,
/// and a collapsible section per region with each part's deciding rules and its witness request as code.
/// </summary>
public static class DiffMarkdownWriter
{
    /// <summary>Requests listed per part before "and N more": a summary stays readable.</summary>
    private const int PiecesShown = 5;

    public static string Write(PolicyDiffReport report)
    {
        var md = new StringBuilder();
        var result = report.Result;
        var versions = result.Versions;
        md.Append("### Audit policy diff: ").Append(Code(report.Old.Name)).Append(" → ").Append(Code(report.New.Name)).Append("\n\n");
        var at = versions.Old == versions.New ? $"Kubernetes {versions.Old}" : $"Kubernetes {versions.Old} → {versions.New}";
        if (!result.HasChanges)
        {
            md.Append("**No change** (").Append(at).Append("): every request is decided the same (level, omitted stages, omitManagedFields).\n");
            return md.ToString();
        }
        md.Append("**").Append(Plural(result.Regions.Count, "change")).Append("** (").Append(at)
            .Append("). Every request outside these regions is decided the same; every request inside is decided as its row says.\n\n");
        md.Append("| # | Old | New | Deciding rules (old → new) | Example request |\n|---|---|---|---|---|\n");
        for (var i = 0; i < result.Regions.Count; i++)
        {
            var region = result.Regions[i];
            md.Append("| ").Append(i + 1).Append(" | ").Append(Cell(region.Old.ToString())).Append(" | ").Append(Cell(region.New.ToString()))
                .Append(" | ").Append(Cell(string.Join(", ", region.OldRules.Select(Short)) + " → " + string.Join(", ", region.NewRules.Select(Short))))
                .Append(" | ").Append(Code(region.Witness.ToString()).Replace("|", "\\|")).Append(" |\n");
        }
        for (var i = 0; i < result.Regions.Count; i++)
        {
            var region = result.Regions[i];
            md.Append("\n<details><summary>").Append(i + 1).Append(". ").Append(Html(region.Old.ToString())).Append(" → ")
                .Append(Html(region.New.ToString())).Append(" (").Append(Plural(region.Parts.Count, "pair")).Append(" of deciding rules)</summary>\n\n");
            foreach (var part in region.Parts)
            {
                var fence = Fence(part.Witness.ToString());
                md.Append("- old ").Append(Cell(report.Old.RuleLabel(part.OldRule))).Append(" → new ").Append(Cell(report.New.RuleLabel(part.NewRule)))
                    .Append(", for example:\n\n  ").Append(fence).Append("\n  ").Append(part.Witness.ToString().Replace("\n", "\\n"))
                    .Append("\n  ").Append(fence).Append("\n\n  The requests:\n\n");
                foreach (var piece in part.Pieces.Take(PiecesShown))
                {
                    md.Append("  - ").Append(Code(piece)).Append('\n');
                }
                if (part.Pieces.Count > PiecesShown)
                {
                    md.Append("  - and ").Append(Plural(part.Pieces.Count - PiecesShown, "more set")).Append(" (the JSON report lists them all)\n");
                }
                md.Append('\n');
            }
            md.Append("</details>\n");
        }
        return md.ToString();
    }

    private static string Short(int rule) => rule < 0 ? "none" : rule.ToString(CultureInfo.InvariantCulture);

    private static string Plural(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    /// <summary>A code fence longer than any run of backticks in the text, so the text cannot close it.</summary>
    private static string Fence(string text) => new('`', System.Math.Max(3, LongestBacktickRun(text) + 1));

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = System.Math.Max(longest, run);
        }
        return longest;
    }

    /// <summary>Inline code that no backtick in the text can end early.</summary>
    private static string Code(string text)
    {
        var fence = new string('`', LongestBacktickRun(text) + 1);
        return fence + (fence.Length > 1 ? " " + text + " " : text).Replace("\n", " ") + fence;
    }

    /// <summary>Text safe in a table cell: no pipe or line break ends it.</summary>
    private static string Cell(string text) => Html(text).Replace("|", "\\|").Replace("\n", " ");

    private static string Html(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
