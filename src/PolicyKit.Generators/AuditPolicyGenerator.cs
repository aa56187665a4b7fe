using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyKit.Generators.Emitters;
using PolicyKit.Generators.Model;
using PolicyKit.Generators.Parsing;

namespace PolicyKit.Generators;

/// <summary>Names of the pipeline steps, so cache tests can inspect each one.</summary>
public static class StepNames
{
    public const string Parse = "PolicyKit.Parse";
    public const string ParseRuleSets = "PolicyKit.ParseRuleSets";
    public const string CollectRuleSets = "PolicyKit.CollectRuleSets";
    public const string Resolve = "PolicyKit.Resolve";
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

        var ruleSets = context.SyntaxProvider
            .ForAttributeWithMetadataName(PolicyParser.RuleSetAttributeName, static (node, _) => node is MethodDeclarationSyntax, PolicyParser.ParseRuleSet)
            .WithTrackingName(StepNames.ParseRuleSets)
            .Collect()
            .Select(static (sets, _) => new EquatableArray<RuleSetSpec>(sets.OrderBy(s => s.Id, System.StringComparer.Ordinal)))
            .WithTrackingName(StepNames.CollectRuleSets);

        var resolved = policies.Combine(ruleSets)
            .Select(static (pair, _) => PolicyResolver.Resolve(pair.Left, pair.Right.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First(), System.StringComparer.Ordinal)))
            .WithTrackingName(StepNames.Resolve);

        context.RegisterSourceOutput(resolved, static (spc, policy) =>
        {
            if (!policy.HasErrors)
            {
                spc.AddSource(policy.Spec.FullName + ".PolicyKit.g.cs", PolicyEmitter.Emit(policy.Spec, policy.Policy!));
            }
        });
    }
}
