using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PolicyKit.CodeFixes;

/// <summary>Offers a fix only when <see cref="FindingGuard"/> finds it removes its finding and adds none.</summary>
internal static class GuardedFix
{
    /// <summary>Registers the action that gives the context's document <paramref name="newRoot"/>, if it keeps the promise.</summary>
    public static async Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, string title, Func<SyntaxNode> newRoot, string equivalenceKey)
    {
        var changed = context.Document.WithSyntaxRoot(newRoot());
        if (await FindingGuard.KeepsPromiseAsync(context.Document.Project, changed.Project, new[] { diagnostic.Id }, context.CancellationToken).ConfigureAwait(false))
        {
            context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(changed), equivalenceKey), diagnostic);
        }
    }

    /// <summary>The provider's fix-all, offered only when its whole result keeps the promise.</summary>
    public static FixAllProvider FixAll(FixAllProvider inner) => new Guarded(inner);

    private sealed class Guarded(FixAllProvider inner) : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => inner.GetSupportedFixAllScopes();

        public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
        {
            if (await inner.GetFixAsync(context).ConfigureAwait(false) is not { } action)
            {
                return null;
            }
            var operations = await action.GetOperationsAsync(context.CancellationToken).ConfigureAwait(false);
            if (operations.OfType<ApplyChangesOperation>().SingleOrDefault() is not { } apply
                || !await FindingGuard.KeepsPromiseAsync(context.Solution, apply.ChangedSolution, context.DiagnosticIds, context.CancellationToken).ConfigureAwait(false))
            {
                return null;
            }
            return CodeAction.Create(action.Title, _ => Task.FromResult(apply.ChangedSolution), action.EquivalenceKey);
        }
    }
}
