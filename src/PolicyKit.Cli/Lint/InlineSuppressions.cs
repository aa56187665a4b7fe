using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PolicyKit.Cli.Commands;
using PolicyKit.Diagnostics;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Lint;

/// <summary>
/// <c># policykit:ignore PK1011, PK1042 -- reason</c> in a YAML policy: at the end of a line of a rule it
/// covers that rule, on the line directly above a rule (or above other comments directly above it) it covers
/// the rule, above any other line the findings placed on that line (policy-wide ones). A comment without
/// ids, with an unknown id or without a reason is PK1053 at its line and suppresses nothing.
/// </summary>
internal sealed partial class InlineSuppressions
{
    private readonly List<Entry> _entries = new();

    private InlineSuppressions()
    {
    }

    /// <summary>PK1053 for each comment that cannot be honoured.</summary>
    public List<SourceFinding> Problems { get; } = new();

    public static InlineSuppressions Read(PolicyDocument document)
    {
        var result = new InlineSuppressions();
        var spans = RuleSpans.All(document);
        var ownLine = document.Comments.Where(c => !c.IsInline).Select(c => c.Line).ToHashSet();
        foreach (var comment in document.Comments)
        {
            var match = Syntax().Match(comment.Text);
            if (!match.Success)
            {
                continue;
            }
            var ids = match.Groups["ids"].Value.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : "";
            var problem = ids.Length == 0 ? "names no diagnostic id: write # policykit:ignore PKnnnn -- reason"
                : ids.FirstOrDefault(id => !Suppressible(id)) is { } unknown ? Unknown(unknown)
                : reason.Length == 0 ? $"gives no reason: write # policykit:ignore {string.Join(", ", ids)} -- why the finding does not apply"
                : null;
            if (problem is not null)
            {
                result.Problems.Add(new SourceFinding(DiagnosticIds.MalformedSuppression, DiagnosticCatalog.SeverityOf(DiagnosticIds.MalformedSuppression), "",
                    "this policykit:ignore comment " + problem + "; it suppresses nothing", new SourceLocation(comment.Line, 1)));
                continue;
            }
            var line = comment.Line;
            if (!comment.IsInline)
            {
                // The line the comment is about: the first after it that is not a comment of its own.
                do
                {
                    line++;
                }
                while (ownLine.Contains(line));
            }
            var rule = Array.FindIndex(spans, s => comment.IsInline ? s.First <= line && line <= s.Last : s.First == line);
            result._entries.Add(new Entry(ids.ToHashSet(StringComparer.Ordinal), rule >= 0 ? rule : null, line, reason));
        }
        return result;
    }

    /// <summary>The suppression that covers the finding, or null.</summary>
    public Suppression? Of(SourceFinding finding)
    {
        foreach (var e in _entries)
        {
            if (e.Ids.Contains(finding.Id) && (e.Rule is { } rule ? finding.RuleIndex == rule : finding.Location.Line == e.Line))
            {
                return new Suppression(SuppressionKind.InSource, e.Reason);
            }
        }
        return null;
    }

    private static bool Suppressible(string id) => id != DiagnosticIds.MalformedSuppression && id.StartsWith("PK", StringComparison.Ordinal) && DiagnosticCatalog.Find(id) is not null;

    private static string Unknown(string id)
    {
        var suggestion = Text.EditDistance.Suggest(id, DiagnosticCatalog.All.Select(d => d.Id).Where(Suppressible));
        return $"names {id}, which is no suppressible PolicyKit diagnostic" + (suggestion is null ? "" : $" (did you mean {suggestion}?)");
    }

    /// <summary>"policykit:ignore IDS -- REASON", the ids up to "--".</summary>
    [GeneratedRegex(@"^\s*policykit:ignore(?![\w-])(?<ids>(?:(?!--).)*)(?:--(?<reason>.*))?$")]
    private static partial Regex Syntax();

    private sealed record Entry(HashSet<string> Ids, int? Rule, int Line, string Reason);
}
