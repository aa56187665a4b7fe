using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PolicyKit.Generators.Detections;

/// <summary>Names of the detection pipeline steps, so cache tests can inspect each one.</summary>
public static class DetectionStepNames
{
    public const string Parse = "PolicyKit.Detections.Parse";
    public const string Emit = "PolicyKit.Detections.Emit";
}

/// <summary>
/// Compiles each [DetectionRules] class into its Detections table (IR + compiled methods). Diagnostics
/// come from <see cref="Analyzers.DetectionAnalyzer"/>; a class with errors emits nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DetectionGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var parsed = context.SyntaxProvider
            .ForAttributeWithMetadataName(DetectionKnownSymbols.RulesAttributeName, static (node, _) => node is ClassDeclarationSyntax, DetectionParser.Parse)
            .WithTrackingName(DetectionStepNames.Parse);
        var emit = parsed.Select(static (spec, _) => DetectionEmitSpec.From(spec)).WithTrackingName(DetectionStepNames.Emit);
        context.RegisterSourceOutput(emit, static (spc, spec) =>
        {
            if (spec is not null)
            {
                spc.AddSource(spec.Class.FullName + ".Detections.g.cs", DetectionEmitter.Emit(spec));
            }
        });
    }
}
