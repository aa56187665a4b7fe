using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Lint;

/// <summary>
/// A finding's identity that survives edits which move lines: the id, the rule it is about in canonical
/// form (whitespace, comments, key order and the rule's position do not count) and the path inside that
/// rule. Findings that share all three are told apart by their order. SARIF's partialFingerprints and
/// the baseline file both use it.
/// </summary>
internal sealed class FindingFingerprint(PolicyDocument document)
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _rules = new();

    /// <summary>The next finding's fingerprint; call in the findings' order.</summary>
    public string Of(SourceFinding finding)
    {
        var key = finding.Id + "\n" + RuleText(finding.RuleIndex) + "\n" + PathInRule(finding);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 16);
        var n = _seen[hash] = _seen.TryGetValue(hash, out var before) ? before + 1 : 1;
        return n == 1 ? hash : hash + ":" + n;
    }

    private string RuleText(int? index)
    {
        if (index is not { } i || document.Policy is not { } policy || i >= policy.Rules.Count)
        {
            return "";
        }
        if (!_rules.TryGetValue(i, out var text))
        {
            text = _rules[i] = PolicyYamlWriter.Write(new Policy(new[] { policy.Rules[i] }), new PolicyYamlOptions { SchemaUrl = null, RuleNameComments = false });
        }
        return text;
    }

    /// <summary>The finding's path with "rules[N]" taken off: the position of the rule changes when rules are added above it.</summary>
    private static string PathInRule(SourceFinding finding)
    {
        var prefix = finding.RuleIndex is { } i ? $"rules[{i}]" : null;
        return prefix is not null && finding.Path.StartsWith(prefix, StringComparison.Ordinal) ? finding.Path.Substring(prefix.Length) : finding.Path;
    }
}
