using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyKit.Generators.Detections;
using PolicyKit.Generators.Model;

namespace PolicyKit.Generators.Analyzers;

/// <summary>
/// Reports the detection diagnostics (PK2001–PK2004) live in the IDE and in the build, from the same
/// parser the generator uses.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DetectionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DetectionDiagnostics.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var rulesAttribute = start.Compilation.GetTypeByMetadataName(DetectionKnownSymbols.RulesAttributeName);
            if (rulesAttribute is null)
            {
                return;
            }
            var policyAttribute = start.Compilation.GetTypeByMetadataName(PolicyKit.Generators.Parsing.PolicyParser.AttributeName);
            var coverage = policyAttribute is null ? null : new PolicyCoverageInCompilation(start.Compilation, policyAttribute, start.CancellationToken);
            start.RegisterSyntaxNodeAction(node =>
            {
                var syntax = (ClassDeclarationSyntax)node.Node;
                if (syntax.AttributeLists.Count == 0 || node.SemanticModel.GetDeclaredSymbol(syntax, node.CancellationToken) is not { } type
                    || type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, rulesAttribute)) is not { } attribute
                    || attribute.ApplicationSyntaxReference is not { } applied || applied.SyntaxTree != syntax.SyntaxTree
                    || !syntax.AttributeLists.Any(l => l.Span.Contains(applied.Span)))
                {
                    return;
                }
                var spec = DetectionParser.Parse(syntax, type, node.SemanticModel, node.CancellationToken);
                foreach (var d in spec.Diagnostics)
                {
                    node.ReportDiagnostic(ToDiagnostic(d, node.SemanticModel.Compilation, syntax));
                }
                if (coverage is not null && !spec.HasErrors)
                {
                    ReportCoverage(node, type, spec, coverage);
                }
            }, SyntaxKind.ClassDeclaration);
        });
    }

    /// <summary>PK2010 for every policy of the compilation, at the detection's method name.</summary>
    private static void ReportCoverage(SyntaxNodeAnalysisContext node, INamedTypeSymbol type, DetectionRulesSpec spec, PolicyCoverageInCompilation coverage)
    {
        var infos = spec.Rules.Select(r => new PolicyKit.Detection.DetectionInfo(r.Id, r.Title, r.Severity, r.Mitre, r.Stage, r.Condition!)).ToList();
        foreach (var (name, policy) in coverage.Policies)
        {
            foreach (var finding in PolicyKit.Detection.DetectionCoverage.Check(policy, infos, resolve: coverage.Resolve))
            {
                var method = spec.Rules.First(r => r.Id == finding.RuleId).MethodName;
                var location = type.GetMembers(method).FirstOrDefault()?.Locations.FirstOrDefault(l => l.SourceTree == node.Node.SyntaxTree)
                    ?? ((ClassDeclarationSyntax)node.Node).Identifier.GetLocation();
                node.ReportDiagnostic(Diagnostic.Create(DetectionDiagnostics.NotLogged, location, $"policy '{name}': {finding.Message}"));
            }
        }
    }

    private static Diagnostic ToDiagnostic(ParseDiagnostic d, Compilation compilation, SyntaxNode owner)
    {
        // A location in a tree of the compilation: squiggles, #pragma and [SuppressMessage] work.
        var tree = owner.SyntaxTree.FilePath == d.FilePath ? owner.SyntaxTree : compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == d.FilePath);
        var location = tree is not null ? Location.Create(tree, d.Span) : d.ToLocation();
        return Diagnostic.Create(DetectionDiagnostics.For(d.Id), location, d.Message);
    }
}
