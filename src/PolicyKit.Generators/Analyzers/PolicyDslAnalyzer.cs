using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyKit.Generators.Model;
using PolicyKit.Generators.Parsing;

namespace PolicyKit.Generators.Analyzers;

/// <summary>
/// Reports the DSL diagnostics (PK00nn) live in the IDE and in the build, from the same parser and
/// resolver the generator uses. [AuditPolicy] classes report their own statements and the whole-policy
/// checks; [RuleSet] methods report their own statements once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PolicyDslAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = PolicyDiagnostics.All.AddRange(AnalysisDiagnostics.All);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // Resolve the attributes once; a compilation without PolicyKit has nothing to analyse.
            var policyAttribute = start.Compilation.GetTypeByMetadataName(PolicyParser.AttributeName);
            var ruleSetAttribute = start.Compilation.GetTypeByMetadataName(PolicyParser.RuleSetAttributeName);
            if (policyAttribute is null || ruleSetAttribute is null)
            {
                return;
            }
            var ruleSets = new ConcurrentDictionary<string, RuleSetSpec?>();
            start.RegisterSyntaxNodeAction(node =>
            {
                var syntax = (ClassDeclarationSyntax)node.Node;
                // Only the declaration that carries [AuditPolicy]: other partial declarations are the user's own.
                if (syntax.AttributeLists.Count == 0 || node.SemanticModel.GetDeclaredSymbol(syntax, node.CancellationToken) is not { } type
                    || Attribute(type, policyAttribute) is not { } attribute
                    || attribute.ApplicationSyntaxReference is not { } applied || applied.SyntaxTree != syntax.SyntaxTree
                    || !syntax.AttributeLists.Any(l => l.Span.Contains(applied.Span)))
                {
                    return;
                }
                var spec = PolicyParser.Parse(syntax, type, attribute, node.SemanticModel, node.CancellationToken);
                var resolved = PolicyResolver.Resolve(spec, new RuleSetLookup(node.SemanticModel.Compilation, ruleSets));
                foreach (var d in spec.Diagnostics.Concat(spec.Body?.Diagnostics ?? default).Concat(resolved.Diagnostics))
                {
                    node.ReportDiagnostic(ToDiagnostic(d, syntax, node.SemanticModel.Compilation));
                }
                if (resolved.HasErrors)
                {
                    return;
                }
                var compilation = node.SemanticModel.Compilation;
                foreach (var (finding, site, related) in AnalysisDiagnostics.Analyze(resolved))
                {
                    var location = site is null ? Location.Create(syntax.SyntaxTree, syntax.Identifier.Span) : LocationOf(site, syntax, compilation);
                    node.ReportDiagnostic(AnalysisDiagnostics.Create(resolved.Policy!, finding, location, related.Select(r => LocationOf(r, syntax, compilation))));
                }
            }, SyntaxKind.ClassDeclaration);
            start.RegisterSyntaxNodeAction(node =>
            {
                var syntax = (MethodDeclarationSyntax)node.Node;
                if (syntax.AttributeLists.Count == 0 || node.SemanticModel.GetDeclaredSymbol(syntax, node.CancellationToken) is not { } method
                    || Attribute(method, ruleSetAttribute) is null)
                {
                    return;
                }
                foreach (var d in PolicyParser.ParseRuleSet(syntax, method, node.SemanticModel).Body.Diagnostics)
                {
                    node.ReportDiagnostic(ToDiagnostic(d, syntax, node.SemanticModel.Compilation));
                }
            }, SyntaxKind.MethodDeclaration);
        });
    }

    private static AttributeData? Attribute(ISymbol symbol, INamedTypeSymbol attribute)
        => symbol.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));

    private static Diagnostic ToDiagnostic(ParseDiagnostic d, SyntaxNode owner, Compilation compilation)
        => Diagnostic.Create(PolicyDiagnostics.For(d.Id), LocationOf(d, owner, compilation), d.Message);

    private static Location LocationOf(ParseDiagnostic d, SyntaxNode owner, Compilation compilation)
    {
        // A location in a tree of the compilation (not just a path): squiggles, #pragma and [SuppressMessage] work.
        if (d.OnClass || d.FilePath.Length == 0)
        {
            return Location.Create(owner.SyntaxTree, OwnerSpan(owner));
        }
        var tree = owner.SyntaxTree.FilePath == d.FilePath ? owner.SyntaxTree : compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == d.FilePath);
        return tree is not null ? Location.Create(tree, d.Span) : d.ToLocation();
    }

    private static Microsoft.CodeAnalysis.Text.TextSpan OwnerSpan(SyntaxNode owner) => owner switch
    {
        ClassDeclarationSyntax c => c.Identifier.Span,
        MethodDeclarationSyntax m => m.Identifier.Span,
        _ => owner.Span,
    };
}
