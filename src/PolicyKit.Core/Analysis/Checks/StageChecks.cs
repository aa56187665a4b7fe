using System.Collections.Generic;
using System.Linq;
using PolicyKit.Diagnostics;
using PolicyKit.Validation;

namespace PolicyKit.Analysis;

/// <summary>PK1030 RequestReceived kept; PK1046 ResponseStarted omitted where failed authentications are recorded.</summary>
internal static class StageChecks
{
    public static IEnumerable<PolicyFinding> Run(AnalysisContext context, IReadOnlyList<RuleWitness> witnesses)
    {
        var keeping = witnesses.FirstOrDefault(w => w.Reachable && context.DecisionOf(w.Rule) is { Level: not Level.None } d
            && (d.OmitStages & Stages.RequestReceived) == 0);
        if (keeping is { Witness: { } shown })
        {
            yield return AnalysisContext.Finding(DiagnosticIds.RequestReceivedKept, FindingTarget.PolicyField("omitStages"),
                $"the RequestReceived stage is recorded (e.g. for {shown}, decided by {context.Label(keeping.Rule)}): every such request then writes an extra event that carries nothing the later stages lack. Add RequestReceived to the policy's omitStages",
                shown);
        }
        var noUser = new UserSet(true, StringSet.Empty, GroupSet.Any);
        var region = new[] { RequestCube.All(true).With(user: noUser), RequestCube.All(false).With(user: noUser) };
        for (var rule = 0; rule < context.Rules.Count; rule++)
        {
            var decision = context.DecisionOf(rule);
            if (decision.Level == Level.None || (decision.OmitStages & Stages.ResponseStarted) == 0
                || context.DecidedWitness(rule, region) is not { } witness)
            {
                continue;
            }
            var where = (context.Policy.OmitStages & Stages.ResponseStarted) != 0 ? FindingTarget.PolicyField("omitStages") : FindingTarget.OfRule(rule, "omitStages");
            yield return AnalysisContext.Finding(DiagnosticIds.ResponseStartedOmitted, where,
                $"{context.Label(rule)} omits ResponseStarted, the only stage at which requests that fail authentication are recorded: {witness} leaves no event. Long-running requests (watch, exec) also lose their start",
                witness);
            if (where.Rule is null)
            {
                yield break;
            }
        }
    }
}
