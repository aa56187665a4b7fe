using System.Collections.Generic;
using System.Linq;
using PolicyKit.Cli.Ci;
using PolicyKit.Cli.Commands;
using PolicyKit.Validation;

namespace PolicyKit.Cli.Lint;

/// <summary>
/// lint's findings for CI systems: GitHub annotations (one per finding not suppressed) and JUnit XML (a testsuite
/// per file, a testcase per rule plus one for the policy as a whole, failed by findings at or above --fail-on).
/// </summary>
internal static class LintCiReports
{
    public static IEnumerable<string> GitHub(IEnumerable<LintedFile> files)
        => files.SelectMany(file => file.Findings.Where(f => f.Suppression is null).Select(f => GitHubAnnotation.Line(
            f.Finding.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" },
            f.Finding.Path.Length > 0 ? f.Finding.Path + ": " + f.Finding.Message : f.Finding.Message,
            f.Finding.Id,
            f.File.Replace('\\', '/'), f.Finding.Location.Line, f.Finding.Location.Column)));

    public static string JUnit(IReadOnlyList<LintedFile> files, Severity failOn)
        => JUnitXml.Write("policykit lint", files.Select(file => new JUnitSuite(file.Name, Cases(file, failOn).ToList())).ToList());

    private static IEnumerable<JUnitCase> Cases(LintedFile file, Severity failOn)
    {
        var shown = file.Findings.Where(f => f.Suppression is null).ToList();
        if (file.Document.Policy is not { } policy)
        {
            yield return Case("read", file.Name, shown, failOn);
            yield break;
        }
        yield return Case("policy", file.Name, shown.Where(f => f.Finding.RuleIndex is null || f.Finding.RuleIndex >= policy.Rules.Count), failOn);
        for (var i = 0; i < policy.Rules.Count; i++)
        {
            var rule = policy.Rules[i];
            var name = $"rules[{i}]" + (rule.Name is { Length: > 0 } n ? $" \"{n}\"" : "") + $" ({rule.Level})";
            var index = i;
            yield return Case(name, file.Name, shown.Where(f => f.Finding.RuleIndex == index), failOn);
        }
    }

    private static JUnitCase Case(string name, string file, IEnumerable<LintedFinding> findings, Severity failOn)
    {
        var failing = findings.Where(f => f.Finding.Severity >= failOn).ToList();
        var below = findings.Where(f => f.Finding.Severity < failOn).Select(f => f.Finding.Format(file)).ToList();
        var output = below.Count > 0 ? string.Join("\n", below) : null;
        if (failing.Count == 0)
        {
            return new JUnitCase(name, file, SystemOut: output);
        }
        var first = failing[0].Finding;
        var message = first.Message + (failing.Count > 1 ? $" (and {FindingJson.Plural(failing.Count - 1, "more finding")})" : "");
        return new JUnitCase(name, file, string.Join(",", failing.Select(f => f.Finding.Id).Distinct()), message,
            string.Join("\n", failing.Select(f => f.Finding.Format(file))), output);
    }
}
