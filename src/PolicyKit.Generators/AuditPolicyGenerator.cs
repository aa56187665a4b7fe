using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyKit.Generators.Emitters;
using PolicyKit.Generators.Parsing;

namespace PolicyKit.Generators;

/// <summary>Names of the pipeline steps, so cache tests can inspect each one.</summary>
public static class StepNames
{
    public const string Parse = "PolicyKit.Parse";
}

/// <summary>
/// Compiles each [AuditPolicy] class into its YAML, model and matcher. Diagnostics come from the
/// analyzer (live in the IDE); a policy with errors emits nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AuditPolicyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var policies = context.SyntaxProvider
            .ForAttributeWithMetadataName(PolicyParser.AttributeName, static (node, _) => node is ClassDeclarationSyntax, PolicyParser.Parse)
            .WithTrackingName(StepNames.Parse);

        context.RegisterSourceOutput(policies, static (spc, spec) =>
        {
            if (!spec.HasErrors)
            {
                spc.AddSource(spec.FullName + ".PolicyKit.g.cs", PolicyEmitter.Emit(spec));
            }
        });
    }
}
