using System.Collections.Generic;
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
using PolicyKit.Generators.Analyzers;
using PolicyKit.Validation;

namespace PolicyKit.CodeFixes;

/// <summary>
/// PK1043 / PK1048 near-misses: replace the misspelt entry by what the analysis says it was meant to be (the
/// "replacement" property). A resource written as <c>Resource.Custom("", "secret")</c> becomes the catalog member
/// (<c>Core.Secrets</c>), a misspelt group literal the group's name, a misspelt verb literal the verb.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CatalogNameCodeFixProvider)), Shared]
public sealed class CatalogNameCodeFixProvider : CodeFixProvider
{
    private const string ResourceType = "PolicyKit.Resource";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MalformedResource, DiagnosticIds.UnknownVerb);

    // Each finding replaces its own argument: distinct spans, which the batch fixer merges.
    public override FixAllProvider GetFixAllProvider() => GuardedFix.FixAll(WellKnownFixAllProviders.BatchFixer);

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
            // Only near-misses carry a replacement; "**" or an unknown subresource without a guess has none.
            if (!diagnostic.Properties.TryGetValue(FixSyntax.ReplacementProperty, out var replacement) || string.IsNullOrEmpty(replacement)
                || FixSyntax.RuleStatement(root, diagnostic.Location.SourceSpan) is not { } statement)
            {
                continue;
            }
            var target = FindingTargetProperties.Read(diagnostic.Properties);
            var edits = diagnostic.Id == DiagnosticIds.UnknownVerb
                ? VerbEdits(statement, model, target, replacement!)
                : ResourceEdits(statement, model, diagnostic, target, replacement!);
            if (edits is null || edits.Count == 0)
            {
                continue;
            }
            var title = "Replace with " + edits[0].Shown;
            await GuardedFix.RegisterAsync(context, diagnostic, title,
                () => root.ReplaceNodes(edits.Select(e => e.Old), (old, _) => edits.First(e => e.Old == old).New),
                diagnostic.Id + ".Replace");
        }
    }

    /// <summary>
    /// PK1048: the flagged verb is the v-th argument over the rule's Verbs calls in order (that is how the builder
    /// adds them); only a string literal is replaced, and only when every Verbs call lists its verbs one by one.
    /// </summary>
    private static List<(SyntaxNode Old, SyntaxNode New, string Shown)>? VerbEdits(ExpressionStatementSyntax statement, SemanticModel model, FindingTarget target, string replacement)
    {
        if (target is not { Field: "verbs", Entry: null, Item: { } index })
        {
            return null;
        }
        var arguments = new List<ArgumentSyntax>();
        foreach (var call in FixSyntax.Calls(statement.Expression, "Verbs"))
        {
            if (call.ArgumentList.Arguments.Any(a => model.GetTypeInfo(a.Expression).Type is not { } t || t is IArrayTypeSymbol))
            {
                return null;
            }
            arguments.AddRange(call.ArgumentList.Arguments);
        }
        if (index >= arguments.Count || arguments[index].Expression is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression)
            || literal.Token.ValueText == replacement)
        {
            return null;
        }
        var text = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(replacement)).WithTriviaFrom(literal);
        return new() { (literal, text, Quote(replacement)) };
    }

    /// <summary>
    /// PK1043: the <c>Resource.Custom(group, pattern)</c> calls of the rule that wrote the flagged entry (the
    /// "group" and "pattern" properties; targets index the folded model, not the source). A catalog member path
    /// (it starts upper-case: <c>Core.Secrets</c>) replaces the whole call, keeping any <c>.Named(...)</c> after it;
    /// a group name replaces the group literal.
    /// </summary>
    private static List<(SyntaxNode Old, SyntaxNode New, string Shown)>? ResourceEdits(ExpressionStatementSyntax statement, SemanticModel model, Diagnostic diagnostic, FindingTarget target, string replacement)
    {
        if (!diagnostic.Properties.TryGetValue(FixSyntax.GroupProperty, out var group) || group is null)
        {
            return null;
        }
        diagnostic.Properties.TryGetValue(FixSyntax.PatternProperty, out var pattern);
        var customs = FixSyntax.Calls(statement.Expression, "Resources")
            .SelectMany(call => call.ArgumentList.Arguments)
            .SelectMany(a => a.Expression.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
            .Where(i => model.GetSymbolInfo(i).Symbol is IMethodSymbol { Name: "Custom" } m && m.ContainingType.ToDisplayString() == ResourceType)
            .ToList();
        string? Constant(InvocationExpressionSyntax call, int i)
            => call.ArgumentList.Arguments.Count > i && model.GetConstantValue(call.ArgumentList.Arguments[i].Expression) is { HasValue: true, Value: string s } ? s : null;
        if (target is { Field: "resources", Entry: not null, EntryField: "resources", Item: not null } && char.IsUpper(replacement[0]) && !string.IsNullOrEmpty(pattern))
        {
            var member = replacement.StartsWith("Api.", System.StringComparison.Ordinal) ? replacement : "Api." + replacement;
            return customs.Where(c => c.ArgumentList.Arguments.Count == 2 && Constant(c, 0) == group && Constant(c, 1) == pattern)
                .Select(c => ((SyntaxNode)c, (SyntaxNode)FixSyntax.Qualified(member).WithTriviaFrom(c), replacement))
                .ToList();
        }
        if (target is { Field: "resources", Entry: not null, EntryField: "group", Item: null } && !char.IsUpper(replacement[0]))
        {
            // Both Custom(group, plural) and Custom(group) (a whole group); only a literal, not a constant used elsewhere.
            return customs.Where(c => Constant(c, 0) == group && c.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax)
                .Select(c => c.ArgumentList.Arguments[0].Expression)
                .Select(e => ((SyntaxNode)e, (SyntaxNode)SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(replacement)).WithTriviaFrom(e), Quote(replacement)))
                .ToList();
        }
        return null;
    }

    private static string Quote(string value) => "\"" + value + "\"";
}
