using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyKit.Detection;
using PolicyKit.Diagnostics;
using PolicyKit.Generators.Model;

namespace PolicyKit.Generators.Detections;

/// <summary>
/// The only code that touches Roslyn for detection rules: a [DetectionRules] class → <see cref="DetectionRulesSpec"/>.
/// Shared by the generator and the analyzer, so both see the same diagnostics.
/// </summary>
internal static class DetectionParser
{
    public static DetectionRulesSpec Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        => Parse((ClassDeclarationSyntax)context.TargetNode, (INamedTypeSymbol)context.TargetSymbol, context.SemanticModel, cancellationToken);

    public static DetectionRulesSpec Parse(ClassDeclarationSyntax syntax, INamedTypeSymbol type, SemanticModel model, CancellationToken cancellationToken)
    {
        var known = DetectionKnownSymbols.For(model.Compilation);
        var diagnostics = new List<ParseDiagnostic>();
        if (!type.IsStatic || !syntax.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            diagnostics.Add(ParseDiagnostic.At(syntax.Identifier, DiagnosticIds.BadDetectionMethod,
                $"[DetectionRules] class {type.Name} must be 'static partial': the generator adds its Detections table to it"));
        }
        var rules = new List<DetectionSpec>();
        var ids = new HashSet<string>();
        // Methods of every partial declaration in this class, in declaration order.
        foreach (var member in type.GetMembers().OfType<IMethodSymbol>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var attribute = member.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, known.DetectionAttribute));
            if (attribute is null || member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is not MethodDeclarationSyntax method)
            {
                continue;
            }
            var methodModel = method.SyntaxTree == model.SyntaxTree ? model : model.Compilation.GetSemanticModel(method.SyntaxTree);
            var spec = ParseMethod(method, member, attribute, methodModel, known, diagnostics);
            if (spec.Id.Length == 0)
            {
                diagnostics.Add(ParseDiagnostic.At(method.Identifier, DiagnosticIds.BadDetectionMethod, $"detection {member.Name} has an empty id"));
            }
            else if (!ids.Add(spec.Id))
            {
                diagnostics.Add(ParseDiagnostic.At(method.Identifier, DiagnosticIds.DuplicateDetectionId, $"detection id \"{spec.Id}\" is used by another rule of {type.Name}; alerts name rules by id"));
            }
            rules.Add(spec);
        }
        DetectionExceptionParser.AddClassExceptions(type, known, rules, diagnostics);
        var containing = new List<string>();
        for (var t = type.ContainingType; t is not null; t = t.ContainingType)
        {
            containing.Insert(0, t.Name);
        }
        var ns = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
        var cls = new PolicyClass(ns, new EquatableArray<string>(containing), type.Name, SyntaxFacts.GetText(type.DeclaredAccessibility));
        return new DetectionRulesSpec(cls, new EquatableArray<DetectionSpec>(rules), new EquatableArray<ParseDiagnostic>(diagnostics));
    }

    private static DetectionSpec ParseMethod(MethodDeclarationSyntax method, IMethodSymbol symbol, AttributeData attribute, SemanticModel model,
        DetectionKnownSymbols known, List<ParseDiagnostic> diagnostics)
    {
        var args = attribute.ConstructorArguments;
        string Arg(int i) => args.Length > i ? args[i].Value as string ?? "" : "";
        var severity = args.Length > 2 && args[2].Value is int s ? (AlertSeverity)s : AlertSeverity.Medium;
        var stage = Named(attribute, "Stage") is int st ? (Stage)st : Stage.ResponseComplete;
        var window = Window(method, attribute, diagnostics);
        var tagsArg = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Tags").Value;
        var tags = tagsArg.Kind == TypedConstantKind.Array ? new EquatableArray<string>(tagsArg.Values.Select(v => v.Value as string ?? "")) : default;
        var exceptions = DetectionExceptionParser.Of(symbol, known, diagnostics);

        DetectionCondition? condition = null;
        var body = method.ExpressionBody?.Expression
            ?? (method.Body?.Statements is { Count: 1 } statements && statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null);
        if (!symbol.IsStatic || symbol.ReturnType.SpecialType != SpecialType.System_Boolean || symbol.Parameters.Length != 1
            || !SymbolEqualityComparer.Default.Equals(symbol.Parameters[0].Type, known.AuditEvent) || symbol.IsGenericMethod)
        {
            diagnostics.Add(ParseDiagnostic.At(method.Identifier, DiagnosticIds.BadDetectionMethod,
                $"[Detection] method {symbol.Name} must be 'static bool {symbol.Name}(AuditEvent e)'"));
        }
        else if (body is null)
        {
            diagnostics.Add(ParseDiagnostic.At(method.Identifier, DiagnosticIds.BadDetectionMethod,
                $"[Detection] method {symbol.Name} must have an expression body (=> ...) or a single return statement"));
        }
        else
        {
            condition = new ConditionParser(model, known, symbol.Parameters[0], diagnostics).Condition(body);
        }
        return new DetectionSpec(symbol.Name, Arg(0), Arg(1), severity, Arg(3), stage, condition, window, tags, exceptions);
    }

    private static object? Named(AttributeData attribute, string name) => attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value;

    /// <summary>Threshold, WindowSeconds and CountBy: all three or none, in range, else PK2004 at the attribute.</summary>
    private static DetectionWindow? Window(MethodDeclarationSyntax method, AttributeData attribute, List<ParseDiagnostic> diagnostics)
    {
        var threshold = Named(attribute, "Threshold") as int?;
        var seconds = Named(attribute, "WindowSeconds") as int?;
        var countBy = Named(attribute, "CountBy") is int c ? (CountKey)c : (CountKey?)null;
        if (threshold is null && seconds is null && countBy is null)
        {
            return null;
        }
        string? problem = threshold is not { } t || t < 2 ? "Threshold must be at least 2 (one matching event is an ordinary rule)"
            : seconds is not { } s || s < 1 ? "WindowSeconds must be at least 1"
            : countBy is not (CountKey.User or CountKey.SourceIP) ? "CountBy must be CountKey.User or CountKey.SourceIP"
            : null;
        if (problem is not null)
        {
            var at = (SyntaxNode?)attribute.ApplicationSyntaxReference?.GetSyntax() ?? method;
            diagnostics.Add(ParseDiagnostic.At(at, DiagnosticIds.BadDetectionWindow,
                $"windowed detection {method.Identifier.Text}: {problem}; set Threshold, WindowSeconds and CountBy together"));
            return null;
        }
        return new DetectionWindow(threshold!.Value, seconds!.Value, countBy!.Value);
    }
}
