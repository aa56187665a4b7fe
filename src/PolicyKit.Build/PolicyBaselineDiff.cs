using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using PolicyKit.Analysis;
using PolicyKit.Diff;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Build;

/// <summary>
/// With <c>PolicyKitBaseline</c> set: the diff of each policy against its released copy, as policy-diff.md and
/// policy-diff.json beside its artifacts. The baseline is an audit-policy.yaml a PolicyKit build released (the
/// task has no YAML library: Core's canonical reader reads exactly that form), a folder of
/// &lt;policy-name&gt;/audit-policy.yaml, or a released build of the policy (<see cref="BaselineText"/>).
/// Computed in memory before anything is written.
/// </summary>
internal static class PolicyBaselineDiff
{
    public const string MarkdownFileName = "policy-diff.md";
    public const string JsonFileName = "policy-diff.json";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The baseline file of a policy: <paramref name="baseline"/> itself, or &lt;policy&gt;/audit-policy.yaml in that folder.</summary>
    public static string BaselineFile(string baseline, string policyName) => PolicyDrift.CommittedFile(baseline, policyName);

    /// <summary>The two files, or null with <paramref name="problem"/> (and the 1-based line it is at, 0 for the whole file).</summary>
    public static IReadOnlyList<KeyValuePair<string, byte[]>>? Build(PolicyRecord record, string baselineFile, out string? problem, out int line)
    {
        problem = null;
        line = 0;
        string text;
        try
        {
            text = BaselineText.Read(baselineFile, record.Name).Replace("\r\n", "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidDataException)
        {
            problem = $"policy \"{record.Name}\": cannot read the baseline: {e.Message}";
            return null;
        }
        Policy baseline;
        try
        {
            baseline = CanonicalPolicyYamlReader.Read(text).Policy;
        }
        catch (CanonicalYamlException e)
        {
            line = e.Line;
            problem = $"policy \"{record.Name}\": the baseline is not an audit-policy.yaml written by PolicyKit ({e.Message}); point PolicyKitBaseline at a released copy, or compare other YAML with 'policykit diff'";
            return null;
        }
        foreach (var finding in PolicyValidator.Validate(baseline, KubernetesVersion.Latest))
        {
            if (finding.Severity == Severity.Error)
            {
                problem = $"policy \"{record.Name}\": the apiserver would refuse the baseline: {finding}";
                return null;
            }
        }
        var current = CanonicalPolicyYamlReader.Read(record.Yaml).Policy;
        PolicyDiffReport report;
        try
        {
            report = PolicyDiffReport.Compare(new DiffSide(baselineFile, baseline), new DiffSide($"{record.Name} ({record.ClassName})", current),
                DiffVersions.Latest);
        }
        catch (Exception e) when (e is AnalysisDefectException or DiffBudgetExceededException)
        {
            problem = $"policy \"{record.Name}\": {e.Message}";
            return null;
        }
        return new[]
        {
            new KeyValuePair<string, byte[]>(MarkdownFileName, Utf8.GetBytes(DiffMarkdownWriter.Write(report))),
            new KeyValuePair<string, byte[]>(JsonFileName, Utf8.GetBytes(DiffJsonWriter.Write(report))),
        };
    }
}
