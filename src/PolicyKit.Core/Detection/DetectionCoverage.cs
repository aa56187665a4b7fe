using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Detection;

/// <summary>A detection rule that the policy leaves blind for some request it targets (PK2010), with the witness.</summary>
public sealed record DetectionCoverageFinding(string RuleId, AuditRequest Witness, Level Needed, AuditDecision Decision, string? PolicyRuleName, string Message);

/// <summary>
/// PK2010: does the policy log what each detection reads, for every request the detection targets?
/// A first version that needs no general analysis engine: it decides a finite set of candidate requests
/// with the reference evaluator. Candidates are every combination of the rule's required resources,
/// subresources and verbs (all verbs when it pins none) with the API groups, users, groups and namespaces
/// the policy names plus an "other" one of each. A candidate counts only if the rule can match it as far
/// as the request's own attributes tell (the rest of the event, bodies included, is taken as unknown).
/// Rules that pin no resource are not checked (there is nothing finite to enumerate).
/// </summary>
public static class DetectionCoverage
{
    private static readonly string[] AllVerbs = ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"];
    private const string OtherUser = "policykit:other-user";
    private const string OtherGroup = "policykit:other-group";
    private const string OtherNamespace = "policykit-other-namespace";

    /// <param name="policy">The audit policy.</param>
    /// <param name="rules">The detections' IR.</param>
    /// <param name="version">The apiserver version whose semantics decide.</param>
    /// <param name="resolve">
    /// The API groups that serve a resource and whether it is namespaced (from the catalog); without it,
    /// or for a resource it does not know, every group the policy names and both scopes are tried.
    /// </param>
    public static IReadOnlyList<DetectionCoverageFinding> Check(Policy policy, IEnumerable<DetectionInfo> rules, KubernetesVersion? version = null,
        Func<string, IReadOnlyList<(string Group, bool Namespaced)>>? resolve = null)
    {
        var evaluator = new PolicyEvaluator(policy, version);
        var rulesOfPolicy = policy.Rules.AsArray();
        // The "other" values first: a witness about an ordinary user is the telling one.
        var apiGroups = Distinct([""], rulesOfPolicy.SelectMany(r => r.Resources).Select(g => g.Group).Where(g => g != "*"));
        var users = Distinct([OtherUser], rulesOfPolicy.SelectMany(r => r.Users));
        var groups = new[] { new[] { OtherGroup } }.Concat(rulesOfPolicy.SelectMany(r => r.UserGroups).Distinct(StringComparer.Ordinal).Select(g => new[] { g })).ToList();
        var namespaces = Distinct([OtherNamespace], rulesOfPolicy.SelectMany(r => r.Namespaces).Where(n => n != "*"));
        var findings = new List<DetectionCoverageFinding>();
        foreach (var rule in rules)
        {
            var req = rule.Requirements;
            if (req.Resources.IsEmpty)
            {
                continue;
            }
            var found = Witness(rule, req, evaluator, policy, resolve, apiGroups, users, groups, namespaces);
            if (found is { } f)
            {
                findings.Add(f);
            }
        }
        return findings;
    }

    private static DetectionCoverageFinding? Witness(DetectionInfo rule, DetectionRequirements req, PolicyEvaluator evaluator, Policy policy,
        Func<string, IReadOnlyList<(string Group, bool Namespaced)>>? resolve, IReadOnlyList<string> policyGroups, IReadOnlyList<string> users, IReadOnlyList<string[]> groups, IReadOnlyList<string> namespaces)
    {
        var subresources = req.Subresources.IsEmpty ? [""] : req.Subresources.AsArray();
        var verbs = req.Verbs.IsEmpty ? AllVerbs : req.Verbs.AsArray();
        foreach (var resource in req.Resources)
        {
            var known = resolve?.Invoke(resource) ?? [];
            var apiGroups = known.Count > 0 ? known.Select(k => k.Group).Distinct(StringComparer.Ordinal).ToList() : policyGroups;
            // Namespaced requests may also have none (a list across namespaces); the rule's own namespaces are candidates too.
            var scoped = known.Count > 0 && !known.Any(k => k.Namespaced) ? [""]
                : Distinct(namespaces, Constants(rule.Condition, EventField.Namespace).Append(""));
            var ruleUsers = Distinct(users, Constants(rule.Condition, EventField.Username));
            foreach (var sub in subresources)
            {
                foreach (var verb in verbs)
                {
                    foreach (var group in apiGroups)
                    {
                        foreach (var ns in scoped)
                        {
                            foreach (var user in ruleUsers)
                            {
                                foreach (var userGroups in groups)
                                {
                                    var request = AuditRequest.ForResource(user, userGroups, verb, group, resource, sub, ns, "");
                                    if (RequestRules.Out(rule.Condition, request, rule.Stage))
                                    {
                                        continue;
                                    }
                                    var decision = evaluator.Evaluate(request);
                                    var stageOmitted = (decision.OmitStages & (Stages)(1 << (int)rule.Stage)) != 0;
                                    var neededHere = RequestRules.Needs(rule.Condition, request, rule.Stage);
                                    if (decision.Level >= neededHere && !stageOmitted)
                                    {
                                        continue;
                                    }
                                    return Finding(rule, neededHere, request, decision, stageOmitted, policy);
                                }
                            }
                        }
                    }
                }
            }
        }
        return null;
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

    private static IReadOnlyList<string> Distinct(IEnumerable<string> first, IEnumerable<string> then)
        => first.Concat(then).Distinct(StringComparer.Ordinal).ToList();

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

        private static bool? Eval(DetectionCondition c, RequestEvent e)
        {
            switch (c)
            {
                case AllOf all:
                    var allResult = (bool?)true;
                    foreach (var x in all.Items)
                    {
                        var v = Eval(x, e);
                        if (v == false)
                        {
                            return false;
                        }
                        if (v is null)
                        {
                            allResult = null;
                        }
                    }
                    return allResult;
                case AnyOf any:
                    var anyResult = (bool?)false;
                    foreach (var x in any.Items)
                    {
                        var v = Eval(x, e);
                        if (v == true)
                        {
                            return true;
                        }
                        if (v is null)
                        {
                            anyResult = null;
                        }
                    }
                    return anyResult;
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
