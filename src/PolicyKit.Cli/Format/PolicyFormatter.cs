using System;
using System.Collections.Generic;
using System.Linq;
using PolicyKit.Cli.Import;
using PolicyKit.Diagnostics;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Format;

/// <summary>What formatting a file gave: the canonical text, or why it was refused (located findings).</summary>
internal sealed record FormatResult(string? Text, IReadOnlyList<SourceFinding> Refusals);

/// <summary>
/// <c>policykit fmt</c>: a policy in the canonical YAML form (Core's <see cref="PolicyYamlWriter"/>) with its comments
/// kept. Each comment goes with the nearest rule: above it when it was on, inside or above the rule; before
/// <c>rules:</c> it stays in the header, after the last rule at the end. The meaning cannot change: the text is
/// written from the model the file loads to, and only a file that loads without loss is formatted — a policy the
/// apiserver refuses, or one with a field it drops (<c>verb:</c> for <c>verbs:</c>), is refused instead.
/// </summary>
internal static class PolicyFormatter
{
    private const string SchemaHeader = "yaml-language-server:";

    public static FormatResult Format(PolicyDocument document)
    {
        var refusals = document.Findings.Where(f => f.Severity == Severity.Error || f.Id == DiagnosticIds.DroppedField).ToList();
        if (document.Policy is not { } policy || refusals.Count > 0 || document.IsUnreadable)
        {
            return new FormatResult(null, refusals);
        }
        var comments = document.Comments.Where(c => c.Text.Length > 0 && !c.Text.StartsWith(SchemaHeader, StringComparison.Ordinal)).ToList();
        var spans = Commands.RuleSpans.All(document);
        var placement = CommentPlacement.Place(comments, policy.Rules.Count, i => spans[i], document.Locate(FindingTarget.PolicyField("rules")).Line);
        var text = PolicyYamlWriter.Write(policy, new PolicyYamlOptions
        {
            RuleNameComments = false,
            HeaderComments = placement.Header,
            RuleComments = placement.ForRule,
            TrailerComments = placement.Trailer,
        });
        return new FormatResult(text, refusals);
    }
}
