using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PolicyKit.Generators.Emitters;

/// <summary>
/// Emits <c>Evaluate(in AuditRequest)</c> specialised for one policy: a branch on resource vs
/// non-resource request, then the rules that can match that kind in order, each an inlined test
/// (switches on user, verb, namespace, group and resource strings; precomputed decisions). No loop
/// over rules and no allocation at run time. Exact for every request, including odd strings: the
/// cases follow kube-apiserver's matcher clause by clause (see PolicyEvaluator).
/// </summary>
internal static class MatcherEmitter
{
    private const string Request = "global::PolicyKit.AuditRequest";
    private const string Decision = "global::PolicyKit.AuditDecision";

    public static void Write(SourceWriter w, Policy policy)
    {
        w.Line("/// <summary>Decides a request exactly as kube-apiserver would with this policy: first matching rule wins.</summary>");
        w.Open($"public static {Decision} Evaluate(in {Request} request)");
        w.Open("if (request.IsResourceRequest)");
        for (var i = 0; i < policy.Rules.Count; i++)
        {
            if (!policy.Rules[i].IsNonResourceRule)
            {
                w.Line($"if (PolicyKitMatcher.Rule{I(i)}(in request)) return {DecisionOf(policy, i)};");
            }
        }
        w.Close();
        w.Open("else");
        for (var i = 0; i < policy.Rules.Count; i++)
        {
            if (!policy.Rules[i].IsResourceRule)
            {
                w.Line($"if (PolicyKitMatcher.Rule{I(i)}(in request)) return {DecisionOf(policy, i)};");
            }
        }
        w.Close();
        w.Line($"return new {Decision}(global::PolicyKit.Level.None, {CSharpLiterals.Stages(policy.OmitStages)}, {CSharpLiterals.Bool(policy.OmitManagedFields)}, -1);");
        w.Close();
        w.Line();
        w.Open("private static class PolicyKitMatcher");
        var helpers = new List<Action<SourceWriter>>();
        for (var i = 0; i < policy.Rules.Count; i++)
        {
            WriteRule(w, policy.Rules[i], i, helpers);
        }
        foreach (var helper in helpers)
        {
            helper(w);
        }
        w.Close();
    }

    private static string DecisionOf(Policy policy, int i)
    {
        var rule = policy.Rules[i];
        return $"new {Decision}(global::PolicyKit.Level.{rule.Level.ToName()}, {CSharpLiterals.Stages(policy.OmitStages | rule.OmitStages)}, " +
               $"{CSharpLiterals.Bool(rule.OmitManagedFields ?? policy.OmitManagedFields)}, {I(i)})";
    }

    private static void WriteRule(SourceWriter w, PolicyRule rule, int index, List<Action<SourceWriter>> helpers)
    {
        w.Line($"// rule {I(index)}{(rule.Name is null ? "" : " '" + Comment(rule.Name) + "'")}: {rule.Level.ToName()}");
        w.Open($"internal static bool Rule{I(index)}(in {Request} request)");
        if (!rule.Users.IsEmpty)
        {
            w.Line("if (request.User == null) return false;");
            Switch(w, "request.User", rule.Users, "return false;");
        }
        if (!rule.UserGroups.IsEmpty)
        {
            w.Line("if (request.User == null) return false;");
            w.Line("var groups = request.Groups;");
            w.Line("var inGroup = false;");
            w.Open("for (var i = 0; i < groups.Count && !inGroup; i++)");
            w.Open("switch (groups[i])");
            w.Line(string.Join(" ", rule.UserGroups.Distinct().Select(g => "case " + CSharpLiterals.String(g) + ":")) + " inGroup = true; break;");
            w.Close();
            w.Close();
            w.Line("if (!inGroup) return false;");
        }
        if (!rule.Verbs.IsEmpty)
        {
            Switch(w, "request.Verb", rule.Verbs, "return false;");
        }
        if (rule.IsResourceRule)
        {
            // Only called for resource requests.
            if (!rule.Namespaces.IsEmpty)
            {
                Switch(w, "request.Namespace", rule.Namespaces, "return false;");
            }
            WriteResources(w, rule.Resources, index, helpers);
        }
        else if (!rule.NonResourceUrls.IsEmpty)
        {
            // Only called for non-resource requests.
            WriteUrls(w, rule.NonResourceUrls);
        }
        else
        {
            w.Line("return true;");
        }
        w.Close();
    }

    private static void WriteResources(SourceWriter w, EquatableArray<GroupResources> resources, int rule, List<Action<SourceWriter>> helpers)
    {
        if (resources.IsEmpty)
        {
            w.Line("return true;");
            return;
        }
        // One helper per entry, so each group's case is a single boolean expression.
        var entries = new List<(GroupResources Entry, string Call)>();
        for (var j = 0; j < resources.Count; j++)
        {
            var entry = resources[j];
            var name = $"Rule{I(rule)}Entry{I(j)}";
            entries.Add((entry, $"{name}(request.Resource, request.Subresource, request.Name)"));
            helpers.Add(h => WriteEntry(h, name, entry));
        }
        // Group "*" (a wildcard from 1.36; the parser refuses it below) applies under every group.
        var any = entries.Where(e => e.Entry.Group == "*").Select(e => e.Call).ToList();
        var anyExpression = any.Count == 0 ? "false" : string.Join(" || ", any);
        var byGroup = entries.Where(e => e.Entry.Group != "*").GroupBy(e => e.Entry.Group, StringComparer.Ordinal).ToList();
        if (byGroup.Count == 0)
        {
            w.Line($"return {anyExpression};");
            return;
        }
        w.Open("switch (request.ApiGroup)");
        foreach (var group in byGroup)
        {
            w.Line($"case {CSharpLiterals.String(group.Key)}: return {string.Join(" || ", group.Select(e => e.Call).Concat(any))};");
        }
        w.Line($"default: return {anyExpression};");
        w.Close();
    }

