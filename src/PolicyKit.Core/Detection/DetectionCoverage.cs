using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Detection;

/// <summary>A detection rule that the policy leaves blind for some request it targets (PK2010), with the witness.</summary>
public sealed record DetectionCoverageFinding(string RuleId, AuditRequest Witness, Level Needed, AuditDecision Decision, string? PolicyRuleName, string Message);

/// <summary>
/// PK2010: does the policy log what each detection reads, for every request it targets? The requests a
/// rule targets (its required resources, subresources and verbs; the groups that serve each resource) are
/// routed through the policy exactly (<see cref="Analysis.PolicySpace"/>): for every policy rule, and the
/// implicit None, the pieces of the target it decides. Each piece is tried as a concrete request, and also
/// narrowed to each user, group and namespace the detection compares with, so that a rule about one
/// identity meets that identity. A request counts when the rule can match it as far as its own
/// attributes tell (bodies and the rest of the event unknown) and the deciding rule's level is below what
/// the rule needs there, or omits the rule's stage. Rules that pin no resource are not checked: without
/// the rest of the event (the URL, annotations) almost every request could be theirs.
/// </summary>
public static class DetectionCoverage
{
    /// <summary>How many pieces of one deciding rule's share of a target are tried before the next rule.</summary>
    private const int PieceBudget = 64;

    /// <param name="policy">The audit policy.</param>
    /// <param name="rules">The detections' IR.</param>
    /// <param name="version">The apiserver version whose semantics decide.</param>
    /// <param name="resolve">
    /// The API groups that serve a resource and whether it is namespaced; without it, the Kubernetes API
    /// catalog's, and any group for a resource the catalog does not know (a custom resource).
    /// </param>
    public static IReadOnlyList<DetectionCoverageFinding> Check(Policy policy, IEnumerable<DetectionInfo> rules, KubernetesVersion? version = null,
        Func<string, IReadOnlyList<(string Group, bool Namespaced)>>? resolve = null)
    {
        var space = new Analysis.PolicySpace(policy, version ?? KubernetesVersion.Latest);
        var evaluator = new PolicyEvaluator(policy, version);
        var findings = new List<DetectionCoverageFinding>();
        foreach (var rule in rules)
        {
            if (rule.Requirements.Resources.IsEmpty)
            {
                continue;
            }
            if (Witness(rule, Targets(rule.Requirements, resolve), space, evaluator, policy) is { } f)
            {
                findings.Add(f);
            }
        }
        return findings;
    }

    /// <summary>The requests a rule can be about, from what it requires: one cube per resource.</summary>
    private static List<Analysis.RequestCube> Targets(DetectionRequirements req, Func<string, IReadOnlyList<(string Group, bool Namespaced)>>? resolve)
    {
        var targets = new List<Analysis.RequestCube>();
        foreach (var resource in req.Resources)
        {
            var known = resolve?.Invoke(resource)
                ?? KubernetesCatalog.Resources.Where(r => r.Resource == resource && r.Subresource is null).Select(r => (r.Group, r.Scope == ResourceScope.Namespaced)).ToList();
            targets.Add(Analysis.RequestCube.All(true).With(
                verb: req.Verbs.IsEmpty ? Analysis.StringSet.Any : Analysis.StringSet.Of(req.Verbs),
                group: known.Count > 0 ? Analysis.StringSet.Of(known.Select(k => k.Group)) : Analysis.StringSet.Any,
                resource: Analysis.StringSet.Of(resource),
                subresource: req.Subresources.IsEmpty ? Analysis.StringSet.Of("") : Analysis.StringSet.Of(req.Subresources),
                // A namespace object's own requests carry its name as namespace (get namespaces/kube-system).
                ns: known.Count > 0 && !known.Any(k => k.Namespaced) && resource != "namespaces" ? Analysis.StringSet.Of("") : Analysis.StringSet.Any));
        }
        return targets;
    }

