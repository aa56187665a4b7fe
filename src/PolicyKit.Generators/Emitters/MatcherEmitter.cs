using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PolicyKit.Generators.Emitters;

/// <summary>
/// Emits <c>Evaluate(in AuditRequest)</c> specialised for one policy, the way the Regex generator
/// specialises a pattern. A resource request is switched on its API group into the section of its
/// <see cref="GroupClass"/>, where only the rules that can apply to that class remain, each with only
/// that class's resource entries; non-resource requests have their own section. A section switches on
/// the verb, so each verb meets only the rules that can match it, in policy order; each rule is then a
/// few bit tests on lookups the rules share (resource, user, user's groups: one string switch each,
/// giving a bit) and, where needed, an exact test of subresource, name, namespace or URL. No loop over
/// rules, no allocation. Exact for every request, odd strings included: the resource tests follow
/// kube-apiserver's matcher clause by clause (see PolicyEvaluator).
/// </summary>
internal static class MatcherEmitter
{
    private const string Request = "global::PolicyKit.AuditRequest";
    private const string Decision = "global::PolicyKit.AuditDecision";

    public static void Write(SourceWriter w, Policy policy)
    {
        var plan = new MatcherPlan(policy);
        var helpers = new Helpers();
        // Once per rule, so helpers are declared once even for rules in several sections.
        var who = Enumerable.Range(0, policy.Rules.Count).ToDictionary(i => i, i => PrincipalAndTargetParts(plan, i, helpers));
        var sections = new List<Section>();
        w.Line("/// <summary>Decides a request exactly as kube-apiserver would with this policy: first matching rule wins.</summary>");
        w.Open($"public static {Decision} Evaluate(in {Request} request)");
        w.Open("if (request.IsResourceRequest)");
        if (plan.GroupClasses is { } classes)
        {
            // One switch on the API group; each class's section has only that class's entries left to test.
            w.Open("switch (request.ApiGroup)");
            for (var k = 1; k <= classes.Count; k++)
            {
                // The unnamed groups' class (first) is the default case, written last.
                var c = classes[k % classes.Count];
                var rules = c.Rules.Keys.OrderBy(i => i).ToList();
                var conditions = rules.ToDictionary(i => i, i => Join(who[i].Concat(ClassResourceParts(plan, i, c.Rules[i], helpers))));
                var name = c.Groups.Count == 0 ? "OtherApiGroups" : "ApiGroups" + I(k);
                sections.Add(new Section(name, rules, i => conditions[i], null));
                var labels = c.Groups.Count == 0 ? "default:" : string.Join(" ", c.Groups.Select(g => "case " + CSharpLiterals.String(g) + ":"));
                w.Line($"{labels} return PolicyKitMatcher.{name}(in request);");
            }
            w.Close();
        }
        else
        {
            var rules = Enumerable.Range(0, policy.Rules.Count).Where(i => !policy.Rules[i].IsNonResourceRule).ToList();
            var conditions = rules.ToDictionary(i => i, i => Join(who[i].Concat(ResourceParts(plan, i, helpers))));
            var prologue = plan.ApiGroups is null ? null : "var apiGroupBit = ApiGroupBit(request.ApiGroup);";
            sections.Add(new Section("ResourceRequest", rules, i => conditions[i], prologue));
            w.Line("return PolicyKitMatcher.ResourceRequest(in request);");
        }
        w.Close();
        var urlRules = Enumerable.Range(0, policy.Rules.Count).Where(i => !policy.Rules[i].IsResourceRule).ToList();
        sections.Add(new Section("NonResourceRequest", urlRules, i => Join(who[i]), null));
        w.Line("return PolicyKitMatcher.NonResourceRequest(in request);");
        w.Close();
        w.Line();
        w.Open("private static class PolicyKitMatcher");
        w.Line("internal const ulong Unset = 1UL << 63;");
        foreach (var section in sections)
        {
            WriteSection(w, policy, section);
        }
        WriteIndex(w, "UserBit", "string value", "value", plan.Users);
        if (plan.GroupClasses is null)
        {
            WriteIndex(w, "ApiGroupBit", "string value", "value", plan.ApiGroups);
        }
        WriteIndex(w, "ResourceBit", "string value", "value", plan.Resources);
        if (plan.Groups is not null)
        {
            w.Open("internal static ulong GroupBits(global::System.Collections.Generic.IReadOnlyList<string> groups)");
            w.Line("ulong bits = 0;");
            w.Open("for (var i = 0; i < groups.Count; i++)");
            w.Line("bits |= GroupBit(groups[i]);");
            w.Close();
            w.Line("return bits;");
            w.Close();
            WriteIndex(w, "GroupBit", "string value", "value", plan.Groups);
        }
        helpers.WriteAll(w);
        w.Close();
    }