    /// <summary>One GroupResources entry, its group already matched: true when resource, subresource and name match.</summary>
    private static void WriteEntry(SourceWriter w, string name, GroupResources entry)
    {
        w.Open($"private static bool {name}(string resource, string subresource, string name)");
        if (entry.Resources.IsEmpty)
        {
            // No resources: every resource of the group; the apiserver ignores resourceNames here.
            w.Line("return true;");
            w.Close();
            return;
        }
        if (!entry.ResourceNames.IsEmpty)
        {
            Switch(w, "name", entry.ResourceNames, "return false;");
        }
        WritePatterns(w, entry.Resources);
        w.Close();
    }

    private static void WritePatterns(SourceWriter w, EquatableArray<string> patterns)
    {
        if (patterns.Contains("*"))
        {
            w.Line("return true;");
            return;
        }
        // Per resource string: the subresource tests under which the pattern matches (see the class comment).
        var cases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var anyResource = new List<string>();
        var generic = new List<string>();
        void Case(string resource, string test)
        {
            if (!cases.TryGetValue(resource, out var tests))
            {
                cases[resource] = tests = new List<string>();
            }
            if (!tests.Contains(test))
            {
                tests.Add(test);
            }
        }
        foreach (var p in patterns.Distinct())
        {
            var slash = p.IndexOf('/');
            if (slash < 0 && p.Length > 0 && !p.Contains("*"))
            {
                // "pods": the bare resource.
                Case(p, "subresource.Length == 0");
                continue;
            }
            var oneSlash = slash > 0 && slash < p.Length - 1 && p.IndexOf('/', slash + 1) < 0;
            var res = oneSlash ? p.Substring(0, slash) : "";
            var sub = oneSlash ? p.Substring(slash + 1) : "";
            var wellFormed = oneSlash && (res == "*" || !res.Contains("*")) && (sub == "*" || !sub.Contains("*")) && !(res == "*" && sub == "*");
            if (!wellFormed)
            {
                generic.Add(p);
                continue;
            }
            // The pattern equals the request's combined "resource/subresource" (or a bare resource spelt like it).
            Case(p, "subresource.Length == 0");
            if (res == "*")
            {
                // "*/log": that subresource of any resource.
                anyResource.Add("subresource == " + CSharpLiterals.String(sub));
            }
            else if (sub == "*")
            {
                // "pods/*": pods with or without a subresource.
                Case(res, "true");
            }
            else
            {
                Case(res, "subresource == " + CSharpLiterals.String(sub));
            }
        }
        foreach (var test in anyResource)
        {
            w.Line($"if ({test}) return true;");
        }
        foreach (var p in generic)
        {
            // Shapes the apiserver accepts but that match only odd strings: its own clause-by-clause test.
            w.Line($"if (global::PolicyKit.PolicyEvaluator.ResourcePatternMatches({CSharpLiterals.String(p)}, resource, subresource)) return true;");
        }
        if (cases.Count == 0)
        {
            w.Line("return false;");
            return;
        }
        w.Open("switch (resource)");
        foreach (var kv in cases.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var test = kv.Value.Contains("true") ? "true" : string.Join(" || ", kv.Value);
            w.Line($"case {CSharpLiterals.String(kv.Key)}: return {test};");
        }
        w.Line("default: return false;");
        w.Close();
    }

    private static void WriteUrls(SourceWriter w, EquatableArray<string> urls)
    {
        if (urls.Any(u => u.Length > 0 && u.TrimEnd('*').Length == 0))
        {
            w.Line("return true;");
            return;
        }
        w.Line("var path = request.Path;");
        var exact = urls.Where(u => !u.EndsWith("*", StringComparison.Ordinal)).Distinct().ToList();
        if (exact.Count > 0)
        {
            Switch(w, "path", new EquatableArray<string>(exact), "break;", "return true;");
        }
        foreach (var prefix in urls.Where(u => u.EndsWith("*", StringComparison.Ordinal)).Select(u => u.TrimEnd('*')).Distinct())
        {
            w.Line($"if (path.StartsWith({CSharpLiterals.String(prefix)}, global::System.StringComparison.Ordinal)) return true;");
        }
        w.Line("return false;");
    }

    /// <summary>A switch over constant strings: <paramref name="onMatch"/> for the listed values, <paramref name="otherwise"/> else.</summary>
    private static void Switch(SourceWriter w, string subject, EquatableArray<string> values, string otherwise, string onMatch = "break;")
    {
        w.Open($"switch ({subject})");
        w.Line(string.Join(" ", values.Distinct().Select(v => "case " + CSharpLiterals.String(v) + ":")) + " " + onMatch);
        w.Line("default: " + otherwise);
        w.Close();
    }

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static string Comment(string text) => text.Replace("\r", " ").Replace("\n", " ").Replace("\u2028", " ").Replace("\u2029", " ").Replace("\u0085", " ");
}
