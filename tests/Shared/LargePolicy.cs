using System;
using System.Collections.Generic;

namespace PolicyKit.Tests;

/// <summary>
/// A large, realistic policy for analysis tests and benchmarks: per-team None carve-outs, per-namespace
/// Request rules for writes, per-resource Metadata rules, URL rules, and a catch-all — deterministic.
/// </summary>
internal static class LargePolicy
{
    private static readonly string[] Resources = ["pods", "deployments", "services", "configmaps", "secrets", "jobs", "ingresses", "roles", "leases", "events"];
    private static readonly string[] Groups = ["", "apps", "", "", "", "batch", "networking.k8s.io", "rbac.authorization.k8s.io", "coordination.k8s.io", ""];

    public static Policy Create(int ruleCount)
    {
        var random = new Random(42);
        var rules = new List<PolicyRule>();
        for (var i = 0; rules.Count < ruleCount - 1; i++)
        {
            var k = random.Next(Resources.Length);
            var entry = new GroupResources(Groups[k], new EquatableArray<string>([Resources[k], Resources[(k + 1) % Resources.Length] + "/status"]));
            var kind = i % 5;
            rules.Add(kind switch
            {
                0 => new PolicyRule(Level.None) { Users = new(["system:serviceaccount:team-" + (i % 37) + ":bot"]), Verbs = new(["get", "list", "watch"]), Resources = new([entry]) },
                1 => new PolicyRule(Level.Request) { Namespaces = new(["team-" + (i % 41)]), Verbs = new(["create", "update", "patch"]), Resources = new([entry]) },
                2 => new PolicyRule(Level.Metadata) { UserGroups = new(["group-" + (i % 23)]), Resources = new([entry]) },
                3 => new PolicyRule(Level.None) { NonResourceUrls = new(["/healthz/" + i + "*", "/metrics/" + i]) },
                _ => new PolicyRule(Level.RequestResponse) { Verbs = new(["delete"]), Namespaces = new(["team-" + (i % 13)]), Resources = new([entry]) },
            });
        }
        rules.Add(new PolicyRule(Level.Metadata));
        return new Policy(new EquatableArray<PolicyRule>(rules)) { OmitStages = Stages.RequestReceived };
    }
}
