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
/// few bit tests on lookups the rules share (<see cref="Lookup"/>) and, where needed, an exact test of
/// subresource, name, namespace or URL. No loop over rules, no allocation. Exact for every request, odd
/// strings included: the resource tests follow kube-apiserver's matcher clause by clause (see
/// PolicyEvaluator).
/// </summary>
internal static class MatcherEmitter
{
    private const string Request = "global::PolicyKit.AuditRequest";
    private const string Decision = "global::PolicyKit.AuditDecision";

    public static void Write(SourceWriter w, Policy policy, MatcherLimits limits)
    {
        var plan = new MatcherPlan(policy, limits);
        var helpers = new Helpers();
        var tests = new RuleTests(plan, helpers);
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
                var name = c.Groups.Count == 0 ? "OtherApiGroups" : "ApiGroups" + I(k);
                sections.Add(new Section(name, c.Rules.Keys.OrderBy(i => i).ToList(), i => tests.WhoAndWhere(i).Concat(tests.ResourcesInClass(i, c.Rules[i])), helpers, plan));
                var labels = c.Groups.Count == 0 ? "default:" : string.Join(" ", c.Groups.Select(g => "case " + CSharpLiterals.String(g) + ":"));
                w.Line($"{labels} return PolicyKitMatcher.{name}(in request);");
            }
            w.Close();
        }
        else
        {
            var rules = Enumerable.Range(0, policy.Rules.Count).Where(i => !policy.Rules[i].IsNonResourceRule).ToList();
            sections.Add(new Section("ResourceRequest", rules, i => tests.WhoAndWhere(i).Concat(tests.Resources(i)), helpers, plan));
            w.Line("return PolicyKitMatcher.ResourceRequest(in request);");
        }
        w.Close();
        var urlRules = Enumerable.Range(0, policy.Rules.Count).Where(i => !policy.Rules[i].IsResourceRule).ToList();
        sections.Add(new Section("NonResourceRequest", urlRules, tests.WhoAndWhere, helpers, plan));
        w.Line("return PolicyKitMatcher.NonResourceRequest(in request);");
        w.Close();
        w.Line();
        w.Open("private static class PolicyKitMatcher");
        w.Line("internal const ulong Unset = 1UL << 63;");
        foreach (var section in sections)
        {
            WriteSection(w, policy, section, limits, groupSettled: plan.GroupClasses is not null);
        }
        WriteIndex(w, "UserBit", plan.Users);
        WriteIndex(w, "ApiGroupBit", plan.GroupClasses is null ? plan.ApiGroups : null);
        WriteIndex(w, "ResourceBit", plan.Resources);
        if (plan.Groups is not null)
        {
            w.Open("internal static ulong GroupBits(global::System.Collections.Generic.IReadOnlyList<string> groups)");
            w.Line("ulong bits = 0;");
            w.Open("for (var i = 0; i < groups.Count; i++)");
            w.Line("bits |= GroupBit(groups[i]);");
            w.Close();
            w.Line("return bits;");
            w.Close();
            WriteIndex(w, "GroupBit", plan.Groups);
        }
        helpers.WriteAll(w);
        w.Close();
    }

    /// <summary>The candidate rules of one kind of request (resource requests of one API group class, or non-resource requests) and their tests.</summary>
    private sealed class Section
    {
        private readonly Func<int, IEnumerable<Part>> _test;
        private readonly Policy _policy;
        private readonly MatcherPlan _plan;
        private readonly Dictionary<int, List<Part>> _tests = new();

        public Section(string name, List<int> rules, Func<int, IEnumerable<Part>> test, Helpers helpers, MatcherPlan plan)
        {
            _policy = plan.Policy;
            _plan = plan;
            Name = name;
            Rules = rules;
            _test = test;
            Helpers = helpers;
        }

        /// <summary>The matcher's helper methods, for tests a split writes itself.</summary>
        public Helpers Helpers { get; }

        /// <summary>A rule's verbs (not part of <see cref="Test"/>: a dispatch on the verb usually settles them).</summary>
        public EquatableArray<string> Verbs(int rule) => _policy.Rules[rule].Verbs;

        /// <summary>
        /// A rule's test of its verbs where no dispatch on the verb settled them: a bit of the request's verb (one
        /// switch per method, shared by the rules), or a string switch per rule past <see cref="MatcherLimits.MaxValues"/> verbs.
        /// </summary>
        public Part VerbTest(int rule)
        {
            if (_plan.Verbs is not { } verbs)
            {
                return Part.Plain($"{Helpers.Membership("Verbs", Verbs(rule))}(request.Verb)");
            }
            Helpers.Index("VerbBit", verbs);
            return Part.On(Lookup.Verb, bits => $"({bits} & {_plan.Mask(verbs, Verbs(rule))}) != 0");
        }

        public string Name { get; }

        public List<int> Rules { get; }

        /// <summary>A rule's test, cheapest part first; empty when the rule matches every request that reaches it. Built once, when first needed.</summary>
        public List<Part> Test(int rule)
        {
            if (!_tests.TryGetValue(rule, out var parts))
            {
                _tests[rule] = parts = _test(rule).OrderBy(p => p.Cost).ToList();
            }
            return parts;
        }
    }

    /// <summary>The rules one verb meets, in order, up to the first that matches whatever reaches it; Verb is null for "any other verb".</summary>
    private sealed record RulePath(string? Verb, List<int> Rules);

    /// <summary>
    /// A section as its own method (and a method per verb when it is large): small methods keep every
    /// one well inside what the JIT optimises, and the lookups are locals of the method a request enters.
    /// A verb's sequence longer than <see cref="MatcherLimits.MaxSequence"/> is split by a switch on
    /// another attribute (<see cref="RuleSplit"/>), so a large policy's request meets only its candidates.
    /// </summary>
    private static void WriteSection(SourceWriter w, Policy policy, Section section, MatcherLimits limits, bool groupSettled)
    {
        var paths = Paths(policy, section);
        var attributes = new List<RuleSplit.Attribute> { RuleSplit.Attribute.Namespace, RuleSplit.Attribute.Resource, RuleSplit.Attribute.User, RuleSplit.Attribute.UserGroups };
        if (!groupSettled)
        {
            attributes.Add(RuleSplit.Attribute.ApiGroup);
        }
        if (paths.Any(p => p.Rules.Count > limits.MaxSequence))
        {
            // The verb is one more attribute to split on: when another splits the whole section better (teams'
            // namespaces, say), that comes first, rather than every team's rules copied into every verb's path.
            var all = UpToFirstWithoutTest(section, section.Rules, verbsOpen: true);
            var withVerb = new List<RuleSplit.Attribute> { RuleSplit.Attribute.Verb };
            withVerb.AddRange(attributes);
            if (RuleSplit.Best(policy, all, withVerb, limits.MaxSplitGrowth) is { On: not RuleSplit.Attribute.Verb })
            {
                WriteSplit(w, policy, section, section.Name, all, withVerb, limits);
                return;
            }
        }
        var splits = paths.Any(p => Splits(policy, p.Rules, attributes, limits));
        if (!splits && (paths.Count == 1 || paths.Sum(p => p.Rules.Count) <= limits.MaxMethodTests))
        {
            WriteMethod(w, policy, section, section.Name, paths);
            return;
        }
        if (paths.Count == 1)
        {
            WriteSplit(w, policy, section, section.Name, paths[0].Rules, attributes, limits);
            return;
        }
        w.Open($"internal static {Decision} {section.Name}(in {Request} request)");
        w.Open("switch (request.Verb)");
        for (var k = 0; k < paths.Count; k++)
        {
            var label = paths[k].Verb is { } verb ? $"case {CSharpLiterals.String(verb)}:" : "default:";
            w.Line($"{label} return {section.Name}Verb{I(k)}(in request);");
        }
        w.Close();
        w.Close();
        for (var k = 0; k < paths.Count; k++)
        {
            WriteSplit(w, policy, section, $"{section.Name}Verb{I(k)}", paths[k].Rules, attributes, limits);
        }
    }

    /// <summary>
    /// The rules as one method, or, when they are too many, a switch on the attribute that splits them best
    /// into a method per branch. A branch whose last rules are the unconstraining rules from some point on
    /// (the broad rules a policy ends with) tests only its own rules and then calls the method of that
    /// rest, written once for all branches: the broad rules are not copied into every branch.
    /// </summary>
    private static void WriteSplit(SourceWriter w, Policy policy, Section section, string name, List<int> rules, IReadOnlyList<RuleSplit.Attribute> attributes, MatcherLimits limits, string? then = null)
    {
        var split = rules.Count > limits.MaxSequence ? RuleSplit.Best(policy, rules, attributes, limits.MaxSplitGrowth) : null;
        if (split is null && rules.Count > limits.MaxSequence && attributes.Contains(RuleSplit.Attribute.UserGroups))
        {
            // A request with none of the groups these rules name meets only the rules without userGroups
            // (no user means no groups): one test of its groups instead of one per rule.
            if (GroupGuarded(policy, rules) is { } withoutGroups)
            {
                var named = new EquatableArray<string>(rules.SelectMany(i => policy.Rules[i].UserGroups).Distinct(StringComparer.Ordinal).OrderBy(g => g, StringComparer.Ordinal).ToArray());
                var remaining = attributes.Where(a => a != RuleSplit.Attribute.UserGroups).ToList();
                w.Open($"internal static {Decision} {name}(in {Request} request)");
                w.Line($"return {section.Helpers.AnyOf("Groups", named)}(request.Groups) ? {name}InGroups(in request) : {name}NotInGroups(in request);");
                w.Close();
                WriteSplit(w, policy, section, name + "InGroups", rules, remaining, limits, then);
                WriteSplit(w, policy, section, name + "NotInGroups", withoutGroups, remaining, limits, then);
                return;
            }
        }
        if (split is null)
        {
            WriteMethod(w, policy, section, name, new List<RulePath> { new(null, rules) }, then, VerbsOpen(attributes));
            return;
        }
        var rest = attributes.Where(a => a != split.On).ToList();
        var branches = split.Branches.Select(b => (Labels: string.Join(" ", b.Values.Select(v => "case " + CSharpLiterals.String(v) + ":")), b.Rules)).ToList();
        w.Open($"internal static {Decision} {name}(in {Request} request)");
        w.Open($"switch ({split.Subject})");
        for (var k = 0; k < branches.Count; k++)
        {
            w.Line($"{branches[k].Labels} return {name}{split.On}{I(k)}(in request);");
        }
        w.Line($"default: return {name}{split.On}Other(in request);");
        w.Close();
        w.Close();
        var others = UpToFirstWithoutTest(section, split.Others, VerbsOpen(rest));
        var suffixes = new SortedSet<int>();
        for (var k = 0; k < branches.Count; k++)
        {
            var branch = UpToFirstWithoutTest(section, branches[k].Rules, VerbsOpen(rest));
            var from = SharedSuffix(branch, others);
            var own = branch.GetRange(0, branch.Count - (others.Count - from));
            if (from < others.Count)
            {
                suffixes.Add(from);
            }
            // After its own rules, a branch goes on with the shared rest, or (none shared) with what follows these rules.
            var next = from < others.Count ? $"{name}{split.On}Other{(from == 0 ? "" : I(from))}" : then;
            WriteSplit(w, policy, section, $"{name}{split.On}{I(k)}", own, rest, limits, next);
        }
        WriteSplit(w, policy, section, $"{name}{split.On}Other", others, rest, limits, then);
        foreach (var from in suffixes.Where(f => f > 0))
        {
            WriteSplit(w, policy, section, $"{name}{split.On}Other{I(from)}", others.GetRange(from, others.Count - from), rest, limits, then);
        }
    }

    /// <summary>
    /// Where in <paramref name="others"/> the longest suffix of <paramref name="branch"/> that is a suffix of
    /// <paramref name="others"/> starts (others.Count when there is none). The branch holds every rule of
    /// others in order, so its own rules come before that point and the rest can be shared.
    /// </summary>
    private static int SharedSuffix(List<int> branch, List<int> others)
    {
        var b = branch.Count;
        var o = others.Count;
        while (b > 0 && o > 0 && branch[b - 1] == others[o - 1])
        {
            b--;
            o--;
        }
        return o;
    }

    private static List<RulePath> Paths(Policy policy, Section section)
    {
        var rules = section.Rules;
        var verbs = rules.SelectMany(i => policy.Rules[i].Verbs).Distinct().ToList();
        var paths = verbs.Select(v => new RulePath(v, rules.Where(i => policy.Rules[i].Verbs.IsEmpty || policy.Rules[i].Verbs.Contains(v)).ToList())).ToList();
        paths.Add(new RulePath(null, verbs.Count == 0 ? rules : rules.Where(i => policy.Rules[i].Verbs.IsEmpty).ToList()));
        return paths.Select(p => p with { Rules = UpToFirstWithoutTest(section, p.Rules) }).ToList();
    }

    /// <summary>Whether <see cref="WriteSplit"/> would split these rules (on an attribute, or by the groups guard).</summary>
    private static bool Splits(Policy policy, List<int> rules, IReadOnlyList<RuleSplit.Attribute> attributes, MatcherLimits limits)
        => rules.Count > limits.MaxSequence
           && (RuleSplit.Best(policy, rules, attributes, limits.MaxSplitGrowth) is not null || GroupGuarded(policy, rules) is not null);

    /// <summary>The rules without userGroups, when they are at most three quarters of <paramref name="rules"/> (then a groups guard pays); else null.</summary>
    private static List<int>? GroupGuarded(Policy policy, List<int> rules)
    {
        var withoutGroups = rules.Where(i => policy.Rules[i].UserGroups.IsEmpty).ToList();
        return withoutGroups.Count <= rules.Count * 3 / 4 ? withoutGroups : null;
    }

    /// <summary>
    /// Whether the verb is still to be tested by each rule: a sequence split on other attributes before (or
    /// without) a split on the verb; the dispatch on the verb settles it otherwise.
    /// </summary>
    private static bool VerbsOpen(IReadOnlyList<RuleSplit.Attribute> attributes) => attributes.Contains(RuleSplit.Attribute.Verb);

    /// <summary>Nothing after a rule that matches whatever reaches it is ever written (or has its helpers made); with <paramref name="verbsOpen"/>, a rule naming verbs does not.</summary>
    private static List<int> UpToFirstWithoutTest(Section section, List<int> rules, bool verbsOpen = false)
    {
        var end = rules.FindIndex(i => section.Test(i).Count == 0 && (!verbsOpen || section.Verbs(i).IsEmpty));
        return end < 0 ? rules : rules.GetRange(0, end + 1);
    }

    private static void WriteMethod(SourceWriter w, Policy policy, Section section, string name, List<RulePath> paths, string? then = null, bool testVerbs = false)
    {
        // No dispatch on the verb reached this sequence: a rule naming verbs tests them itself, first.
        List<Part> Parts(int rule)
            => testVerbs && !section.Verbs(rule).IsEmpty ? section.Test(rule).Prepend(section.VerbTest(rule)).ToList() : section.Test(rule);
        var used = Lookup.All.Where(l => paths.Any(p => p.Rules.Any(i => Parts(i).Any(t => t.Lookup == l)))).ToList();
        // A lookup that every path's first test needs is made up front; the others on first use, since
        // most requests are decided before any rule asks for them.
        var upFront = new HashSet<Lookup>(used.Where(l => paths.All(p => p.Rules.Count > 0 && Parts(p.Rules[0]) is { Count: > 0 } t && t[0].Lookup == l)));
        w.Open($"internal static {Decision} {name}(in {Request} request)");
        foreach (var lookup in used)
        {
            w.Line($"var {lookup.Local} = {(upFront.Contains(lookup) ? lookup.Call : "Unset")};");
        }
        string Condition(int rule)
        {
            var parts = Parts(rule);
            return string.Join(" && ", parts.Select(p => parts.Count > 1 && p.Compound ? "(" + p.Render(upFront.Contains) + ")" : p.Render(upFront.Contains)));
        }
        bool ends;
        if (paths.Count == 1)
        {
            ends = WriteSequence(w, policy, paths[0].Rules, Condition);
        }
        else
        {
            ends = false;
            w.Open("switch (request.Verb)");
            foreach (var path in paths)
            {
                w.Line(path.Verb is { } verb ? $"case {CSharpLiterals.String(verb)}:" : "default:");
                w.Open("");
                // The default path comes last; a rule that ends it has no verbs, so it ends every path.
                ends = WriteSequence(w, policy, path.Rules, Condition);
                if (!ends)
                {
                    w.Line("break;");
                }
                w.Close();
            }
            w.Close();
        }
        if (!ends && then is not null)
        {
            // The rest of the sequence is a method of its own, shared by the branches that end with it.
            w.Line($"return {then}(in request);");
        }
        else if (!ends)
        {
            w.Line($"return new {Decision}(global::PolicyKit.Level.None, {CSharpLiterals.Stages(policy.OmitStages)}, {CSharpLiterals.Bool(policy.OmitManagedFields)}, -1);");
        }
        w.Close();
    }

    /// <summary>The rules in order, each "if (its test) return its decision"; true when the last one has no test (every path returns).</summary>
    private static bool WriteSequence(SourceWriter w, Policy policy, List<int> rules, Func<int, string> condition)
    {
        foreach (var i in rules)
        {
            var rule = policy.Rules[i];
            var decision = $"new {Decision}(global::PolicyKit.Level.{rule.Level.ToName()}, {CSharpLiterals.Stages(policy.OmitStages | rule.OmitStages)}, " +
                           $"{CSharpLiterals.Bool(rule.OmitManagedFields ?? policy.OmitManagedFields)}, {I(i)})";
            var label = $" // rule {I(i)}{(rule.Name is null ? "" : " '" + PolicyKit.Text.QuotedString.SingleLine(rule.Name) + "'")}";
            var test = condition(i);
            if (test.Length == 0)
            {
                w.Line($"return {decision};{label}");
                return true;
            }
            w.Line($"if ({test}) return {decision};{label}");
        }
        return false;
    }

    /// <summary>A lookup: a bit per value the policy names (bit 0 for any other value, or no value).</summary>
    internal static void WriteIndex(SourceWriter w, string name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }
        w.Open($"internal static ulong {name}(string value)");
        w.Open("switch (value)");
        for (var i = 0; i < values.Count; i++)
        {
            w.Line($"case {CSharpLiterals.String(values[i])}: return 1UL << {I(i + 1)};");
        }
        w.Line("default: return 1UL;");
        w.Close();
        w.Close();
    }

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);
}
