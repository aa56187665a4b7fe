using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PolicyKit.Events.Reading;
using PolicyKit.Tests;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Benchmarks.Scale;

/// <summary>
/// The real-shaped large policies of issue 17 (tests/Shared/RealShapedPolicy.cs): team variants of every
/// rule of the real policies that kube-apiserver loads, GKE's default policy as the tail, and the worst-case
/// requests (a real cluster's log, whose users and namespaces belong to no team, so each falls through
/// every team rule to the tail).
/// </summary>
internal static class ScalePolicySet
{
    /// <summary>Events in tests/fixtures/events/immudb/k8s-metadata.jsonl (pinned: setup fails if it changes).</summary>
    public const int RequestCount = 2971;

    private static readonly Lazy<(IReadOnlyList<PolicyRule> Rules, Policy Tail)> Sources = new(Load);

    public static Policy Create(int ruleCount) => RealShapedPolicy.Create(Sources.Value.Rules, Sources.Value.Tail, ruleCount);

    public static Policy Tail => Sources.Value.Tail;

    /// <summary>The worst-case requests: every event of a real cluster's log, in log order.</summary>
    public static AuditRequest[] Requests()
    {
        var requests = new List<AuditRequest>();
        var bad = EventText.ForEachInFile(Fixtures.Events("immudb/k8s-metadata.jsonl"), e => requests.Add(e.ToRequest(detached: true))).Count;
        if (bad != 0 || requests.Count != RequestCount)
        {
            throw new InvalidOperationException($"expected {RequestCount} events, read {requests.Count} ({bad} bad lines); update RequestCount");
        }
        return requests.ToArray();
    }

    private static (IReadOnlyList<PolicyRule>, Policy) Load()
    {
        var policies = Directory.GetFiles(Path.GetDirectoryName(Fixtures.Policy("x"))!, "*.yaml")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => PolicyYamlReader.ReadFile(p).Policy)
            .Where(p => p is not null && !PolicyValidator.Validate(p, KubernetesVersion.Latest).Any(f => f.Severity == Severity.Error))
            .Select(p => p!)
            .ToList();
        var tail = PolicyYamlReader.ReadFile(Fixtures.Policy("gke-gce-default.yaml")).Policy!;
        return (RealShapedPolicy.RealRules(policies), tail);
    }
}
