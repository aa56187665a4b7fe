using PolicyKit.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyKit.Generators.Model;

namespace PolicyKit.Generators.Parsing;

/// <summary>
/// The only code that touches Roslyn for policies: an [AuditPolicy] class → <see cref="PolicySpec"/>,
/// a [RuleSet] method → <see cref="RuleSetSpec"/>. Shared by the generator and the analyzer, so both
/// see the same diagnostics.
/// </summary>
internal static class PolicyParser
{
    public const string AttributeName = "PolicyKit.AuditPolicyAttribute";
    public const string RuleSetAttributeName = "PolicyKit.RuleSetAttribute";

    public static PolicySpec Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        => Parse((ClassDeclarationSyntax)context.TargetNode, (INamedTypeSymbol)context.TargetSymbol, context.Attributes[0], context.SemanticModel, cancellationToken);

    public static RuleSetSpec ParseRuleSet(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        => ParseRuleSet((MethodDeclarationSyntax)context.TargetNode, (IMethodSymbol)context.TargetSymbol, context.SemanticModel);

    public static RuleSetSpec ParseRuleSet(MethodDeclarationSyntax syntax, IMethodSymbol method, SemanticModel model)
    {
        var known = KnownSymbols.For(model.Compilation);
        var body = IsBuilderMethod(syntax, method, known)
            ? DefineBodyParser.Parse(syntax, model, known)
            : new BodySpec(default, new EquatableArray<ParseDiagnostic>(new[]
            {
                ParseDiagnostic.At(syntax.Identifier, DiagnosticIds.BadPolicyClass, $"[RuleSet] method {method.Name} must be 'static void {method.Name}(PolicyBuilder policy)'"),
            }));
        return new RuleSetSpec(method.OriginalDefinition.GetDocumentationCommentId() ?? method.Name, method.Name, body);
    }

    public static PolicySpec Parse(ClassDeclarationSyntax syntax, INamedTypeSymbol type, AttributeData attribute, SemanticModel model, CancellationToken cancellationToken)
    {
        var diagnostics = new List<ParseDiagnostic>();
        var name = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string ?? "" : "";
        var minText = attribute.NamedArguments.FirstOrDefault(a => a.Key == "MinKubernetesVersion").Value.Value as string;
        var min = KubernetesVersion.Oldest;
        if (minText is not null && (!KubernetesVersion.TryParse(minText, out min) || min < KubernetesVersion.Oldest || min > KubernetesVersion.Latest))
        {
            diagnostics.Add(ParseDiagnostic.At(AttributeSyntax(attribute, syntax), DiagnosticIds.InvalidMinVersion,
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

        var known = KnownSymbols.For(model.Compilation);
        // Define(PolicyBuilder) in the declaration that carries [AuditPolicy] (other overloads are ignored).
        var define = syntax.Members.OfType<MethodDeclarationSyntax>()
            .FirstOrDefault(m => m.Identifier.Text == "Define" && model.GetDeclaredSymbol(m, cancellationToken) is { } symbol && IsBuilderMethod(m, symbol, known));
        BodySpec? body = null;
        if (!type.IsStatic || !syntax.Modifiers.Any(SyntaxKind.PartialKeyword) || define is null)
        {
            diagnostics.Add(ParseDiagnostic.At(syntax.Identifier, DiagnosticIds.BadPolicyClass,
                $"[AuditPolicy] class {type.Name} must be 'static partial' with a 'static void Define(PolicyBuilder policy)' method"));
        }
        else if (WhyNotExtensible(type) is { } why)
        {
            diagnostics.Add(ParseDiagnostic.At(syntax.Identifier, DiagnosticIds.BadPolicyClass, $"[AuditPolicy] class {type.Name} {why}"));
        }
        else
        {
            cancellationToken.ThrowIfCancellationRequested();
            body = DefineBodyParser.Parse(define, model, known);
        }
        return new PolicySpec(new PolicyClass(ns, new EquatableArray<string>(containing), type.Name, accessibility), name, min.ToString(), body,
            new EquatableArray<ParseDiagnostic>(diagnostics));
    }

    /// <summary>Why the generator could not add members to the class, or null: it must be non-generic, visible in its
    /// assembly (the assembly-level record names it), and nested only in non-generic partial classes.</summary>
    private static string? WhyNotExtensible(INamedTypeSymbol type)
    {
        for (var t = type; t is not null; t = t.ContainingType)
        {
            var isPolicy = SymbolEqualityComparer.Default.Equals(t, type);
            if (t.IsGenericType)
            {
                return isPolicy ? "must not be generic" : $"must not be nested in the generic type {t.Name}";
            }
            if (t.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
            {
                return $"must be visible in its assembly ({(isPolicy ? "it" : t.Name)} is {SyntaxFacts.GetText(t.DeclaredAccessibility)})";
            }
            if (!isPolicy && !(t.TypeKind == TypeKind.Class && !t.IsRecord
                && t.DeclaringSyntaxReferences.All(r => r.GetSyntax() is ClassDeclarationSyntax c && c.Modifiers.Any(SyntaxKind.PartialKeyword))))
            {
                return $"must be nested only in partial classes ({t.Name} is not one)";
            }
        }
        return null;
    }

    private static bool IsBuilderMethod(MethodDeclarationSyntax syntax, IMethodSymbol method, KnownSymbols known)
        => method.IsStatic && method.ReturnsVoid && method.Parameters.Length == 1 && known.Is(method.Parameters[0].Type, known.PolicyBuilder)
           && (syntax.Body is not null || syntax.ExpressionBody is not null);

    private static SyntaxNode AttributeSyntax(AttributeData attribute, SyntaxNode fallback)
        => attribute.ApplicationSyntaxReference?.GetSyntax() ?? fallback;
}
