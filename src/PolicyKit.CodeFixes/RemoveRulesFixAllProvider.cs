using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PolicyKit.CodeFixes;

/// <summary>
/// Fix-all for "Remove ... rule": all flagged statements of a document are removed in one tree edit. (The batch
/// fixer merges text changes instead, and removals of adjacent rules both touch the trivia between them.)
/// Only the removal action takes part: other actions of the same provider (moves) are not fixed in bulk.
/// </summary>
internal sealed class RemoveRulesFixAllProvider : FixAllProvider
{
    private static readonly FixAllProvider Inner = Create(FixDocumentAsync);

    private readonly string _equivalenceKey;

    private RemoveRulesFixAllProvider(string equivalenceKey) => _equivalenceKey = equivalenceKey;

    public static FixAllProvider For(string equivalenceKey) => new RemoveRulesFixAllProvider(equivalenceKey);

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => Inner.GetSupportedFixAllScopes();

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        => fixAllContext.CodeActionEquivalenceKey == _equivalenceKey ? Inner.GetFixAsync(fixAllContext) : Task.FromResult<CodeAction?>(null);

    private static async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return null;
        }
        var statements = new List<StatementSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            // The same conditions as the single fix: a statement in a block, not in a shared [RuleSet].
            if (FixSyntax.RuleStatement(root, diagnostic.Location.SourceSpan) is { Parent: BlockSyntax } statement
                && !await FixSyntax.IsInRuleSetAsync(document, statement, context.CancellationToken).ConfigureAwait(false))
            {
                statements.Add(statement);
            }
        }
        return statements.Count == 0 ? null : document.WithSyntaxRoot(FixSyntax.RemoveStatements(root, statements.Distinct()));
    }
}
