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
    public const string Emit = "PolicyKit.Emit";
}

/// <summary>
/// Compiles each [AuditPolicy] class into its YAML, model and matcher. Diagnostics come from the
/// analyzer (live in the IDE); a policy with errors emits nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AuditPolicyGenerator : IIncrementalGenerator
{
    /// <summary>Where the matcher changes strategy; tests lower the limits to cover every fallback.</summary>
    internal MatcherLimits MatcherLimits { get; init; } = MatcherLimits.Default;

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

        // Without source positions: an edit that only moves a policy's code changes nothing here.
        var emit = resolved.Select(static (policy, _) => EmitSpec.From(policy)).WithTrackingName(StepNames.Emit);

        var limits = MatcherLimits;
        context.RegisterSourceOutput(emit, (spc, spec) =>
        {
            if (spec is not null)
            {
                spc.AddSource(spec.Class.FullName + ".PolicyKit.g.cs", PolicyEmitter.Emit(spec, limits));
            }
        });
    }
}
