using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyKit.Detection;
using PolicyKit.Generators.Analyzers;
using PolicyKit.Generators.Detections;

namespace PolicyKit.Tests;

/// <summary>
/// [DetectionRules] classes: the generator's IR and Detections table, the analyzer's PK2001–PK2004 at the
/// exact expression ([|...|] marks the expected span), and the pipeline's caching.
/// </summary>
public class DetectionGeneratorTests
{
    private static string Rules(string members) => $$"""
        using PolicyKit;
        using PolicyKit.Detection;
        namespace Acme;
        [DetectionRules]
        public static partial class MyRules
        {
            static string Dynamic() => "x";
            public static readonly AllowList Trusted = new("trusted", "alice", "bob");
        {{members}}
        }
        """;

    private static (Compilation Output, GeneratorDriver Driver) Generate(Compilation compilation, GeneratorDriver? driver = null)
    {
        driver ??= CSharpGeneratorDriver.Create([new DetectionGenerator().AsSourceGenerator()],
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (output, driver);
    }

    private static async Task<ImmutableArray<Diagnostic>> Analyze(string source)
        => await GeneratorHarness.Compilation([source]).WithAnalyzers([new DetectionAnalyzer()]).GetAnalyzerDiagnosticsAsync();

    private static async Task Expect(string id, string marked)
    {
        var start = marked.IndexOf("[|", StringComparison.Ordinal);
        var end = marked.IndexOf("|]", StringComparison.Ordinal) - 2;
        var source = marked.Replace("[|", "").Replace("|]", "");
        var d = Assert.Single(await Analyze(source));
        Assert.Equal(id, d.Id);
        Assert.Equal(source.Substring(start, end - start), source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length));
        Assert.EndsWith($"docs/rules/{id}.md", d.Descriptor.HelpLinkUri);
    }

