using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyKit.Diagnostics;

namespace PolicyKit.CodeFixes;

/// <summary>
/// PK1001 unreachable rule: remove it (it decides nothing, so removing it changes nothing), or move it above the
/// first earlier rule that takes its requests, so that it decides them as written.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnreachableRuleCodeFixProvider)), Shared]
public sealed class UnreachableRuleCodeFixProvider : CodeFixProvider
{
    public const string RemoveKey = "PK1001.Remove";
    public const string MoveKey = "PK1001.MoveAbove";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnreachableRule);

    // Removing every unreachable rule at once is safe (none of them decides anything); moves are one at a time.
    public override FixAllProvider GetFixAllProvider() => GuardedFix.FixAll(RemoveRulesFixAllProvider.For(RemoveKey), RemoveKey);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }
        foreach (var diagnostic in context.Diagnostics)
        {
            if (FixSyntax.RuleStatement(root, diagnostic.Location.SourceSpan) is not { Parent: BlockSyntax block } statement
                || await FixSyntax.IsInRuleSetAsync(context.Document, statement, context.CancellationToken).ConfigureAwait(false))
            {
                continue;
            }
            await GuardedFix.RegisterAsync(context, diagnostic, "Remove unreachable rule",
                    () => FixSyntax.RemoveStatements(root, new[] { statement }), RemoveKey);
            // Only when the first covering rule's statement is an earlier statement of the same block (not in a rule set).
            if (diagnostic.AdditionalLocations.FirstOrDefault() is { SourceTree: { } tree } first && tree == root.SyntaxTree
                && FixSyntax.RuleStatement(root, first.SourceSpan) is { } target && target.Parent == block
                && block.Statements.IndexOf(target) < block.Statements.IndexOf(statement)
                && FixSyntax.Related(diagnostic) is { Count: > 0 } related && related[0] >= 0)
            {
                await GuardedFix.RegisterAsync(context, diagnostic, $"Move above rule {related[0].ToString(CultureInfo.InvariantCulture)}",
                    () => root.ReplaceNode(block, FixSyntax.MoveBefore(block, statement, target)), MoveKey);
            }
        }
    }
}
