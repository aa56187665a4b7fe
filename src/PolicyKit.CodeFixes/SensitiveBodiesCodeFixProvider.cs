using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyKit.Diagnostics;

namespace PolicyKit.CodeFixes;

/// <summary>
/// PK1010 credentials logged with their bodies: insert, before the offending rule, a rule that logs every
/// credential-bearing resource at Metadata, so the offending rule no longer gets those requests.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SensitiveBodiesCodeFixProvider)), Shared]
public sealed class SensitiveBodiesCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = "PK1010.CredentialsAtMetadata";
    private const string BaseName = "credentials";

    // The resources BodyChecks treats as credential-bearing: all four, whichever one this finding names,
    // so one inserted rule settles every PK1010 of the rules below it.
    private static readonly string[] Credentials = { "Api.Core.Secrets", "Api.Core.ConfigMaps", "Api.Core.ServiceAccounts.Token", "Api.Authentication.TokenReviews" };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SensitiveBodies);

    // A rule can have several PK1010 (secrets, configmaps, ...) and several rules can: one insertion per block,
    // before its first offending rule, settles them all, where the batch fixer would insert one per finding.
    public override FixAllProvider GetFixAllProvider() => GuardedFix.FixAll(FixAllProvider.Create(async (context, document, diagnostics) =>
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return null;
        }
        var name = await FreeNameAsync(document.Project, context.CancellationToken).ConfigureAwait(false);
        var firsts = diagnostics.Select(d => FixSyntax.RuleStatement(root, d.Location.SourceSpan))
            .Where(s => s is { Parent: BlockSyntax } && FixSyntax.Receiver(s.Expression) is not null)
            .GroupBy(s => (BlockSyntax)s!.Parent!)
            .Select(g => g.OrderBy(s => s!.SpanStart).First()!)
            .ToList();
        return firsts.Count == 0 ? null : document.WithSyntaxRoot(root.ReplaceNodes(firsts.Select(s => (BlockSyntax)s.Parent!), (original, _) =>
            Insert(original, firsts.Single(s => s.Parent == original), name)));
    }), EquivalenceKey);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }
        foreach (var diagnostic in context.Diagnostics)
        {
            if (FixSyntax.RuleStatement(root, diagnostic.Location.SourceSpan) is { Parent: BlockSyntax block } statement
                && FixSyntax.Receiver(statement.Expression) is not null)
            {
                var name = await FreeNameAsync(context.Document.Project, context.CancellationToken).ConfigureAwait(false);
                await GuardedFix.RegisterAsync(context, diagnostic, "Log credentials at Metadata before this rule",
                    () => root.ReplaceNode(block, Insert(block, statement, name)), EquivalenceKey);
            }
        }
    }

    /// <summary>
    /// "credentials", or "credentials-2", ... when a rule of the project already has that name: rule names identify
    /// rules in findings, reports and the YAML's comments, so the inserted rule must not take another's.
    /// </summary>
    private static async Task<string> FreeNameAsync(Project project, CancellationToken cancellationToken)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in project.Documents)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                continue;
            }
            foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (call is { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Rule" }, ArgumentList.Arguments.Count: 2 }
                    && model.GetConstantValue(call.ArgumentList.Arguments[1].Expression, cancellationToken) is { HasValue: true, Value: string used })
                {
                    taken.Add(used);
                }
            }
        }
        var name = BaseName;
        for (var n = 2; taken.Contains(name); n++)
        {
            name = BaseName + "-" + n.ToString(CultureInfo.InvariantCulture);
        }
        return name;
    }

    /// <summary>
    /// <c>policy.Rule(Level.Metadata, "credentials").Resources(Core.Secrets, ...);</c> before the statement, on the
    /// builder the statement starts with. Names are written fully qualified and simplified to what the usings allow.
    /// </summary>
    private static BlockSyntax Insert(BlockSyntax block, ExpressionStatementSyntax before, string name)
    {
        var receiver = FixSyntax.Receiver(before.Expression)!.WithoutTrivia();
        var rule = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName("Rule")),
            FixSyntax.Arguments(FixSyntax.Qualified("Level.Metadata"), SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name))));
        var resources = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, rule, SyntaxFactory.IdentifierName("Resources")),
            FixSyntax.Arguments(Credentials.Select(FixSyntax.Qualified).ToArray()));
        return FixSyntax.InsertBefore(block, before, SyntaxFactory.ExpressionStatement(resources));
    }
}
