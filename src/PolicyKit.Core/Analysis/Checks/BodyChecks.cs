using System.Collections.Generic;
using System.Linq;
using PolicyKit.Diagnostics;
using PolicyKit.Validation;

namespace PolicyKit.Analysis;

/// <summary>PK1010 credentials logged with their bodies; PK1011 body logging over whole groups or high-volume lists and watches.</summary>
internal static class BodyChecks
{
    private sealed record Sensitive(Target Target, Level From, string Why);

    private static readonly string[] BodyWrites = { "create", "update", "patch" };

    /// <summary>
    /// Which bodies carry credentials, per verb: the response of every verb on secrets and configmaps holds
    /// the data, and so does the request of create/update/patch; a TokenReview's request holds the token
    /// under review; a TokenRequest's response holds the minted token.
    /// </summary>
    private static readonly Sensitive[] SensitiveBodies =
    {
        new(Target.On("", "secrets", null, Target.AllVerbs, "secrets"), Level.RequestResponse, "the response body holds the secret's data"),
        new(Target.On("", "secrets", null, BodyWrites, "secrets"), Level.Request, "the request body holds the secret's data"),
        new(Target.On("", "configmaps", null, Target.AllVerbs, "configmaps"), Level.RequestResponse, "the response body holds the configmap's data"),
        new(Target.On("", "configmaps", null, BodyWrites, "configmaps"), Level.Request, "the request body holds the configmap's data"),
        new(Target.On("authentication.k8s.io", "tokenreviews", null, new[] { "create" }, "tokenreviews"), Level.Request, "the request body holds the bearer token under review"),
        new(Target.On("", "serviceaccounts", "token", new[] { "create" }, "serviceaccounts/token"), Level.RequestResponse, "the response body holds the minted token"),
    };

    private static readonly (string Group, string Resource)[] HighVolume =
    {
        ("", "pods"), ("", "events"), ("", "endpoints"), ("", "nodes"), ("", "configmaps"), ("", "secrets"), ("events.k8s.io", "events"),
        ("apps", "replicasets"), ("discovery.k8s.io", "endpointslices"), ("coordination.k8s.io", "leases"),
    };

    public static IEnumerable<PolicyFinding> Run(AnalysisContext context, IReadOnlyList<RuleWitness> witnesses)
    {
        var reported = new HashSet<(int, string)>();
        foreach (var s in SensitiveBodies)
        {
            for (var rule = 0; rule < context.Rules.Count; rule++)
            {
                if (context.LevelOf(rule) < s.From || reported.Contains((rule, s.Target.Label))
                    || context.DecidedWitness(rule, new[] { s.Target.Cube }) is not { } witness)
                {
                    continue;
                }
                reported.Add((rule, s.Target.Label));
                yield return AnalysisContext.Finding(DiagnosticIds.SensitiveBodies, FindingTarget.OfRule(rule, "level"),
                    $"{context.Label(rule)} logs {s.Target.Label} at {context.LevelOf(rule)}, and {s.Why}: e.g. {witness}. Log {s.Target.Label} at Metadata in an earlier rule",
                    witness);
            }
        }
        foreach (var w in witnesses.Where(w => w.Reachable && context.Rules[w.Rule].Level >= Level.Request))
        {
            foreach (var finding in OverBroad(context, w.Rule))
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<PolicyFinding> OverBroad(AnalysisContext context, int i)
    {
        var rule = context.Rules[i];
        // Breadth matters where bodies are big and many: not for one identity's requests, and at Request level
        // only for verbs that send a body (get, list, watch and delete send none worth the name).
        var bodyVerbs = rule.Level == Level.RequestResponse ? Target.AllVerbs : BodyWrites;
        var sendsBodies = rule.Verbs.IsEmpty || rule.Verbs.Any(bodyVerbs.Contains);
        if (rule.Users.IsEmpty && rule.UserGroups.IsEmpty && sendsBodies && !rule.IsNonResourceRule && rule.Resources.IsEmpty)
        {
            yield return AnalysisContext.Finding(DiagnosticIds.OverBroadBodies, FindingTarget.OfRule(i, "level"),
                $"{context.Label(i)} logs bodies ({rule.Level}) of every resource of every group it reaches: name the resources whose bodies you need");
        }
        var broad = new List<(int Entry, string What)>();
        for (var g = 0; g < rule.Resources.Count; g++)
        {
            var entry = rule.Resources[g];
            if (entry.Group == "*" && !context.Version.SupportsGroupWildcard)
            {
                continue; // a literal group "*" matches nothing before 1.36 (PK1040)
            }
            var what = entry.Group == "*" && context.Version.SupportsGroupWildcard ? "every group"
                : entry.Resources.IsEmpty || entry.Resources.Contains("*") ? GroupName(entry.Group) : null;
            if (what is not null)
            {
                broad.Add((g, what));
            }
        }
        if (broad.Count > 0 && rule.Users.IsEmpty && rule.UserGroups.IsEmpty && sendsBodies)
        {
            var names = broad.Count == 1 ? broad[0].What
                : $"{broad.Count} groups ({string.Join(", ", broad.Take(3).Select(b => b.What))}{(broad.Count > 3 ? ", ..." : "")})";
            yield return AnalysisContext.Finding(DiagnosticIds.OverBroadBodies,
                FindingTarget.ResourceEntry(i, broad[0].Entry),
                $"{context.Label(i)} logs bodies ({rule.Level}) of every resource of {names}: name the resources whose bodies you need");
        }
        if (rule.Level < Level.RequestResponse)
        {
            yield break;
        }
        foreach (var (group, resource) in HighVolume)
        {
            var target = Target.On(group, resource, null, new[] { "list", "watch" });
            if (context.DecidedWitness(i, new[] { target.Cube }) is { } witness)
            {
                yield return AnalysisContext.Finding(DiagnosticIds.OverBroadBodies, FindingTarget.OfRule(i, "level"),
                    $"{context.Label(i)} logs the response bodies of list and watch on {target.Label.Substring("list/watch ".Length)} (RequestResponse): every list returns every object, every watch streams them: e.g. {witness}. Log these at Metadata or Request",
                    witness);
                yield break;
            }
        }
    }

    internal static string GroupName(string group) => group.Length == 0 ? "the core group" : "group " + group;
}
