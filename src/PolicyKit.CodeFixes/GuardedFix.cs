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

    /// <summary>
    /// The provider's fix-all, offered only when its whole result keeps the promise. <paramref name="equivalenceKey"/>:
    /// the provider's one kind of fix, used when the caller names none. `dotnet format` takes the key from the actions
    /// offered for one of the diagnostics, and when that one is a finding the provider offers nothing for (PK1045 on a
    /// rule that matches more than sessions), it has no key, and the batch fixer would fix nothing.
    /// </summary>
    public static FixAllProvider FixAll(FixAllProvider inner, string? equivalenceKey = null) => new Guarded(inner, equivalenceKey);

    private sealed class Guarded(FixAllProvider inner, string? equivalenceKey) : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => inner.GetSupportedFixAllScopes();

        public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
        {
            if (context.CodeActionEquivalenceKey is null && equivalenceKey is not null)
            {
                var diagnostics = new Delegating(context);
                context = context.Document is { } document
                    ? new FixAllContext(document, context.CodeFixProvider, context.Scope, equivalenceKey, context.DiagnosticIds, diagnostics, context.CancellationToken)
                    : new FixAllContext(context.Project, context.CodeFixProvider, context.Scope, equivalenceKey, context.DiagnosticIds, diagnostics, context.CancellationToken);
            }
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

    /// <summary>The diagnostics of the caller's fix-all context, for a context with another equivalence key.</summary>
    private sealed class Delegating(FixAllContext original) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, System.Threading.CancellationToken cancellationToken)
            => await original.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, System.Threading.CancellationToken cancellationToken)
            => await original.GetProjectDiagnosticsAsync(project).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, System.Threading.CancellationToken cancellationToken)
            => await original.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
    }
}