    /// <summary>The candidate rules of one kind of request (resource requests of one API group class, or non-resource requests).</summary>
    private sealed record Section(string Name, List<int> Rules, Func<int, string> Condition, string? Prologue);

    /// <summary>
    /// A section as its own method: small methods keep every one well inside what the JIT optimises,
    /// and the per-request bits computed on first use are locals of the one section a request enters.
    /// </summary>
    private static void WriteSection(SourceWriter w, Policy policy, Section section)
    {
        var body = new SourceWriter();
        var ends = WriteBranch(body, policy, section.Rules, section.Condition);
        var text = body.ToString();
        w.Open($"internal static {Decision} {section.Name}(in {Request} request)");
        if (section.Prologue is not null)
        {
            w.Line(section.Prologue);
        }
        var paths = Paths(policy, section.Rules);
        foreach (var bit in LazyBits)
        {
            if (!text.Contains(bit.Lazy))
            {
                continue;
            }
            // Where every verb's first rule starts with this lookup, it is made up front; elsewhere on
            // first use, since most requests are decided before any rule asks for it.
            if (paths.All(p => p.Rules.Count > 0 && section.Condition(p.Rules[0]).TrimStart('(').StartsWith(bit.Lazy.TrimStart('('), StringComparison.Ordinal)))
            {
                w.Line($"var {bit.Name} = {bit.Lookup};");
                text = text.Replace(bit.Lazy, bit.Name);
            }
            else
            {
                w.Line($"var {bit.Name} = Unset;");
            }
        }
        w.Lines(text);
        if (!ends)
        {
            w.Line($"return new {Decision}(global::PolicyKit.Level.None, {CSharpLiterals.Stages(policy.OmitStages)}, {CSharpLiterals.Bool(policy.OmitManagedFields)}, -1);");
        }
        w.Close();
    }

    /// <summary>A per-request lookup (a string switch) that rules share: its local, and the expression that computes it on first use.</summary>
    private sealed record LazyBit(string Name, string Lookup)
    {
        public string Lazy => $"({Name} != Unset ? {Name} : ({Name} = {Lookup}))";
    }

    private static readonly LazyBit UserBitLookup = new("userBit", "UserBit(request.User)");
    private static readonly LazyBit GroupBitsLookup = new("groupBits", "GroupBits(request.Groups)");
    private static readonly LazyBit ResourceBitLookup = new("resourceBit", "ResourceBit(request.Resource)");
    private static readonly LazyBit[] LazyBits = { UserBitLookup, GroupBitsLookup, ResourceBitLookup };

    /// <summary>One kind of request: dispatch on the verb, then the candidate rules in order. True when every path returns.</summary>
    private static bool WriteBranch(SourceWriter w, Policy policy, List<int> rules, Func<int, string> condition)
    {
        var paths = Paths(policy, rules);
        if (paths.Count == 1)
        {
            return WriteSequence(w, policy, paths[0].Rules, condition);
        }
        var ends = false;
        w.Open("switch (request.Verb)");
        foreach (var (verb, candidates) in paths)
        {
            w.Line(verb is null ? "default:" : $"case {CSharpLiterals.String(verb)}:");
            w.Open("");
            // A rule that ends every path has no verbs: it is in every case too, so the default's end is the branch's.
            ends = WriteSequence(w, policy, candidates, condition);
            if (!ends)
            {
                w.Line("break;");
            }
            w.Close();
        }
        w.Close();
        return ends;
    }

