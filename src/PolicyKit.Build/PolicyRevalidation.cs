using System.Collections.Generic;
using System.Linq;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Build;

/// <summary>
/// Checks a compiled policy record again before its YAML becomes a release artifact. The task ships
/// no YAML library: the generator writes YAML with Core's canonical writer, so Core's canonical
/// reader reads it back exactly (it refuses any text the writer would not write byte for byte), and
/// the model it yields goes through the apiserver's validation, as a YAML policy would.
/// </summary>
internal static class PolicyRevalidation
{
    /// <summary>Problems that forbid shipping the policy; empty when the YAML may be written.</summary>
    public static IReadOnlyList<string> Problems(PolicyRecord record)
    {
        if (!KubernetesVersion.TryParse(record.MinKubernetesVersion, out var version))
        {
            return new[] { $"MinKubernetesVersion \"{record.MinKubernetesVersion}\" is not a Kubernetes version PolicyKit knows" };
        }
        CanonicalPolicy read;
        try
        {
            read = CanonicalPolicyYamlReader.Read(record.Yaml);
        }
        catch (CanonicalYamlException e)
        {
            return new[] { $"its YAML cannot be read back (line {e.Line}: {e.Message})" };
        }
        var problems = new List<string>();
        if (read.Policy.Rules.Count != record.RuleCount)
        {
            problems.Add($"its YAML has {read.Policy.Rules.Count} rules where the record says {record.RuleCount}");
        }
        problems.AddRange(PolicyValidator.Validate(read.Policy, version).Where(f => f.Severity == Severity.Error).Select(f => "the apiserver would refuse it: " + f));
        return problems;
    }
}
