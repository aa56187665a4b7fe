using Microsoft.CodeAnalysis.Diagnostics;
using PolicyKit.Yaml;
namespace PolicyKit.Tests;

/// <summary>Inputs a review found to be mishandled, each pinned down.</summary>
public class ReviewRegressionTests
{
    [Fact]
    public void A_policy_that_includes_a_broken_rule_set_generates_nothing()
    {
        var result = GeneratorHarness.Run("""
            using PolicyKit;
            [AuditPolicy("p")]
            public static partial class P
            {
                static void Define(PolicyBuilder policy) { Shared.Ops(policy); policy.Rule(Level.Metadata); }
            }
            public static class Shared
            {
                [RuleSet] public static void Ops(PolicyBuilder p) => p.Rule(Level.None).Users(System.Environment.UserName);
            }
            """);
        Assert.Empty(result.Run.Results.Single().GeneratedSources);
    }

    [Fact]
    public void Named_arguments_are_read_by_name()
    {
        var result = GeneratorHarness.Run("""
            using PolicyKit;
            [AuditPolicy("p")]
            public static partial class P
            {
                static void Define(PolicyBuilder policy)
                    => policy.Rule(name: "widgets", level: Level.Request).Resources(Resource.Custom(plural: "widgets", group: "example.com")).OmitManagedFields(omit: false);
            }
            """);
        Assert.Empty(result.Problems);
        var rule = GeneratorHarness.Model(GeneratorHarness.Load(result.Output), "P").Rules.Single();
        Assert.Equal(Level.Request, rule.Level);
        Assert.Equal("widgets", rule.Name);
        Assert.Equal("example.com", rule.Resources.Single().Group);
        Assert.Equal(new[] { "widgets" }, rule.Resources.Single().Resources);
        Assert.Equal(false, rule.OmitManagedFields);
    }

    [Theory]
    [InlineData("policy.Rule(Level.None).Namespaces(Nothing);")]
    [InlineData("policy.Rule(Level.None).Resources(Resource.Custom(Nothing, \"pods\"));")]
    public void A_constant_null_is_not_a_value(string statement)
    {
        var result = GeneratorHarness.Run($$"""
            using PolicyKit;
            [AuditPolicy("p")]
            public static partial class P
            {
                const string Nothing = null;
                static void Define(PolicyBuilder policy) { {{statement}} }
            }
            """);
        Assert.Contains(result.Specs.Single().Body!.Diagnostics, d => d.Id == "PK0001");
        Assert.Empty(result.Run.Results.Single().GeneratedSources);
    }

    [Fact]
    public void Self_referential_static_arrays_do_not_crash()
    {
        var result = GeneratorHarness.Run("""
            using PolicyKit;
            [AuditPolicy("p")]
            public static partial class P
            {
                static readonly string[] A = B;
                static readonly string[] B = A;
                static void Define(PolicyBuilder policy) => policy.Rule(Level.None).Users(A);
            }
            """);
        Assert.Contains(result.Specs.Single().Body!.Diagnostics, d => d.Id == "PK0001");
    }

    [Theory]
    [InlineData("public static partial class Outer { [AuditPolicy(\"p\")] private static partial class P { static void Define(PolicyBuilder policy) => policy.Rule(Level.None); } }", "must be visible")]
    [InlineData("public static class Outer { [AuditPolicy(\"p\")] public static partial class P { static void Define(PolicyBuilder policy) => policy.Rule(Level.None); } }", "nested only in partial classes")]
    [InlineData("public partial class Outer<T> { [AuditPolicy(\"p\")] public static partial class P { static void Define(PolicyBuilder policy) => policy.Rule(Level.None); } }", "generic")]
    public void Classes_the_generator_cannot_extend_are_PK0003(string declaration, string why)
    {
        var result = GeneratorHarness.Run("using PolicyKit;\n" + declaration);
        var d = Assert.Single(result.Specs.Single().Diagnostics);
        Assert.Equal("PK0003", d.Id);
        Assert.Contains(why, d.Message);
        Assert.Empty(result.Run.Results.Single().GeneratedSources);
        Assert.DoesNotContain(result.Output.GetDiagnostics(), x => x.Id.StartsWith("CS", StringComparison.Ordinal) && x.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    // A namespace with an escaped keyword (My.@event) is not tried: Roslyn's ForAttributeWithMetadataName does
    // not find attributes there (seen with Roslyn 4.14), so no generator built on it sees such a class.
    [Theory]
    [InlineData("My.Plain", "@class")]
    [InlineData("My.Plain", "@static")]
    public void Keyword_names_are_escaped(string ns, string cls)
    {
        var result = GeneratorHarness.Run($$"""
            using PolicyKit;
            namespace {{ns}}
            {
                [AuditPolicy("p")]
                public static partial class {{cls}}
                {
                    static void Define(PolicyBuilder policy) => policy.Rule(Level.Metadata);
                }
            }
            """);
        Assert.Empty(result.Problems);
        Assert.Empty(result.Specs.Single().Diagnostics);
        Assert.Empty(result.Specs.Single().Body!.Diagnostics);
        Assert.Single(result.Run.Results.Single().GeneratedSources);
    }

    [Fact]
    public async Task Another_partial_declaration_of_the_policy_class_is_not_an_error()
    {
        var policy = """
            using PolicyKit;
            [AuditPolicy("p")]
            public static partial class P
            {
                static void Define(PolicyBuilder policy) => policy.Rule(Level.Metadata);
                static void Define(int unrelated) { }
            }
            """;
        var helpers = "public static partial class P { public static int Helper() => 1; }";
        var compilation = GeneratorHarness.Compilation([helpers, policy]);
        var diagnostics = await compilation.WithAnalyzers([new PolicyKit.Generators.Analyzers.PolicyDslAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(diagnostics.Where(d => d.Id.StartsWith("PK0", StringComparison.Ordinal)));
        Assert.Empty(GeneratorHarness.Run(compilation).Problems);
    }

    [Fact]
    public async Task Analyzer_diagnostics_are_in_source_so_pragmas_work()
    {
        var source = """
            using PolicyKit;
            [AuditPolicy("p")]
            public static partial class P
            {
                static void Define(PolicyBuilder policy)
                {
            #pragma warning disable PK0001
                    policy.Rule(Level.Metadata).Users(System.Environment.UserName);
            #pragma warning restore PK0001
                }
            }
            """;
        var compilation = GeneratorHarness.Compilation([source]);
        var all = await compilation.WithAnalyzers([new PolicyKit.Generators.Analyzers.PolicyDslAnalyzer()]).GetAllDiagnosticsAsync();
        Assert.DoesNotContain(all, d => d.Id == "PK0001" && !d.IsSuppressed);
        var reported = await compilation.WithAnalyzers([new PolicyKit.Generators.Analyzers.PolicyDslAnalyzer()],
            new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzersOptions(new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions([]), null, true, false, reportSuppressedDiagnostics: true))
            .GetAnalyzerDiagnosticsAsync();
        var d = Assert.Single(reported);
        Assert.True(d.Location.IsInSource);
        Assert.True(d.IsSuppressed);
    }
}
