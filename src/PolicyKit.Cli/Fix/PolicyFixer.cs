using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PolicyKit.Cli.Format;
using PolicyKit.Diagnostics;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Fix;

/// <summary>What <c>lint --fix</c> did to one file: the new text (null: nothing to do, or refused) and a line per fix.</summary>
internal sealed record PolicyFixResult(string? Text, IReadOnlyList<string> Applied);

/// <summary>
/// <c>policykit lint --fix</c>: edits the file's text in place (comments, layout and everything else kept) for
/// the findings whose fix is safe:
/// <list type="bullet">
/// <item>PK1050, a field the apiserver drops as unknown whose meant name is clear (<c>verb:</c> → <c>verbs:</c>,
/// <c>resource:</c> → <c>resources:</c>, <c>namespace:</c> → <c>namespaces:</c>, ...): the key is renamed when the
/// object does not have the meant field already. This is the point: the rule then matches what it says.</item>
/// <item>PK1001, an unreachable rule written in block style: removed. It decides no request, so no decision changes
/// (only the indexes of the rules after it).</item>
/// </list>
/// The result is re-read and checked before it is returned: the fixed findings are gone, no error appeared, and an
/// unreachable rule's removal left exactly the other rules. Anything else is left for the user.
/// </summary>
internal static partial class PolicyFixer
{
    public static PolicyFixResult Fix(string text, PolicyDocument document, KubernetesVersion version)
    {
        if (document.Policy is not { } policy || document.IsUnreadable)
        {
            return new PolicyFixResult(null, Array.Empty<string>());
        }
        var lines = Lines(text);
        var applied = new List<string>();
        // Renaming a key can expose what the apiserver dropped with it (the fields of a "resource:" list's entries):
        // rename again until nothing is left, a few rounds at most.
        var original = document;
        for (var round = 0; round < 4; round++)
        {
            var renames = document.Findings.Where(f => f.Id == DiagnosticIds.DroppedField).Select(f => Rename(f, document, lines)).Where(r => r is not null).Select(r => r!.Value).ToList();
            if (renames.Count == 0)
            {
                break;
            }
            foreach (var (line, column, oldKey, newKey) in renames.OrderByDescending(r => r.Line).ThenByDescending(r => r.Column))
            {
                var quoted = lines[line - 1][column - 1] is '"' or '\'';
                var start = column - 1 + (quoted ? 1 : 0);
                lines[line - 1] = lines[line - 1].Substring(0, start) + newKey + lines[line - 1].Substring(start + oldKey.Length);
            }
            applied.AddRange(renames.OrderBy(r => r.Line).ThenBy(r => r.Column).Select(r => $"{r.Line}:{r.Column}: renamed \"{r.OldKey}\" to \"{r.NewKey}\" [PK1050]"));
            var renamed = PolicyYamlReader.Read(string.Concat(lines));
            if (renamed.Policy is null)
            {
                return new PolicyFixResult(null, Array.Empty<string>());
            }
            document = renamed;
            policy = renamed.Policy;
        }
        if (Errors(document) > Errors(original) || Dropped(document) >= Dropped(original) && applied.Count > 0)
        {
            return new PolicyFixResult(null, Array.Empty<string>());
        }
        // Unreachable rules, once the renames are in (a rule matching "every verb" may have made them so).
        var unreachable = PolicyKit.Analysis.PolicyAnalysis.Analyze(policy, version).Where(f => f.Id == DiagnosticIds.UnreachableRule && f.RuleIndex is not null)
            .Select(f => f.RuleIndex!.Value).Distinct().Where(i => Extent(document, policy, lines, i) is not null).OrderByDescending(i => i).ToList();
        foreach (var i in unreachable)
        {
            var (first, last) = Extent(document, policy, lines, i)!.Value;
            lines.RemoveRange(first - 1, last - first + 1);
            applied.Add($"{first}:{document.Locate(Validation.FindingTarget.OfRule(i)).Column}: removed rule {i}, which no request reaches [PK1001]");
        }
        if (unreachable.Count > 0)
        {
            var removed = PolicyYamlReader.Read(string.Concat(lines));
            var expected = policy.Rules.Where((_, i) => !unreachable.Contains(i)).ToArray();
            if (removed.Policy is null || !removed.Policy.Rules.SequenceEqual(expected) || Errors(removed) > Errors(document))
            {
                return new PolicyFixResult(null, Array.Empty<string>());
            }
        }
        return applied.Count == 0 ? new PolicyFixResult(null, applied) : new PolicyFixResult(string.Concat(lines), applied);
    }

