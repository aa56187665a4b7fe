using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyKit.Generators.Analyzers;

namespace PolicyKit.Tests;

/// <summary>The DSL diagnostics, reported by the analyzer at the exact expression ([|...|] marks the expected span).</summary>
public class AnalyzerTests
{
    /// <summary>The DSL diagnostics (PK0nnn) only: the policy analysis (PK1nnn) has tests of its own below.</summary>
    private static async Task<ImmutableArray<Diagnostic>> Analyze(params string[] sources)
        => (await AnalyzeAll(sources)).Where(d => d.Id.StartsWith("PK0", StringComparison.Ordinal)).ToImmutableArray();

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAll(params string[] sources)
    {
        var compilation = GeneratorHarness.Compilation(sources);
        var analyzers = compilation.WithAnalyzers([new PolicyDslAnalyzer()]);
        return await analyzers.GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>Checks that the source yields exactly one diagnostic, with this id, at the span marked [|...|].</summary>
    private static async Task<Diagnostic> Expect(string id, string marked, params string[] others)
    {
        var start = marked.IndexOf("[|", StringComparison.Ordinal);
        var end = marked.IndexOf("|]", StringComparison.Ordinal) - 2;
        var source = marked.Replace("[|", "").Replace("|]", "");
        var diagnostics = await Analyze([source, .. others]);
        var d = Assert.Single(diagnostics);
        Assert.Equal(id, d.Id);
        Assert.Equal(source.Substring(start, end - start), source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length));
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.EndsWith($"docs/rules/{id}.md", d.Descriptor.HelpLinkUri);
        return d;
    }

