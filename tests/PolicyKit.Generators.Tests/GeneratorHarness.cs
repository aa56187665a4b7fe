using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PolicyKit.Generators;
using PolicyKit.Generators.Emitters;

namespace PolicyKit.Tests;

/// <summary>Compiles DSL sources in memory with the generator (offline: reference assemblies from Basic.Reference.Assemblies).</summary>
internal static class GeneratorHarness
{
    public delegate AuditDecision EvaluateFn(in AuditRequest request);

    private static readonly MetadataReference[] References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(PolicyBuilder).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Policy).Assembly.Location),
    ];

    public sealed record Result(Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics, GeneratorDriverRunResult Run, GeneratorDriver Driver)
    {
        /// <summary>Warnings and errors of the compiled result, generated code included.</summary>
        public IReadOnlyList<Diagnostic> Problems => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

        /// <summary>What the parser made of each policy class (the output of the Parse step).</summary>
        public IReadOnlyList<PolicyKit.Generators.Model.PolicySpec> Specs
            => Run.Results.Single().TrackedSteps[StepNames.Parse].SelectMany(s => s.Outputs).Select(o => (PolicyKit.Generators.Model.PolicySpec)o.Value).ToList();

        public string GeneratedSource(string hint) => Run.Results.Single().GeneratedSources.Single(s => s.HintName.Contains(hint)).SourceText.ToString();
    }

    public static CSharpCompilation Compilation(IEnumerable<string> sources, LanguageVersion language = LanguageVersion.Latest)
    {
        var options = new CSharpParseOptions(language);
        return CSharpCompilation.Create("PolicyTests" + Guid.NewGuid().ToString("N"),
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, options, path: $"Policy{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: language >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                generalDiagnosticOption: ReportDiagnostic.Error));
    }

    public static Result Run(params string[] sources) => Run(Compilation(sources));

    public static Result Run(Compilation compilation, GeneratorDriver? driver = null, MatcherLimits? limits = null)
    {
        driver ??= CSharpGeneratorDriver.Create(
            [new AuditPolicyGenerator { MatcherLimits = limits ?? MatcherLimits.Default }.AsSourceGenerator()],
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new Result(output, diagnostics, driver.GetRunResult(), driver);
    }

    /// <summary>Emits and loads the compiled policies (collectible, so many compilations do not pile up).</summary>
    public static Assembly Load(Compilation output)
    {
        using var pe = new MemoryStream();
        var emit = output.Emit(pe);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        pe.Position = 0;
        return new AssemblyLoadContext(output.AssemblyName, isCollectible: true).LoadFromStream(pe);
    }

    public static EvaluateFn Evaluate(Assembly assembly, string className)
        => assembly.GetType(className, throwOnError: true)!.GetMethod("Evaluate")!.CreateDelegate<EvaluateFn>();

    public static Policy Model(Assembly assembly, string className)
        => (Policy)assembly.GetType(className, throwOnError: true)!.GetProperty("Model")!.GetValue(null)!;

    /// <summary>Runs the class's own Define method through the real builders.</summary>
    public static Policy BuildAtRuntime(Assembly assembly, string className)
    {
        var define = assembly.GetType(className, throwOnError: true)!.GetMethod("Define", BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static)!;
        return PolicyBuilder.Build(b => define.Invoke(null, [b]));
    }
}