    /// <summary>The rules each verb meets, in order: one list per verb the rules name, then the default (any other verb); one list when no rule names a verb.</summary>
    private static List<(string? Verb, List<int> Rules)> Paths(Policy policy, List<int> rules)
    {
        var verbs = rules.SelectMany(i => policy.Rules[i].Verbs).Distinct().ToList();
        var paths = verbs.Select(v => ((string?)v, rules.Where(i => policy.Rules[i].Verbs.IsEmpty || policy.Rules[i].Verbs.Contains(v)).ToList())).ToList();
        paths.Add((null, verbs.Count == 0 ? rules : rules.Where(i => policy.Rules[i].Verbs.IsEmpty).ToList()));
        return paths;
    }

    /// <summary>The rules in order, each "if (its test) return its decision"; stops after an unconditional one.</summary>
    private static bool WriteSequence(SourceWriter w, Policy policy, IEnumerable<int> rules, Func<int, string> condition)
    {
        foreach (var i in rules)
        {
            var rule = policy.Rules[i];
            var decision = $"new {Decision}(global::PolicyKit.Level.{rule.Level.ToName()}, {CSharpLiterals.Stages(policy.OmitStages | rule.OmitStages)}, " +
                           $"{CSharpLiterals.Bool(rule.OmitManagedFields ?? policy.OmitManagedFields)}, {I(i)})";
            var label = $" // rule {I(i)}{(rule.Name is null ? "" : " '" + PolicyKit.Text.QuotedString.SingleLine(rule.Name) + "'")}";
            var test = condition(i);
            if (test == "true")
            {
                w.Line($"return {decision};{label}");
                return true;
            }
            w.Line($"if ({test}) return {decision};{label}");
        }
        return false;
    }

    /// <summary>The tests of a rule's users, user groups, namespaces and URLs (verbs are the dispatch's, resources come apart).</summary>
    private static List<string> PrincipalAndTargetParts(MatcherPlan plan, int index, Helpers helpers)
    {
        var rule = plan.Policy.Rules[index];
        var parts = new List<string>();
        var n = I(index);
        if (!rule.Users.IsEmpty)
        {
            if (plan.Users is not null)
            {
                parts.Add($"({UserBitLookup.Lazy} & {plan.Mask(plan.Users, rule.Users)}) != 0");
            }
            else
            {
                parts.Add($"Users{n}(request.User)");
                helpers.Add($"Users{n}", h => WriteMembership(h, $"Users{n}", "string value", "value", rule.Users));
            }
        }
        if (!rule.UserGroups.IsEmpty)
        {
            if (plan.Groups is not null)
            {
                parts.Add($"request.User != null && ({GroupBitsLookup.Lazy} & {plan.Mask(plan.Groups, rule.UserGroups)}) != 0");
            }
            else
            {
                parts.Add($"request.User != null && Groups{n}(request.Groups)");
                helpers.Add($"Groups{n}", h =>
                {
                    h.Open($"internal static bool Groups{n}(global::System.Collections.Generic.IReadOnlyList<string> groups)");
                    h.Open("for (var i = 0; i < groups.Count; i++)");
                    Switch(h, "groups[i]", rule.UserGroups, "break;", "return true;");
                    h.Close();
                    h.Line("return false;");
                    h.Close();
                });
            }
        }
        if (rule.IsResourceRule && !rule.Namespaces.IsEmpty)
        {
            parts.Add($"Namespaces{n}(request.Namespace)");
            helpers.Add($"Namespaces{n}", h => WriteMembership(h, $"Namespaces{n}", "string value", "value", rule.Namespaces));
        }
        if (!rule.IsResourceRule && !rule.NonResourceUrls.IsEmpty)
        {
            parts.Add($"Urls{n}(in request)");
            helpers.Add($"Urls{n}", h =>
            {
                h.Open($"internal static bool Urls{n}(in {Request} request)");
                WriteUrls(h, rule.NonResourceUrls);
                h.Close();
            });
        }
        return parts;
    }

