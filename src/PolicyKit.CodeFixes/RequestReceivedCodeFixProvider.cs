using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using PolicyKit.Diagnostics;

namespace PolicyKit.CodeFixes;

/// <summary>
/// PK1030 RequestReceived recorded (reported on the policy class's name): add Stage.RequestReceived to the
/// policy's omitStages in Define, to the existing <c>policy.OmitStages(...)</c> call if there is one.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequestReceivedCodeFixProvider)), Shared]
public sealed class RequestReceivedCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = "PK1030.OmitRequestReceived";
    private const string PolicyBuilder = "PolicyKit.PolicyBuilder";
    private const string Stage = "PolicyKit.Stage";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.RequestReceivedKept);

    // One finding per policy class, each fixed in its own Define: the batch fixer's merge has nothing to reconcile.
    public override FixAllProvider GetFixAllProvider() => GuardedFix.FixAll(WellKnownFixAllProviders.BatchFixer, EquivalenceKey);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }
        foreach (var diagnostic in context.Diagnostics)
        {
            // The finding is on the identifier of the [AuditPolicy] declaration, which is also where Define must be (PK0003).
            var span = diagnostic.Location.SourceSpan;
            if (!root.FullSpan.Contains(span) || root.FindToken(span.Start).Parent is not ClassDeclarationSyntax type || type.Identifier.Span != span
                || type.Members.OfType<MethodDeclarationSyntax>().FirstOrDefault(IsDefine) is not { } define
                || Fix(define, model) is not { } fixedDefine)
            {
                continue;
            }
            await GuardedFix.RegisterAsync(context, diagnostic, "Omit the RequestReceived stage",
                    () => root.ReplaceNode(define, fixedDefine), EquivalenceKey);
        }
    }

    private static bool IsDefine(MethodDeclarationSyntax method)
        => method.Identifier.ValueText == "Define" && method.ParameterList.Parameters.Count == 1 && (method.Body is not null || method.ExpressionBody is not null);

    /// <summary>Define with RequestReceived omitted, or null when there is nothing to do (it already is).</summary>
    private static MethodDeclarationSyntax? Fix(MethodDeclarationSyntax define, SemanticModel model)
    {
        var builder = define.ParameterList.Parameters[0].Identifier.ValueText;
        var expressions = define.Body?.Statements.OfType<ExpressionStatementSyntax>().Select(s => s.Expression)
            ?? new[] { define.ExpressionBody!.Expression };
        // The policy's own OmitStages (PolicyBuilder's, not a rule's), written with one Stage per argument.
        var existing = expressions.SelectMany(e => FixSyntax.Calls(e, "OmitStages"))
            .Where(c => model.GetSymbolInfo(c).Symbol is IMethodSymbol m && m.ContainingType.ToDisplayString() == PolicyBuilder)
            .FirstOrDefault();
        if (existing is not null && existing.ArgumentList.Arguments.All(a => model.GetTypeInfo(a.Expression).Type?.ToDisplayString() == Stage))
        {
            if (existing.ArgumentList.Arguments.Any(a => model.GetConstantValue(a.Expression) is { HasValue: true, Value: 0 }))
            {
                return null;
            }
            return define.ReplaceNode(existing.ArgumentList, FixSyntax.Append(existing.ArgumentList, FixSyntax.Qualified("Stage.RequestReceived")));
        }
        // Otherwise a call of its own (calls add up), first in Define where it reads as policy-wide.
        var omit = SyntaxFactory.ExpressionStatement(SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(builder), SyntaxFactory.IdentifierName("OmitStages")),
            FixSyntax.Arguments(FixSyntax.Qualified("Stage.RequestReceived"))));
        if (define.Body is { Statements.Count: > 0 } body)
        {
            return define.WithBody(FixSyntax.InsertBefore(body, body.Statements[0], omit));
        }
        if (define.ExpressionBody is { } arrow)
        {
            // "=> policy.Rule(...);" becomes a block of the two statements; the formatter lays it out.
            var block = SyntaxFactory.Block(omit, SyntaxFactory.ExpressionStatement(arrow.Expression.WithoutTrivia()))
                .WithTrailingTrivia(define.SemicolonToken.TrailingTrivia)
                .WithAdditionalAnnotations(Formatter.Annotation);
            return define.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block)
                .WithParameterList(define.ParameterList.WithoutTrailingTrivia());
        }
        return null;
    }
}
