using System.Collections.Generic;
using System.IO;
using System.Linq;
using PolicyKit.Yaml;

namespace PolicyKit.Benchmarks;

/// <summary>
/// A large policy made of real rules: every rule of the policies in tests/fixtures/policies, copied per team (resource
/// rules narrowed to the team's namespace, the others to its user), then the originals with their catch-alls — the
/// shapes real policies have, at the size of a big cluster's policy. Deterministic.
/// </summary>
internal static class RealRulePolicy
{
    public static Policy Create(string fixturesFolder, int ruleCount)
    {
        var originals = Directory.GetFiles(fixturesFolder, "*.yaml").OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(p => PolicyYamlReader.ReadFile(p).Policy)
            .Where(p => p is not null)
            .SelectMany(p => p!.Rules)
            .ToList();
        var rules = new List<PolicyRule>();
        for (var team = 1; rules.Count < ruleCount - originals.Count; team++)
        {
            foreach (var rule in originals)
            {
                if (rules.Count == ruleCount - originals.Count)
                {
                    break;
                }
                rules.Add(rule.IsNonResourceRule
                    ? rule with { Users = new EquatableArray<string>(new[] { $"team-{team}-operator" }) }
                    : rule with { Namespaces = new EquatableArray<string>(new[] { $"team-{team}" }) });
            }
        }
        rules.AddRange(originals);
        return new Policy(new EquatableArray<PolicyRule>(rules.ToArray())) { OmitStages = Stages.RequestReceived };
    }

    /// <summary>The policy with rule <paramref name="index"/> one level louder (or None when it already logs everything).</summary>
    public static Policy WithLevelChanged(Policy policy, int index)
    {
        var rules = policy.Rules.ToArray();
        rules[index] = rules[index] with { Level = rules[index].Level == Level.RequestResponse ? Level.None : rules[index].Level + 1 };
        return policy with { Rules = new EquatableArray<PolicyRule>(rules) };
    }
}