    private static IReadOnlyList<DetectionRule> Load(Compilation output)
        => (IReadOnlyList<DetectionRule>)GeneratorHarness.Load(output).GetType("Acme.MyRules", throwOnError: true)!
            .GetProperty("Detections", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    private const string Valid = """
            static bool IsSystem(AuditEvent e) => e.User.Name.StartsWith("system:");

            [Detection("exec", "Exec", AlertSeverity.High, "T1609", Stage = Stage.ResponseStarted)]
            public static bool Exec(AuditEvent e)
                => e.ObjectRef.Resource == "pods" && e.ObjectRef.Subresource.In("exec", "attach") && !IsSystem(e) && !e.User.Name.In(Trusted)
                && e.Query("command").Any(c => c.Glob("*sh"));

            [Detection("priv", "Privileged", AlertSeverity.Critical, "T1611")]
            static bool Priv(AuditEvent e)
            {
                return e.Verb == "create" && e.RequestObject.PodSpec.AllContainers.Any(c => c.SecurityContext.Privileged || c.SecurityContext.RunAsUser == 0);
            }
        """;

    [Fact]
    public async Task Valid_rules_have_no_diagnostics_and_compile()
    {
        Assert.Empty(await Analyze(Rules(Valid)));
        var (output, _) = Generate(GeneratorHarness.Compilation([Rules(Valid)]));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var rules = Load(output);
        Assert.Equal(["exec", "priv"], rules.Select(r => r.Id));
        Assert.Equal(Stage.ResponseStarted, rules[0].Info.Stage);
        Assert.Equal(AlertSeverity.Critical, rules[1].Info.Severity);
    }

    [Fact]
    public void The_IR_is_the_method_body()
    {
        var (output, _) = Generate(GeneratorHarness.Compilation([Rules(Valid)]));
        var exec = Load(output)[0].Info;
        var resource = new FieldValue(EventField.Resource);
        var all = Assert.IsType<AllOf>(exec.Condition);
        Assert.Equal(new CompareCondition(resource, CompareOp.Equal, ConstValue.String("pods")), all.Items[0]);
        Assert.Equal(new InListCondition(new FieldValue(EventField.Subresource), "", new EquatableArray<string>(["exec", "attach"])), all.Items[1]);
        // The helper predicate is inlined; the allow-list keeps its name and defaults.
        Assert.Equal(new NotCondition(new TextCondition(new FieldValue(EventField.Username), TextOp.StartsWith, "system:")), all.Items[2]);
        Assert.Equal(new NotCondition(new InListCondition(new FieldValue(EventField.Username), "trusted", new EquatableArray<string>(["alice", "bob"]))), all.Items[3]);
        Assert.Equal(new AnyItemCondition(new FieldValue(EventField.Query, "command"), 0,
            new TextCondition(new BodyValue(BodyRoot.Item, 0, default, ValueKind.String), TextOp.Glob, "*sh")), all.Items[4]);
        Assert.Equal(["pods"], exec.Requirements.Resources);
        Assert.Equal(Level.Metadata, exec.NeededLevel);

        var priv = Load(output)[1].Info;
        Assert.Equal(Level.Request, priv.NeededLevel);
        var any = Assert.IsType<AnyItemCondition>(Assert.IsType<AllOf>(priv.Condition).Items[1]);
        Assert.Equal(new BodyValue(BodyRoot.RequestObject, 0, new EquatableArray<string>([BodyPaths.PodSpec, BodyPaths.AllContainers]), ValueKind.List), any.Collection);
    }

    [Theory]
    [InlineData("[|e.User.Name.Length|] > 3")]
    [InlineData("e.Verb.StartsWith([|Dynamic()|])")]
    [InlineData("[|e.Verb == \"get\" ? true : false|]")]
    [InlineData("e.User.Groups.Any(g => [|g.ToUpperInvariant()|] == \"X\")")]
    [InlineData("[|e.SourceIPs == e.SourceIPs|]")]
    [InlineData("[|e.Verb.CompareTo(\"a\")|] > 0")]
    [InlineData("e.Verb.StartsWith(\"a\", [|System.StringComparison.OrdinalIgnoreCase|])")]
    [InlineData("e.Verb.In([|Dynamic()|])")]
    [InlineData("[|\"a\" == \"b\"|]")]
    public async Task PK2001_at_the_expression_outside_the_subset(string body)
        => await Expect("PK2001", Rules($"[Detection(\"r\", \"R\", AlertSeverity.Low, \"T1609\")] static bool R(AuditEvent e) => {body};"));

    [Fact]
    public async Task PK2002_method_of_the_wrong_shape()
        => await Expect("PK2002", Rules("[Detection(\"r\", \"R\", AlertSeverity.Low, \"T1609\")] static bool [|R|](AuditEvent e, int x) => true;"));

    [Fact]
    public async Task PK2002_class_not_static_partial()
        => await Expect("PK2002", Rules("").Replace("public static partial class MyRules", "public partial class [|MyRules|]"));

    [Fact]
    public async Task PK2003_duplicate_id()
        => await Expect("PK2003", Rules("""
            [Detection("r", "R", AlertSeverity.Low, "T1609")] static bool A(AuditEvent e) => e.Verb == "get";
            [Detection("r", "R2", AlertSeverity.Low, "T1609")] static bool [|B|](AuditEvent e) => e.Verb == "list";
            """));

    [Theory]
    [InlineData("Threshold = 1, WindowSeconds = 60, CountBy = CountKey.User")]
    [InlineData("Threshold = 20, WindowSeconds = 0, CountBy = CountKey.User")]
    [InlineData("Threshold = 20, WindowSeconds = 60")]
    [InlineData("Threshold = 20, WindowSeconds = 60, CountBy = CountKey.None")]
    [InlineData("CountBy = CountKey.SourceIP")]
    public async Task PK2004_incomplete_or_out_of_range_window(string window)
        => await Expect("PK2004", Rules($"[[|Detection(\"r\", \"R\", AlertSeverity.Low, \"T1110\", {window})|]] static bool R(AuditEvent e) => e.ResponseCode == 403;"));

    [Theory]
    [InlineData("[[|DetectionException(\"x\")|]]")]
    [InlineData("[[|DetectionException(\"\", User = [\"a\"])|]]")]
    [InlineData("[[|DetectionException(\"x\", SourceIP = [\"10.0.0.0/33\"])|]]")]
    [InlineData("[[|DetectionException(\"x\", Rules = [\"r\"], User = [\"a\"])|]]")]
    [InlineData("[DetectionException(\"x\", User = [\"a\"])] [[|DetectionException(\"x\", Verb = [\"get\"])|]]")]
    public async Task PK2005_malformed_exception(string attributes)
        => await Expect("PK2005", Rules($"{attributes} [Detection(\"r\", \"R\", AlertSeverity.Low, \"T1609\")] static bool R(AuditEvent e) => e.Verb == \"get\";"));

    [Fact]
    public async Task PK2005_class_exception_naming_an_unknown_rule()
        => await Expect("PK2005", Rules("[Detection(\"r\", \"R\", AlertSeverity.Low, \"T1609\")] static bool R(AuditEvent e) => e.Verb == \"get\";")
            .Replace("public static partial class MyRules", "[[|DetectionException(\"x\", Rules = [\"q\"], User = [\"a\"])|]] public static partial class MyRules"));

    [Fact]
    public void Exceptions_and_tags_are_carried_into_the_table()
    {
        var source = Rules("""
            [Detection("r", "R", AlertSeverity.Low, "T1609", Tags = ["workload"])]
            [DetectionException("gpu", Image = ["nvcr.io/*"], SourceIP = ["10.0.0.0/8"])]
            static bool R(AuditEvent e) => e.Verb == "get";
            """).Replace("public static partial class MyRules", "[DetectionException(\"ci\", Rules = [\"r\"], User = [\"system:serviceaccount:ci:*\"])] public static partial class MyRules");
        var (output, _) = Generate(GeneratorHarness.Compilation([source]));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var info = Load(output)[0].Info;
        Assert.Equal(["workload"], info.Tags);
        Assert.Equal(["gpu", "ci"], info.Exceptions.Select(x => x.Name));
        Assert.Equal(new ExceptionCondition(ExceptionField.SourceIP, new EquatableArray<string>(["10.0.0.0/8"])), info.Exceptions[0].Conditions[1]);
    }

    [Fact]
    public void A_windowed_rule_carries_its_window_into_the_table()
    {
        var source = Rules("""
            [Detection("burst", "Burst", AlertSeverity.Medium, "T1110", Threshold = 20, WindowSeconds = 60, CountBy = CountKey.SourceIP)]
            static bool Burst(AuditEvent e) => e.ResponseCode == 401;
            [Detection("plain", "Plain", AlertSeverity.Low, "T1609")]
            static bool Plain(AuditEvent e) => e.Verb == "get";
            """);
        var (output, _) = Generate(GeneratorHarness.Compilation([source]));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var rules = Load(output);
        Assert.Equal(new DetectionWindow(20, 60, CountKey.SourceIP), rules[0].Info.Window);
        Assert.Null(rules[1].Info.Window);
    }

    [Fact]
    public void A_class_with_errors_gets_no_table()
    {
        var (output, _) = Generate(GeneratorHarness.Compilation([Rules("[Detection(\"r\", \"R\", AlertSeverity.Low, \"T1609\")] static bool R(AuditEvent e) => e.User.Name.Length > 3;")]));
        Assert.Single(output.SyntaxTrees);
    }

    [Fact]
    public void An_edit_outside_the_rules_re_emits_nothing()
    {
        var compilation = GeneratorHarness.Compilation([Rules(Valid), "class Other { }"]);
        var (_, driver) = Generate(compilation);
        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText("class Other { int X; }", (CSharpParseOptions)compilation.SyntaxTrees.First().Options, path: compilation.SyntaxTrees.Last().FilePath));
        var (_, second) = Generate(edited, driver);
        var run = second.GetRunResult().Results.Single();
        Assert.All(run.TrackedSteps[DetectionStepNames.Parse].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public async Task PK2010_when_a_policy_of_the_same_compilation_does_not_log_what_a_rule_reads()
    {
        var policy = """
            using PolicyKit;
            using static PolicyKit.Api;
            [AuditPolicy("prod")]
            public static partial class Prod
            {
                static void Define(PolicyBuilder policy)
                {
                    policy.Rule(Level.Metadata, "pods-metadata").Resources(Core.Pods);
                    policy.Rule(Level.RequestResponse, "rest");
                }
            }
            """;
        var rules = Rules("""
            [Detection("priv", "Privileged", AlertSeverity.High, "T1611")]
            static bool Priv(AuditEvent e) => e.ObjectRef.Resource == "pods" && e.Verb == "create" && e.RequestObject.PodSpec.AllContainers.Any(c => c.SecurityContext.Privileged);
            [Detection("exec", "Exec", AlertSeverity.High, "T1609")]
            static bool Exec(AuditEvent e) => e.ObjectRef.Resource == "pods" && e.ObjectRef.Subresource == "exec";
            """);
        var analyzers = GeneratorHarness.Compilation([policy, rules]).WithAnalyzers([new DetectionAnalyzer()]);
        var d = Assert.Single(await analyzers.GetAnalyzerDiagnosticsAsync());
        Assert.Equal("PK2010", d.Id);
        Assert.Equal(DiagnosticSeverity.Warning, d.Descriptor.DefaultSeverity);
        Assert.Equal("Priv", d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan));
        Assert.StartsWith("policy 'prod': priv reads requestObject of pods create, which rule 0 'pods-metadata' logs at Metadata", d.GetMessage());
    }

    [Fact]
    public void Keyword_class_names_are_escaped_like_policy_classes()
    {
        var source = """
            using PolicyKit;
            using PolicyKit.Detection;
            namespace Acme;
            public static partial class @event
            {
                [DetectionRules]
                public static partial class @class
                {
                    [Detection("r", "R", AlertSeverity.Low, "T1609")] static bool @if(AuditEvent e) => e.Verb == "get";
                }
            }
            """;
        var (output, _) = Generate(GeneratorHarness.Compilation([source]));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var generated = output.SyntaxTrees.Last().ToString();
        Assert.Contains("typeof(global::Acme.@event.@class)", generated);
        Assert.Contains("partial class @event", generated);
        var rules = (IReadOnlyList<DetectionRule>)GeneratorHarness.Load(output).GetType("Acme.event+class", throwOnError: true)!
            .GetProperty("Detections", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        Assert.Equal("r", Assert.Single(rules).Info.Id);
    }
}