    /// <summary>A rule's resource tests when the API group is still unknown: its group's bit, its resource's bit, the exact test.</summary>
    private static List<string> ResourceParts(MatcherPlan plan, int index, Helpers helpers)
    {
        var rule = plan.Policy.Rules[index];
        var parts = new List<string>();
        if (!rule.IsResourceRule || rule.Resources.IsEmpty)
        {
            return parts;
        }
        var byBits = plan.ApiGroups is not null && rule.Resources.All(g => g.Group != "*");
        if (byBits)
        {
            parts.Add($"(apiGroupBit & {plan.Mask(plan.ApiGroups!, new EquatableArray<string>(rule.Resources.Select(g => g.Group)))}) != 0");
        }
        if (plan.Resources is not null && MatcherPlan.ResourceKeys(rule) is { } keys)
        {
            parts.Add($"({ResourceBitLookup.Lazy} & {plan.Mask(plan.Resources, new EquatableArray<string>(keys))}) != 0");
        }
        if (!byBits || rule.Resources.Any(g => !g.Resources.IsEmpty))
        {
            // Whole groups only: the group bits above are the whole test.
            var name = $"Resources{I(index)}";
            parts.Add($"{name}(in request)");
            helpers.Add(name, h =>
            {
                h.Open($"internal static bool {name}(in {Request} request)");
                WriteResources(h, rule.Resources, index, helpers);
                h.Close();
            });
        }
        return parts;
    }

    /// <summary>
    /// A rule's resource test inside a group class (the group already matched): any of its entries for
    /// that group. With resource bits, each entry is bit tests plus subresource and name tests inline.
    /// </summary>
    private static List<string> ClassResourceParts(MatcherPlan plan, int index, IReadOnlyList<GroupResources> entries, Helpers helpers)
    {
        var rule = plan.Policy.Rules[index];
        var tests = new List<string>();
        foreach (var entry in entries)
        {
            var test = EntryTest(plan, index, IndexOf(rule.Resources, entry), entry, helpers);
            if (test == "true")
            {
                return new List<string>();
            }
            tests.Add(test);
        }
        return tests.Count == 0 ? new List<string>() : new List<string> { tests.Count == 1 ? tests[0] : string.Join(" || ", tests.Select(t => "(" + t + ")")) };
    }

    private static string EntryTest(MatcherPlan plan, int rule, int entryIndex, GroupResources entry, Helpers helpers)
    {
        if (entry.Resources.IsEmpty)
        {
            // No resources: every resource of the group; the apiserver ignores resourceNames here.
            return "true";
        }
        var name = $"Rule{I(rule)}Entry{I(entryIndex)}";
        if (plan.Resources is null)
        {
            helpers.Add(name, h => WriteEntry(h, name, entry));
            return $"{name}(request.Resource, request.Subresource, request.Name)";
        }
        var patterns = PatternTests.Of(entry.Resources, "request.Subresource");
        var terms = new List<string>();
        if (!patterns.Any)
        {
            foreach (var byTest in patterns.Cases.GroupBy(kv => kv.Value, StringComparer.Ordinal))
            {
                var mask = plan.Mask(plan.Resources, new EquatableArray<string>(byTest.Select(kv => kv.Key)));
                terms.Add(byTest.Key == "true" ? $"({ResourceBitLookup.Lazy} & {mask}) != 0" : $"({ResourceBitLookup.Lazy} & {mask}) != 0 && ({byTest.Key})");
            }
            terms.AddRange(patterns.AnyResource);
            terms.AddRange(patterns.Generic.Select(p => $"global::PolicyKit.PolicyEvaluator.ResourcePatternMatches({CSharpLiterals.String(p)}, request.Resource, request.Subresource)"));
        }
        var resources = patterns.Any ? "true" : terms.Count == 0 ? "false" : terms.Count == 1 ? terms[0] : string.Join(" || ", terms.Select(t => "(" + t + ")"));
        if (entry.ResourceNames.IsEmpty)
        {
            return resources;
        }
        var names = name + "Names";
        helpers.Add(names, h => WriteMembership(h, names, "string value", "value", entry.ResourceNames));
        var namesTest = $"{names}(request.Name)";
        return resources == "true" ? namesTest : $"({resources}) && {namesTest}";
    }

