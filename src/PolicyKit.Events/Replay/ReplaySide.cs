using System;

namespace PolicyKit.Events.Replay;

/// <summary>
/// One policy a log is replayed through: its name, its model (for the rules' names and count) and how it
/// decides a request (the reference evaluator, or a built assembly's compiled matcher).
/// </summary>
public sealed record ReplaySide(string Name, Policy Policy, Func<AuditRequest, AuditDecision> Decide)
{
    /// <summary>Decides with the reference evaluator at <paramref name="version"/>.</summary>
    public static ReplaySide Evaluated(string name, Policy policy, KubernetesVersion version)
    {
        var evaluator = new PolicyEvaluator(policy, version);
        return new ReplaySide(name, policy, request => evaluator.Evaluate(request));
    }
}