    private static int Errors(PolicyDocument document) => document.Findings.Count(f => f.Severity == Validation.Severity.Error);

    private static int Dropped(PolicyDocument document) => document.Findings.Count(f => f.Id == DiagnosticIds.DroppedField);

    /// <summary>The rename a PK1050 "unknown field" finding asks for, when its key is where the finding says and the meant field is absent.</summary>
    private static (int Line, int Column, string OldKey, string NewKey)? Rename(SourceFinding finding, PolicyDocument document, List<string> lines)
    {
        var match = FieldPath().Match(finding.Path);
        if (!match.Success || !finding.Message.StartsWith("unknown field", StringComparison.Ordinal))
        {
            return null;
        }
        var parent = match.Groups["parent"].Value;
        var key = match.Groups["key"].Value;
        string[] known = parent.Length == 0 ? FieldMeanings.PolicyFields
            : RuleEntry().IsMatch(parent) ? FieldMeanings.GroupResourcesFields
            : Rule().IsMatch(parent) ? FieldMeanings.RuleFields
            : Array.Empty<string>();
        if (FieldMeanings.Suggest(key, known) is not { } meant || document.Locations.ContainsKey(parent.Length == 0 ? meant : parent + "." + meant))
        {
            return null;
        }
        var (line, column) = (finding.Location.Line, finding.Location.Column);
        if (line < 1 || line > lines.Count || column < 1)
        {
            return null;
        }
        var text = lines[line - 1];
        var at = column - 1;
        var written = at < text.Length && text[at] is '"' or '\'' ? text.Substring(at + 1) : text.Substring(Math.Min(at, text.Length));
        return written.StartsWith(key, StringComparison.Ordinal) ? (line, column, key, meant) : null;
    }

    /// <summary>
    /// The lines of rule i when it is one block-style item on lines of its own: from its "- " to the last line
    /// indented deeper than the dash (blank lines after it stay). Null for a flow-style rule or one sharing a line.
    /// </summary>
    private static (int First, int Last)? Extent(PolicyDocument document, Policy policy, List<string> lines, int i)
    {
        var (first, located) = Commands.RuleSpans.Of(document, i);
        if (first < 1 || located > lines.Count)
        {
            return null;
        }
        var before = i > 0 ? Commands.RuleSpans.Of(document, i - 1).Last : 0;
        var after = i + 1 < policy.Rules.Count ? Commands.RuleSpans.Of(document, i + 1).First : int.MaxValue;
        var text = lines[first - 1];
        var dash = text.Length - text.TrimStart(' ').Length;
        if (before >= first || after <= located || !text.TrimStart(' ').StartsWith("- ", StringComparison.Ordinal) || text.TrimStart(' ').StartsWith("- {", StringComparison.Ordinal))
        {
            return null;
        }
        var last = first;
        for (var k = first + 1; k <= lines.Count && k < after; k++)
        {
            var line = lines[k - 1].TrimEnd('\r', '\n');
            if (line.Trim().Length == 0)
            {
                continue;
            }
            if (line.Length - line.TrimStart(' ').Length <= dash)
            {
                break;
            }
            last = k;
        }
        return last >= located ? (first, last) : null;
    }

    /// <summary>The text's lines, each with its own line break, so that joining them gives the text back.</summary>
    private static List<string> Lines(string text) => LineBreaks().Split(text).Where(l => l.Length > 0).ToList();

    [GeneratedRegex(@"^(?:(?<parent>.*)\.)?(?<key>[^.\[\]]+)$")]
    private static partial Regex FieldPath();

    [GeneratedRegex(@"^rules\[\d+\]$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^rules\[\d+\]\.resources\[\d+\]$")]
    private static partial Regex RuleEntry();

    [GeneratedRegex(@"(?<=\n)")]
    private static partial Regex LineBreaks();
}
