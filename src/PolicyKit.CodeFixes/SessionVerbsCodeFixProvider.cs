using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyKit.Diagnostics;

namespace PolicyKit.CodeFixes;

/// <summary>
/// PK1045 exec/attach/portforward rule limited to create: WebSocket sessions (kubectl 1.30+) arrive as get,
/// so add get to the rule's verbs, in the spelling the rule already uses (Verb members or strings). Offered only on
/// rules that match nothing but exec/attach/portforward: elsewhere get would widen the rule to every get it matches.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SessionVerbsCodeFixProvider)), Shared]
public sealed class SessionVerbsCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = "PK1045.AddGet";
    private const string Verb = "PolicyKit.Verb";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SessionCreateOnly);

    // At most one finding per rule, each edits its own statement: nothing for the batch fixer to reconcile.
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
            // The analysis says "get" only where adding it to the rule's verbs adds nothing but session requests:
            // on a rule that matches other resources (or all of them), it would log every get of those at its level.
            if (!diagnostic.Properties.TryGetValue(FixSyntax.ReplacementProperty, out var replacement) || replacement != "get"
                || FixSyntax.RuleStatement(root, diagnostic.Location.SourceSpan) is not { } statement
                || Fix(statement.Expression, model) is not { } fix)
            {
                continue;
            }
            await GuardedFix.RegisterAsync(context, diagnostic, fix.Title,
                    () => root.ReplaceNode(fix.Old, fix.New), EquivalenceKey);
        }
    }

    private static (string Title, SyntaxNode Old, SyntaxNode New)? Fix(ExpressionSyntax chain, SemanticModel model)
    {
        var calls = FixSyntax.Calls(chain, "Verbs").ToList();
        if (calls.Count == 0)
        {
            return null;
        }
        bool All(InvocationExpressionSyntax call, System.Func<ITypeSymbol?, bool> test)
            => call.ArgumentList.Arguments.Count > 0 && call.ArgumentList.Arguments.All(a => test(model.GetTypeInfo(a.Expression).Type));
        // Verbs(Verb.Create, ...): one more member.
        if (calls.FirstOrDefault(c => All(c, t => t?.ToDisplayString() == Verb)) is { } members)
        {
            return ("Add Verb.Get", members.ArgumentList, FixSyntax.Append(members.ArgumentList, FixSyntax.Qualified("Verb.Get")));
        }
        // Verbs("create", ...): one more string, as the apiserver spells it.
        if (calls.FirstOrDefault(c => All(c, t => t?.SpecialType == SpecialType.System_String)) is { } strings)
        {
            var get = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("get"));
            return ("Add \"get\"", strings.ArgumentList, FixSyntax.Append(strings.ArgumentList, get));
        }
        // Verbs(someArray): no argument to append to, but a second Verbs call adds to the list.
        var last = calls[calls.Count - 1];
        var chained = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, last.WithoutTrailingTrivia(), SyntaxFactory.IdentifierName("Verbs")),
            FixSyntax.Arguments(FixSyntax.Qualified("Verb.Get"))).WithTrailingTrivia(last.GetTrailingTrivia());
        return ("Add Verb.Get", last, chained);
    }
}