    private static string Policy(string body, string attribute = "[AuditPolicy(\"p\")]") => $$"""
        using PolicyKit;
        using static PolicyKit.Api;
        {{attribute}}
        public static partial class P
        {
            static string Dynamic() => "x";
            static readonly string[] NotConstant = new[] { Dynamic() };
            static void Define(PolicyBuilder policy)
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public async Task Valid_policy_has_no_diagnostics()
        => Assert.Empty(await Analyze(Policy("policy.Rule(Level.Metadata).Users(\"a\").Resources(Core.Pods, Resource.Custom(\"example.com\", \"widgets\"));")));

    [Fact]
    public async Task PK0001_method_call_argument()
        => await Expect("PK0001", Policy("policy.Rule(Level.Metadata).Users([|Dynamic()|]);"));

    [Fact]
    public async Task PK0001_non_constant_element_of_a_static_readonly_array_is_reported_in_its_initializer()
        => await Expect("PK0001", Policy("policy.Rule(Level.Metadata).Users(NotConstant);").Replace("new[] { Dynamic() }", "new[] { [|Dynamic()|] }"));

    [Fact]
    public async Task PK0001_non_constant_rule_name()
        => await Expect("PK0001", Policy("policy.Rule(Level.Metadata, [|Dynamic()|]);"));

    [Fact]
    public async Task PK0002_if_statement()
        => await Expect("PK0002", Policy("[|if (true) policy.Rule(Level.Metadata);|]"));

    [Fact]
    public async Task PK0002_other_call()
        => await Expect("PK0002", Policy("policy.Rule(Level.Metadata);\n[|System.Console.WriteLine()|];"));

    [Fact]
    public async Task PK0003_class_not_partial()
    {
        var source = """
            using PolicyKit;
            [AuditPolicy("p")]
            public static class [|P|]
            {
                static void Define(PolicyBuilder policy) => policy.Rule(Level.Metadata);
            }
            """;
        await Expect("PK0003", source);
    }

    [Fact]
    public async Task PK0004_no_rules()
        => await Expect("PK0004", """
            using PolicyKit;
            [AuditPolicy("p")]
            public static partial class [|P|]
            {
                static void Define(PolicyBuilder policy) => policy.OmitStages(Stage.RequestReceived);
            }
            """);

    [Fact]
    public async Task PK0005_resources_and_urls()
        => await Expect("PK0005", Policy("[|policy.Rule(Level.None).Namespaces(\"a\").NonResourceUrls(\"/healthz\")|];"));

    [Fact]
    public async Task PK0006_group_star_below_1_36()
    {
        var d = await Expect("PK0006", Policy("[|policy.Rule(Level.None).Resources(Resource.Custom(\"*\", \"pods\"))|];", "[AuditPolicy(\"p\", MinKubernetesVersion = \"1.35\")]"));
        Assert.Contains("1.36", d.GetMessage());
        Assert.Empty(await Analyze(Policy("policy.Rule(Level.None).Resources(Resource.Custom(\"*\", \"pods\"));", "[AuditPolicy(\"p\", MinKubernetesVersion = \"1.36\")]")));
    }

    [Fact]
    public async Task PK0007_unknown_version()
        => await Expect("PK0007", Policy("policy.Rule(Level.None);", "[[|AuditPolicy(\"p\", MinKubernetesVersion = \"1.20\")|]]"));

    [Fact]
    public async Task PK0008_url_without_slash()
    {
        var d = await Expect("PK0008", Policy("[|policy.Rule(Level.None).NonResourceUrls(\"healthz\")|];"));
        Assert.Contains("non-resource URL rules must begin with a '/' character", d.GetMessage());
    }

    [Fact]
    public async Task PK0008_names_on_a_whole_group()
        => await Expect("PK0008", Policy("policy.Rule(Level.None).Resources([|Apps.All.Named(\"x\")|]);"));

    [Fact]
    public async Task PK0009_cast_level()
        => await Expect("PK0009", Policy("policy.Rule([|(Level)7|]);"));

    [Fact]
    public async Task RuleSet_statements_are_reported_once_in_the_rule_set()
    {
        var ruleSet = """
            using PolicyKit;
            public static class Shared
            {
                [RuleSet]
                public static void Noise(PolicyBuilder policy) => policy.Rule(Level.None).Users([|System.Environment.UserName|]);
            }
            """;
        await Expect("PK0001", ruleSet, Policy("Shared.Noise(policy);\npolicy.Rule(Level.Metadata);").Replace("\n", "\n"));
    }

    [Fact]
    public async Task Rule_sets_in_other_files_are_included()
        => Assert.Empty(await Analyze(
            Policy("Shared.Noise(policy);"),
            "using PolicyKit; public static class Shared { [RuleSet] public static void Noise(PolicyBuilder policy) => policy.Rule(Level.None); }"));

    private const string Clean = """
        policy.OmitStages(Stage.RequestReceived);
        """;

    [Fact]
    public async Task PK1001_a_shadowed_rule_is_a_warning_at_its_statement_with_the_shadowing_rule_as_additional_location()
    {
        var source = Policy(Clean + """
            policy.Rule(Level.None, "all-pods").Resources(Core.Pods.WithSubresources);
            policy.Rule(Level.RequestResponse, "exec").Resources(Core.Pods.Exec);
            policy.Rule(Level.Metadata, "catch-all");
            """);
        var d = Assert.Single((await AnalyzeAll(source)).Where(d => d.Id == "PK1001"));
        Assert.Equal(DiagnosticSeverity.Warning, d.Descriptor.DefaultSeverity);
        Assert.Equal("policy.Rule(Level.RequestResponse, \"exec\").Resources(Core.Pods.Exec)", source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length));
        Assert.Contains("rule 1 \"exec\" is unreachable: rule 0 \"all-pods\", earlier, matches every request it matches", d.GetMessage());
        var shadowing = Assert.Single(d.AdditionalLocations);
        Assert.StartsWith("policy.Rule(Level.None, \"all-pods\")", source.Substring(shadowing.SourceSpan.Start));
        Assert.Equal("0", d.Properties["related"]);
        Assert.EndsWith("docs/rules/PK1001.md", d.Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task PK1010_is_an_error_with_its_witness_and_a_clean_policy_has_no_findings()
    {
        var d = Assert.Single((await AnalyzeAll(Policy("""
            policy.OmitStages(Stage.RequestReceived);
            policy.Rule(Level.Metadata, "credentials").Resources(Core.ConfigMaps, Core.ServiceAccounts.Token, Authentication.TokenReviews);
            policy.Rule(Level.RequestResponse, "everything");
            """))).Where(d => d.Id == "PK1010"));
        Assert.Equal(DiagnosticSeverity.Error, d.Descriptor.DefaultSeverity);
        Assert.Contains("get secrets", d.Properties["witness"]);
        Assert.Empty(await AnalyzeAll(Policy(Clean + "policy.Rule(Level.Metadata, \"catch-all\");")));
    }

    [Fact]
    public async Task Policy_wide_findings_are_reported_on_the_class_and_severity_follows_editorconfig()
    {
        var source = Policy("policy.Rule(Level.Metadata).Resources(Core.Secrets);");
        var ids = (await AnalyzeAll(source)).Select(d => d.Id).Distinct().Order().ToArray();
        Assert.Equal(["PK1021", "PK1030", "PK1031"], ids);
        var d = (await AnalyzeAll(source)).First(d => d.Id == "PK1030");
        Assert.Equal("P", source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length));
        var options = new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions([new("PK1030", ReportDiagnostic.Suppress), new("PK1021", ReportDiagnostic.Suppress), new("PK1031", ReportDiagnostic.Error)]);
        var compilation = GeneratorHarness.Compilation([source]).WithOptions(options);
        var configured = await compilation.WithAnalyzers([new PolicyDslAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        Assert.Equal(["PK1031"], configured.Select(c => c.Id).Distinct());
        Assert.Equal(DiagnosticSeverity.Error, configured[0].Severity);
    }

    [Fact]
    public void Every_descriptor_the_analyzers_export_comes_from_the_catalog()
    {
        var exported = new DiagnosticAnalyzer[] { new PolicyDslAnalyzer(), new DetectionAnalyzer() }.SelectMany(a => a.SupportedDiagnostics).ToList();
        foreach (var descriptor in exported)
        {
            var info = PolicyKit.Diagnostics.DiagnosticCatalog.Get(descriptor.Id);
            Assert.Equal(info.Title, descriptor.Title.ToString());
            Assert.Equal(info.Category, descriptor.Category);
            Assert.Equal(info.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.Equal(info.DefaultSeverity.ToString(), descriptor.DefaultSeverity.ToString());
            Assert.Equal(info.HelpLink, descriptor.HelpLinkUri);
        }
        // Every PK0nnn–PK2nnn id is reported by some analyzer except those only the CLI's YAML reader sees.
        var expected = PolicyKit.Diagnostics.DiagnosticCatalog.All.Select(d => d.Id)
            .Where(id => id.CompareTo("PK3") < 0 && id is not "PK1050" and not "PK1051" and not "PK1053").Order(StringComparer.Ordinal);
        Assert.Equal(expected, exported.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_release_tracking_file_lists_the_catalog_as_the_analyzers_export_it()
    {
        var file = Path.Combine(PolicyKit.Tests.Fixtures.RepositoryRoot, "src", "PolicyKit.Generators", "AnalyzerReleases.Unshipped.md");
        var rows = File.ReadAllLines(file).Where(l => l.StartsWith("PK", StringComparison.Ordinal))
            .Select(l => string.Join(" | ", l.Split('|').Select(c => c.Trim()))).ToList();
        var expected = new DiagnosticAnalyzer[] { new PolicyDslAnalyzer(), new DetectionAnalyzer() }.SelectMany(a => a.SupportedDiagnostics)
            .Select(d => PolicyKit.Diagnostics.DiagnosticCatalog.Get(d.Id)).Distinct().OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => $"{d.Id} | {d.Category} | {d.DefaultSeverity} | {d.Title}").ToList();
        Assert.Equal(expected, rows);
    }
}
