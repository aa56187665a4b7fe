using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PolicyKit.Generators.Emitters;

/// <summary>
/// The helper methods that rule tests call: membership switches (users, groups, namespaces, names),
/// URL tests, and exact resource tests. Each is written once, named by what it tests, however many
/// rules and sections call it.
/// </summary>
internal sealed class Helpers
{
    private const string Request = "global::PolicyKit.AuditRequest";

    private readonly List<Action<SourceWriter>> _writers = new();
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>A method <c>bool Name(string value)</c>: the value is one of <paramref name="values"/>.</summary>
    public string Membership(string kind, EquatableArray<string> values)
        => Shared(kind, values, name => w =>
        {
            w.Open($"internal static bool {name}(string value)");
            Switch(w, "value", values, "return false;", "return true;");
            w.Close();
        });

    /// <summary>A method <c>bool Name(IReadOnlyList&lt;string&gt; list)</c>: some element is one of <paramref name="values"/>.</summary>
    public string AnyOf(string kind, EquatableArray<string> values)
        => Shared(kind, values, name => w =>
        {
            w.Open($"internal static bool {name}(global::System.Collections.Generic.IReadOnlyList<string> list)");
            w.Open("for (var i = 0; i < list.Count; i++)");
            Switch(w, "list[i]", values, "break;", "return true;");
            w.Close();
            w.Line("return false;");
            w.Close();
        });

    /// <summary>A method <c>bool Name(in AuditRequest request)</c>: the path matches one of the nonResourceURLs.</summary>
    public string Urls(EquatableArray<string> urls)
        => Shared("Urls", urls, name => w =>
        {
            w.Open($"internal static bool {name}(in {Request} request)");
            WriteUrls(w, urls);
            w.Close();
        });

    /// <summary>A rule's resource entries tested exactly, API group included (when the dispatch did not settle it).</summary>
    public string Resources(int rule, EquatableArray<GroupResources> resources)
        => Once($"Resources{I(rule)}", name => w =>
        {
            w.Open($"internal static bool {name}(in {Request} request)");
            // One helper per entry, so each group's case is a single boolean expression.
            var entries = resources.Select((entry, j) => (Entry: entry, Call: $"{Entry(rule, j, entry)}(request.Resource, request.Subresource, request.Name)")).ToList();
            // Group "*" (a wildcard from 1.36; the parser refuses it below) applies under every group.
            var any = entries.Where(e => e.Entry.Group == "*").Select(e => e.Call).ToList();
            var anyExpression = any.Count == 0 ? "false" : string.Join(" || ", any);
            var byGroup = entries.Where(e => e.Entry.Group != "*").GroupBy(e => e.Entry.Group, StringComparer.Ordinal).ToList();
            if (byGroup.Count == 0)
            {
                w.Line($"return {anyExpression};");
            }
            else
            {
                w.Open("switch (request.ApiGroup)");
                foreach (var group in byGroup)
                {
                    w.Line($"case {CSharpLiterals.String(group.Key)}: return {string.Join(" || ", group.Select(e => e.Call).Concat(any))};");
                }
                w.Line($"default: return {anyExpression};");
                w.Close();
            }
            w.Close();
        });

    /// <summary>One GroupResources entry, its group already matched: true when resource, subresource and name match.</summary>
    public string Entry(int rule, int index, GroupResources entry)
        => Once($"Rule{I(rule)}Entry{I(index)}", name => w =>
        {
            w.Open($"internal static bool {name}(string resource, string subresource, string name)");
            if (entry.Resources.IsEmpty)
            {
                // No resources: every resource of the group; the apiserver ignores resourceNames here.
                w.Line("return true;");
            }
            else
            {
                if (!entry.ResourceNames.IsEmpty)
                {
                    Switch(w, "name", entry.ResourceNames, "return false;");
                }
                WritePatterns(w, entry.Resources);
            }
            w.Close();
        });

    public void WriteAll(SourceWriter w)
    {
        // Helpers may add helpers (resource entries), so walk the list by index.
        for (var k = 0; k < _writers.Count; k++)
        {
            _writers[k](w);
        }
    }

    /// <summary>A switch over constant strings: <paramref name="onMatch"/> for the listed values, <paramref name="otherwise"/> else.</summary>
    public static void Switch(SourceWriter w, string subject, EquatableArray<string> values, string otherwise, string onMatch = "break;")
    {
        w.Open($"switch ({subject})");
        w.Line(string.Join(" ", values.Distinct().Select(v => "case " + CSharpLiterals.String(v) + ":")) + " " + onMatch);
        w.Line("default: " + otherwise);
        w.Close();
    }

    /// <summary>A helper keyed by what it tests: equal value lists share one method, named kind + a number.</summary>
    private string Shared(string kind, EquatableArray<string> values, Func<string, Action<SourceWriter>> write)
    {
        // Length-prefixed, so no value's characters can make two different lists one key.
        var key = kind + "|" + string.Concat(values.Select(v => I(v.Length) + ":" + v));
        if (!_names.TryGetValue(key, out var name))
        {
            _counts.TryGetValue(kind, out var n);
            _counts[kind] = ++n;
            name = kind + I(n);
            _names[key] = name;
            _writers.Add(write(name));
        }
        return name;
    }

    /// <summary>A lookup <c>ulong Name(string value)</c>, a bit per value, written once and only if a rule uses it.</summary>
    public string Index(string name, IReadOnlyList<string> values) => Once(name, n => w => MatcherEmitter.WriteIndex(w, n, values));

    private string Once(string name, Func<string, Action<SourceWriter>> write)
    {
        if (!_names.ContainsKey(name))
        {
            _names[name] = name;
            _writers.Add(write(name));
        }
        return name;
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

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);
}
