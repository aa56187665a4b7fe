using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyKit.Diagnostics;

namespace PolicyKit.CodeFixes;

/// <summary>PK1002 redundant rule: remove it; the rules after it decide its requests at the same level.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedundantRuleCodeFixProvider)), Shared]
public sealed class RedundantRuleCodeFixProvider : CodeFixProvider
{
    public const string RemoveKey = "PK1002.Remove";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.RedundantRule);

    // No fix-all: each finding assumes the other rules stay, and two redundant rules can be each other's reason
    // (removing both can change decisions), so they are removed one at a time and the analysis re-run in between.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }
        foreach (var diagnostic in context.Diagnostics)
        {
            if (FixSyntax.RuleStatement(root, diagnostic.Location.SourceSpan) is { Parent: BlockSyntax } statement
                && !await FixSyntax.IsInRuleSetAsync(context.Document, statement, context.CancellationToken).ConfigureAwait(false))
            {
                await GuardedFix.RegisterAsync(context, diagnostic, "Remove redundant rule",
                    () => FixSyntax.RemoveStatements(root, new[] { statement }), RemoveKey);
            }
        }
    }
}