    private static DetectionCoverageFinding? Witness(DetectionInfo rule, List<Analysis.RequestCube> targets, Analysis.PolicySpace space, PolicyEvaluator evaluator, Policy policy)
    {
        var stageBit = (Stages)(1 << (int)rule.Stage);
        foreach (var deciding in Enumerable.Range(0, policy.Rules.Count).Append(-1))
        {
            var pieces = deciding < 0 ? space.Escaping(targets) : space.DecidedBy(deciding, targets);
            foreach (var piece in pieces.Take(PieceBudget))
            {
                foreach (var candidate in Variants(piece, rule.Condition))
                {
                    var request = Analysis.WitnessBuilder.Build(candidate);
                    if (RequestRules.Out(rule.Condition, request, rule.Stage))
                    {
                        continue;
                    }
                    var decision = evaluator.Evaluate(request);
                    var stageOmitted = (decision.OmitStages & stageBit) != 0;
                    var needed = RequestRules.Needs(rule.Condition, request, rule.Stage);
                    if (decision.Level >= needed && !stageOmitted)
                    {
                        continue;
                    }
                    return Finding(rule, needed, request, decision, stageOmitted, policy);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The piece, the piece narrowed to each of its verbs (a rule may read another body per verb: the patch
    /// body is no object), and to each user, group and namespace the detection compares with.
    /// </summary>
    private static IEnumerable<Analysis.RequestCube> Variants(Analysis.RequestCube piece, DetectionCondition condition)
    {
        yield return piece;
        if (!piece.Verb.IsCofinite)
        {
            foreach (var verb in piece.Verb.Items)
            {
                yield return piece.With(verb: Analysis.StringSet.Of(verb));
            }
        }
        foreach (var user in Constants(condition, EventField.Username).Distinct(StringComparer.Ordinal))
        {
            if (piece.User.Names.Contains(user) && user.Length > 0)
            {
                yield return piece.With(user: new Analysis.UserSet(false, Analysis.StringSet.Of(user), piece.User.Groups));
            }
        }
        foreach (var group in Constants(condition, EventField.Groups).Distinct(StringComparer.Ordinal))
        {
            var groups = piece.User.Groups.Intersect(Analysis.GroupSet.InAnyOf([group]));
            if (groups.IsSatisfiable && !piece.User.Names.IsEmpty)
            {
                yield return piece.With(user: new Analysis.UserSet(false, piece.User.Names, groups));
            }
        }
        foreach (var ns in Constants(condition, EventField.Namespace).Distinct(StringComparer.Ordinal))
        {
            if (piece.Namespace.Contains(ns))
            {
                yield return piece.With(ns: Analysis.StringSet.Of(ns));
            }
        }
    }

    private static DetectionCoverageFinding Finding(DetectionInfo rule, Level needed, AuditRequest request, AuditDecision decision, bool stageOmitted, Policy policy)
    {
        var target = request.Resource + (request.Subresource.Length > 0 ? "/" + request.Subresource : "") + " " + request.Verb;
        var name = decision.Rule is { } i ? policy.Rules[i].Name : null;
        var decider = decision.Rule is { } index ? $"rule {index}" + (name is null ? "" : $" '{name}'") : "no rule (level None)";
        var what = needed switch
        {
            Level.Request => "reads requestObject of",
            Level.RequestResponse => "reads responseObject of",
            _ => "reads events of",
        };
        var message = stageOmitted
            ? $"{rule.Id} {what} {target} at stage {rule.Stage}, which {decider} omits"
            : $"{rule.Id} {what} {target}, which {decider} logs at {decision.Level}";
        var who = request.User is null ? "no user" : $"user \"{request.User}\"";
        var groups = request.Groups.Count > 0 ? $", groups [{string.Join(", ", request.Groups)}]" : "";
        var where = request.Namespace.Length > 0 ? $", namespace \"{request.Namespace}\"" : ", cluster-scope";
        var group = $"apiGroup \"{request.ApiGroup}\"";
        return new DetectionCoverageFinding(rule.Id, request, needed, decision, name,
            $"{message} (witness: {who}{groups}{where}, {group}; the rule needs {(stageOmitted ? rule.Stage + " events" : "level " + needed)})");
    }

    /// <summary>The string constants the rule compares a field with (==, In): requests the rule is about.</summary>
    private static IEnumerable<string> Constants(DetectionCondition c, EventField field) => c switch
    {
        AllOf all => all.Items.SelectMany(x => Constants(x, field)),
        AnyOf any => any.Items.SelectMany(x => Constants(x, field)),
        NotCondition not => Constants(not.Inner, field),
        CompareCondition { Left: FieldValue l, Right: ConstValue { Text: { } r } } when l.Field == field => [r],
        InListCondition { Subject: FieldValue f } list when f.Field == field => list.Values,
        _ => [],
    };

    /// <summary>
    /// Whether the rule surely cannot match a request with these attributes: its condition, in three-valued
    /// logic, with everything the request does not determine (bodies, annotations, agents...) unknown.
    /// </summary>
    private static class RequestRules
    {
        private static readonly HashSet<EventField> Determined =
        [
            EventField.Verb, EventField.Stage, EventField.Username, EventField.Groups, EventField.Resource, EventField.Subresource,
            EventField.Namespace, EventField.ApiGroup,
        ];

        public static bool Out(DetectionCondition condition, AuditRequest request, Stage stage)
            => Eval(condition, new RequestEvent(request, stage)) == false;

        /// <summary>The level the rule needs for this request: what the branches that can still hold for it read.</summary>
        public static Level Needs(DetectionCondition condition, AuditRequest request, Stage stage)
            => Needs(condition, new RequestEvent(request, stage));

        private static Level Needs(DetectionCondition c, RequestEvent e)
        {
            if (Eval(c, e) == false)
            {
                return Level.Metadata;
            }
            return c switch
            {
                AllOf all => all.Items.Select(x => Needs(x, e)).DefaultIfEmpty(Level.Metadata).Max(),
                AnyOf any => any.Items.Select(x => Needs(x, e)).DefaultIfEmpty(Level.Metadata).Max(),
                NotCondition not => DetectionNeeds.LevelFor(not.Inner),
                _ => DetectionNeeds.LevelFor(c),
            };
        }

        /// <summary>
        /// Three-valued AND (<paramref name="decisive"/> false) or OR (true): one decisive value decides;
        /// otherwise an unknown item makes the whole unknown.
        /// </summary>
        private static bool? Kleene(IEnumerable<DetectionCondition> items, RequestEvent e, bool decisive)
        {
            var result = (bool?)!decisive;
            foreach (var x in items)
            {
                var v = Eval(x, e);
                if (v == decisive)
                {
                    return decisive;
                }
                if (v is null)
                {
                    result = null;
                }
            }
            return result;
        }

        private static bool? Eval(DetectionCondition c, RequestEvent e)
        {
            switch (c)
            {
                case AllOf all:
                    return Kleene(all.Items, e, decisive: false);
                case AnyOf any:
                    return Kleene(any.Items, e, decisive: true);
                case NotCondition not:
                    return !Eval(not.Inner, e);
                default:
                    return IsDetermined(c) ? DetectionInterpreter.Matches(c, e) : null;
            }
        }

        private static bool IsDetermined(DetectionCondition c) => c switch
        {
            ConstantCondition => true,
            TruthCondition t => IsDetermined(t.Value),
            CompareCondition cmp => IsDetermined(cmp.Left) && IsDetermined(cmp.Right),
            TextCondition text => IsDetermined(text.Subject),
            InListCondition list => IsDetermined(list.Subject),
            AnyItemCondition anyItem => IsDetermined(anyItem.Collection) && IsDeterminedItem(anyItem.Predicate),
            _ => false,
        };

        private static bool IsDeterminedItem(DetectionCondition c) => c switch
        {
            AllOf all => all.Items.All(IsDeterminedItem),
            AnyOf any => any.Items.All(IsDeterminedItem),
            NotCondition not => IsDeterminedItem(not.Inner),
            CompareCondition cmp => IsDeterminedItemValue(cmp.Left) && IsDeterminedItemValue(cmp.Right),
            TextCondition text => IsDeterminedItemValue(text.Subject),
            InListCondition list => IsDeterminedItemValue(list.Subject),
            _ => IsDetermined(c),
        };

        private static bool IsDeterminedItemValue(DetectionValue v) => v is BodyValue { Root: BodyRoot.Item, Steps.IsEmpty: true } || IsDetermined(v);

        private static bool IsDetermined(DetectionValue v) => v switch
        {
            ConstValue => true,
            FieldValue f => Determined.Contains(f.Field),
            _ => false,
        };
    }

    /// <summary>An event that holds only what a request determines.</summary>
    private sealed class RequestEvent(AuditRequest request, Stage stage) : IDetectionEvent
    {
        public long? ResponseCode => null;

        public IBodyNode? Body(BodyRoot root) => null;

        public string Get(EventField field, string argument = "") => field switch
        {
            EventField.Verb => request.Verb,
            EventField.Stage => stage.ToString(),
            EventField.Username => request.User ?? "",
            EventField.Resource => request.Resource,
            EventField.Subresource => request.Subresource,
            EventField.Namespace => request.Namespace,
            EventField.ApiGroup => request.ApiGroup,
            _ => "",
        };

        public IReadOnlyList<string> GetList(EventField field, string argument = "")
            => field == EventField.Groups ? request.Groups : Array.Empty<string>();
    }
}
