using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Generators.Emitters;

/// <summary>
/// The resource patterns of one entry as C# tests, clause by clause like kube-apiserver's matcher:
/// per request.Resource value, the subresource test under which some pattern matches; "*/log"
/// tests on the subresource alone; generic shapes through the evaluator's own pattern test.
/// </summary>
internal sealed class PatternTests
{
    private PatternTests(bool any, IReadOnlyList<KeyValuePair<string, string>> cases, IReadOnlyList<string> anyResource, IReadOnlyList<string> generic)
    {
        Any = any;
        Cases = cases;
        AnyResource = anyResource;
        Generic = generic;
    }

    /// <summary>"*" is among the patterns: every resource and subresource.</summary>
    public bool Any { get; }

    /// <summary>Resource string → the test of the subresource under which it matches ("true" for any), ordered by resource.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Cases { get; }

    /// <summary>Tests of the subresource that match whatever the resource ("*/log").</summary>
    public IReadOnlyList<string> AnyResource { get; }

    /// <summary>Patterns of odd shapes, tested with <c>PolicyEvaluator.ResourcePatternMatches</c>.</summary>
    public IReadOnlyList<string> Generic { get; }

    /// <summary>The tests of <paramref name="patterns"/>, with <paramref name="subresource"/> the C# expression of the request's subresource.</summary>
    public static PatternTests Of(EquatableArray<string> patterns, string subresource)
    {
        if (patterns.Contains("*"))
        {
            return new PatternTests(true, Array.Empty<KeyValuePair<string, string>>(), Array.Empty<string>(), Array.Empty<string>());
        }
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
        var none = subresource + ".Length == 0";
        foreach (var p in patterns.Distinct())
        {
            var shape = ResourcePatternShape.Of(p);
            if (shape.IsGeneric)
            {
                generic.Add(p);
                continue;
            }
            // The pattern equals the request's combined "resource/subresource", or a bare resource spelt like it.
            Case(p, none);
            if (shape.Subresource is null)
            {
                // "pods": the bare resource only.
                continue;
            }
            if (shape.Resource == "*")
            {
                // "*/log": that subresource of any resource.
                anyResource.Add(subresource + " == " + CSharpLiterals.String(shape.Subresource));
            }
            else if (shape.Subresource == "*")
            {
                // "pods/*": pods with or without a subresource.
                Case(shape.Resource!, "true");
            }
            else
            {
                Case(shape.Resource!, subresource + " == " + CSharpLiterals.String(shape.Subresource));
            }
        }
        var ordered = cases.OrderBy(k => k.Key, StringComparer.Ordinal)
            .Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value.Contains("true") ? "true" : string.Join(" || ", kv.Value)))
            .ToList();
        return new PatternTests(false, ordered, anyResource, generic);
    }
}
