using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PolicyKit.Generators;

namespace PolicyKit.Tests;

/// <summary>The generator's pipeline caches: unrelated edits re-run nothing, an edit re-emits only what it touches.</summary>
public class CacheTests
{
    private const string First = """
        using PolicyKit;
        [AuditPolicy("first")]
        public static partial class First
        {
            static void Define(PolicyBuilder policy)
            {
                Shared.Noise(policy);
                policy.Rule(Level.Metadata, "first");
            }
        }
        """;

    private const string Second = """
        using PolicyKit;
        [AuditPolicy("second")]
        public static partial class Second
        {
            static void Define(PolicyBuilder policy) => policy.Rule(Level.Request, "second");
        }
        """;

    private const string Shared = """
        using PolicyKit;
        public static class Shared
        {
            [RuleSet]
            public static void Noise(PolicyBuilder policy) => policy.Rule(Level.None).Users(Users.KubeProxy);
        }
        """;

    private static (GeneratorHarness.Result First, GeneratorHarness.Result Second) RunTwice(Func<Compilation, Compilation> edit)
    {
        var compilation = GeneratorHarness.Compilation([First, Second, Shared]);
        var first = GeneratorHarness.Run(compilation);
        var second = GeneratorHarness.Run(edit(compilation), first.Driver);
        return (first, second);
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorHarness.Result result, string step)
        => result.Run.Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static IEnumerable<IncrementalStepRunReason> Emitted(GeneratorHarness.Result result)
        => result.Run.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static Compilation Replace(Compilation c, string oldText, string newText)
    {
        var tree = c.SyntaxTrees.Single(t => t.ToString().Contains(oldText, StringComparison.Ordinal));
        return c.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(tree.ToString().Replace(oldText, newText))));
    }

    [Fact]
    public void An_unrelated_edit_leaves_every_step_cached()
    {
        var (_, second) = RunTwice(c => c.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { void M() { } }", (CSharpParseOptions)c.SyntaxTrees.First().Options)));
        foreach (var step in new[] { StepNames.Parse, StepNames.ParseRuleSets, StepNames.CollectRuleSets, StepNames.Resolve })
        {
            Assert.All(Reasons(second, step), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + r));
        }
        Assert.All(Emitted(second), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output: " + r));
    }

    [Fact]
    public void A_comment_edit_inside_a_policy_re_parses_it_but_emits_nothing_new()
    {
        var (_, second) = RunTwice(c => Replace(c, "policy.Rule(Level.Request, \"second\");", "policy.Rule(Level.Request, \"second\"); // reviewed"));
        Assert.Contains(IncrementalStepRunReason.Unchanged, Reasons(second, StepNames.Parse));
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, Reasons(second, StepNames.Resolve));
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, Emitted(second));
    }

    [Fact]
    public void Editing_one_policy_re_emits_only_that_policy()
    {
        var (_, second) = RunTwice(c => Replace(c, "Level.Request, \"second\"", "Level.RequestResponse, \"second\""));
        Assert.Equal(1, Reasons(second, StepNames.Parse).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, Emitted(second).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, Emitted(second).Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Editing_a_rule_set_re_emits_the_policies_that_include_it_and_no_other()
    {
        var (_, second) = RunTwice(c => Replace(c, "Users(Users.KubeProxy)", "Users(Users.KubeScheduler)"));
        Assert.Equal(1, Reasons(second, StepNames.Resolve).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, Emitted(second).Count(r => r == IncrementalStepRunReason.Modified));
        var source = second.Run.Results.Single().GeneratedSources.Single(s => s.HintName.StartsWith("First", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("system:kube-scheduler", source);
    }

    [Fact]
    public void Step_outputs_hold_no_symbols_syntax_or_compilations()
    {
        var (first, _) = RunTwice(c => c);
        foreach (var step in first.Run.Results.Single().TrackedSteps.Where(s => s.Key.StartsWith("PolicyKit.", StringComparison.Ordinal)))
        {
            foreach (var output in step.Value.SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, step.Key, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }
        Assert.False(value is ISymbol or SyntaxNode or SyntaxTree or Compilation or SemanticModel or Location,
            $"{path} holds a {value.GetType().Name}");
        if (value is IEnumerable sequence)
        {
            var i = 0;
            foreach (var item in sequence)
            {
                AssertNoRoslynObjects(item, $"{path}[{i++}]", seen);
            }
        }
        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), path + "." + field.Name, seen);
        }
    }
}

public class CachePositionTests
{
    [Fact]
    public void Inserting_lines_above_a_policy_re_emits_nothing()
    {
        const string source = """
            using PolicyKit;
            [AuditPolicy("p")]
            public static partial class P
            {
                static void Define(PolicyBuilder policy) => policy.Rule(Level.Metadata);
            }
            """;
        var compilation = GeneratorHarness.Compilation([source]);
        var first = GeneratorHarness.Run(compilation);
        var tree = compilation.SyntaxTrees.Single();
        var moved = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("// a new comment\n// and another\n" + source)));
        var second = GeneratorHarness.Run(moved, first.Driver);
        var emit = second.Run.Results.Single().TrackedSteps[PolicyKit.Generators.StepNames.Emit].SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.All(emit, r => Assert.True(r is Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached or Microsoft.CodeAnalysis.IncrementalStepRunReason.Unchanged, r.ToString()));
    }
}
