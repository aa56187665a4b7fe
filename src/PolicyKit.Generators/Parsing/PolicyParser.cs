using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyKit.Generators.Model;
using PolicyKit.Validation;

namespace PolicyKit.Generators.Parsing;

/// <summary>
/// The only code that touches Roslyn for policies: an [AuditPolicy] class → <see cref="PolicySpec"/>.
/// Shared by the generator and the analyzer, so both see the same diagnostics.
/// </summary>
internal static class PolicyParser
{
    public const string AttributeName = "PolicyKit.AuditPolicyAttribute";

    public static PolicySpec Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        => Parse((ClassDeclarationSyntax)context.TargetNode, (INamedTypeSymbol)context.TargetSymbol, context.Attributes[0], context.SemanticModel.Compilation, cancellationToken);

    public static PolicySpec Parse(ClassDeclarationSyntax syntax, INamedTypeSymbol type, AttributeData attribute, Compilation compilation, CancellationToken cancellationToken)
    {
        var diagnostics = new List<ParseDiagnostic>();
        var name = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string ?? "" : "";
        var minText = attribute.NamedArguments.FirstOrDefault(a => a.Key == "MinKubernetesVersion").Value.Value as string;
        var min = KubernetesVersion.Oldest;
        if (minText is not null && (!KubernetesVersion.TryParse(minText, out min) || min < KubernetesVersion.Oldest || min > KubernetesVersion.Latest))
        {
            diagnostics.Add(ParseDiagnostic.At(syntax.Identifier.Parent!, ParseIds.InvalidMinVersion,
                $"MinKubernetesVersion \"{minText}\" is not a version PolicyKit knows ({KubernetesVersion.Oldest} to {KubernetesVersion.Latest})"));
            min = KubernetesVersion.Oldest;
        }

        var containing = new List<string>();
        for (var t = type.ContainingType; t is not null; t = t.ContainingType)
        {
            containing.Insert(0, t.Name);
        }
        var ns = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
        var accessibility = SyntaxFacts.GetText(type.DeclaredAccessibility);

        Policy? policy = null;
        var define = syntax.Members.OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.Text == "Define");
        var known = KnownSymbols.For(compilation);
        if (!type.IsStatic || !syntax.Modifiers.Any(SyntaxKind.PartialKeyword) || define is null
            || define.ParameterList.Parameters.Count != 1 || !define.Modifiers.Any(SyntaxKind.StaticKeyword))
        {
            diagnostics.Add(ParseDiagnostic.At(syntax, ParseIds.BadPolicyClass,
                $"[AuditPolicy] class {type.Name} must be 'static partial' with a 'static void Define(PolicyBuilder policy)' method"));
        }
        else
        {
            cancellationToken.ThrowIfCancellationRequested();
            var body = new DefineBodyParser(compilation, known, diagnostics);
            body.Parse(define);
            policy = new Policy(new EquatableArray<PolicyRule>(body.Rules), body.OmitStages, body.OmitManagedFields, null);
            Check(policy, body.RuleSites, define, min, diagnostics);
        }
        return new PolicySpec(ns, new EquatableArray<string>(containing), type.Name, accessibility, name, min.ToString(), policy,
            new EquatableArray<ParseDiagnostic>(diagnostics));
    }

    /// <summary>Whole-policy checks: at least one rule, and nothing the apiserver's validation refuses.</summary>
    private static void Check(Policy policy, List<ParseDiagnostic> sites, MethodDeclarationSyntax define, KubernetesVersion min, List<ParseDiagnostic> diagnostics)
    {
        if (policy.Rules.Count == 0)
        {
            diagnostics.Add(ParseDiagnostic.At(define.Identifier.Parent!, ParseIds.EmptyPolicy,
                "the policy has no rules: the apiserver refuses to load it (loaded illegal policy with 0 rules)"));
            return;
        }
        foreach (var finding in PolicyValidator.Validate(policy, KubernetesVersion.Latest))
        {
            if (finding.Severity != Severity.Error || finding.RuleIndex is not { } i)
            {
                continue;
            }
            var site = sites[i];
            var id = finding.Message.Contains(UpstreamMessages.BothKinds) ? ParseIds.ResourceAndNonResource : ParseIds.ApiserverRefuses;
            diagnostics.Add(site with { Id = id, IsError = true, Message = $"rule {i}: the apiserver refuses this policy: {finding}" });
        }
        if (!min.SupportsGroupWildcard)
        {
            for (var i = 0; i < policy.Rules.Count; i++)
            {
                if (policy.Rules[i].Resources.Any(g => g.Group == "*"))
                {
                    diagnostics.Add(sites[i] with
                    {
                        Id = ParseIds.VersionGated,
                        IsError = true,
                        Message = $"rule {i}: group \"*\" matches every group only from Kubernetes 1.36; apiservers from {min} to 1.35 refuse it. Raise MinKubernetesVersion to 1.36 or name the groups",
                    });
                }
            }
        }
    }
}