    /// <summary>
    /// A rule's test: its parts, cheapest first: the API group's bit, the resource's and the user's (one
    /// string each, computed on first use), helper calls on one string, and last the user's groups (a list
    /// of strings to walk, which the target tests usually make unnecessary).
    /// </summary>
    private static string Join(IEnumerable<string> parts)
    {
        var ordered = parts.OrderBy(p => p.StartsWith("(apiGroupBit", StringComparison.Ordinal) ? 0
            : p.Contains("resourceBit") ? 1 : p.Contains("userBit") ? 2 : p.Contains("groupBits") || p.Contains("request.Groups") ? 4 : 3).ToList();
        return ordered.Count == 0 ? "true" : string.Join(" && ", ordered.Select(p => ordered.Count > 1 && (p.Contains("&&") || p.Contains("||")) ? "(" + p + ")" : p));
    }

    /// <summary>A bit per value the policy names (bit 0 for any other value, or no value).</summary>
    private static void WriteIndex(SourceWriter w, string name, string parameter, string subject, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }
        w.Open($"internal static ulong {name}({parameter})");
        w.Open($"switch ({subject})");
        for (var i = 0; i < values.Count; i++)
        {
            w.Line($"case {CSharpLiterals.String(values[i])}: return 1UL << {I(i + 1)};");
        }
        w.Line("default: return 1UL;");
        w.Close();
        w.Close();
    }

    private static void WriteMembership(SourceWriter w, string name, string parameter, string subject, EquatableArray<string> values)
    {
        w.Open($"internal static bool {name}({parameter})");
        Switch(w, subject, values, "return false;", "return true;");
        w.Close();
    }

    private static void WriteResources(SourceWriter w, EquatableArray<GroupResources> resources, int rule, Helpers helpers)
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
            helpers.Add(name, h => WriteEntry(h, name, entry));
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
        w.Open($"internal static bool {name}(string resource, string subresource, string name)");
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
        var tests = PatternTests.Of(patterns, "subresource");
        if (tests.Any)
        {
            w.Line("return true;");
            return;
        }
        foreach (var test in tests.AnyResource)
        {
            w.Line($"if ({test}) return true;");
        }
        foreach (var p in tests.Generic)
        {
            // Shapes the apiserver accepts but that match only odd strings: its own clause-by-clause test.
            w.Line($"if (global::PolicyKit.PolicyEvaluator.ResourcePatternMatches({CSharpLiterals.String(p)}, resource, subresource)) return true;");
        }
        if (tests.Cases.Count == 0)
        {
            w.Line("return false;");
            return;
        }
        w.Open("switch (resource)");
        foreach (var kv in tests.Cases)
        {
            w.Line($"case {CSharpLiterals.String(kv.Key)}: return {kv.Value};");
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

    private static int IndexOf(EquatableArray<GroupResources> entries, GroupResources entry)
    {
        for (var j = 0; j < entries.Count; j++)
        {
            if (entries[j] == entry)
            {
                return j;
            }
        }
        throw new InvalidOperationException("not an entry of the rule");
    }

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);

}
