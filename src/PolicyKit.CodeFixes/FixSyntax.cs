using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using PolicyKit.Generators.Analyzers;

namespace PolicyKit.CodeFixes;

/// <summary>
/// What the fixes share: reading the analyzer's diagnostic properties, finding the rule statement a
/// diagnostic is located on, and moving statements around without losing or doubling comments and blank lines.
/// </summary>
internal static class FixSyntax
{
    // The analyzer's property names, from the analyzer itself.
    public const string RelatedProperty = AnalysisDiagnostics.RelatedProperty;
    public const string ReplacementProperty = AnalysisDiagnostics.ReplacementProperty;
    public const string GroupProperty = AnalysisDiagnostics.GroupProperty;
    public const string PatternProperty = AnalysisDiagnostics.PatternProperty;

    private const string RuleSetAttribute = "PolicyKit.RuleSetAttribute";

    /// <summary>
    /// The statement of the rule a diagnostic is about: PK1nnn findings span the rule's whole builder chain
    /// (or its statement). Null when the span is no such statement, e.g. a policy-wide finding on the class name.
    /// </summary>
    public static ExpressionStatementSyntax? RuleStatement(SyntaxNode root, TextSpan span)
    {
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }
        var statement = root.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<ExpressionStatementSyntax>();
        return statement is not null && (statement.Span == span || statement.Expression.Span == span) ? statement : null;
    }

    /// <summary>
    /// True when the statement is in a [RuleSet] method. Such a rule is shared by every policy that includes the
    /// set, while the finding holds for one of them: removing or reordering it there would change the others too.
    /// </summary>
    public static async Task<bool> IsInRuleSetAsync(Document document, SyntaxNode statement, CancellationToken cancellationToken)
    {
        if (statement.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { AttributeLists.Count: > 0 } method)
        {
            return false;
        }
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return model?.GetDeclaredSymbol(method, cancellationToken) is { } symbol
            && symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == RuleSetAttribute);
    }

    /// <summary>Rule indexes of the "related" property (the statements of AdditionalLocations, in the same order).</summary>
    public static IReadOnlyList<int> Related(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(RelatedProperty, out var related) && !string.IsNullOrEmpty(related)
            ? related!.Split(',').Select(s => int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : -1).ToList()
            : new List<int>();

    /// <summary>The identifier a builder chain starts with (<c>policy</c> in <c>policy.Rule(...).Verbs(...)</c>).</summary>
    public static IdentifierNameSyntax? Receiver(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case InvocationExpressionSyntax invocation:
                    expression = invocation.Expression;
                    break;
                case MemberAccessExpressionSyntax access:
                    expression = access.Expression;
                    break;
                case IdentifierNameSyntax identifier:
                    return identifier;
                default:
                    return null;
            }
        }
    }

    /// <summary>The calls of a builder chain named <paramref name="name"/>, in source order (the order the builder runs them).</summary>
    public static IEnumerable<InvocationExpressionSyntax> Calls(ExpressionSyntax chain, string name)
    {
        var calls = new List<InvocationExpressionSyntax>();
        var expression = chain;
        while (expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation)
        {
            if (access.Name.Identifier.ValueText == name)
            {
                calls.Add(invocation);
            }
            expression = access.Expression;
        }
        calls.Reverse();
        return calls;
    }

    /// <summary>
    /// <c>global::PolicyKit.{name}</c>, marked for the simplifier: it becomes <c>Level.Metadata</c> or <c>Core.Secrets</c>
    /// where the file's usings allow, and stays correct where they do not.
    /// </summary>
    public static ExpressionSyntax Qualified(string name)
        => SyntaxFactory.ParseExpression("global::PolicyKit." + name).WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>An argument list written as a person would: "(a, b, c)".</summary>
    public static ArgumentListSyntax Arguments(params ExpressionSyntax[] values)
    {
        var items = new List<SyntaxNodeOrToken>();
        foreach (var value in values)
        {
            if (items.Count > 0)
            {
                items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
            }
            items.Add(SyntaxFactory.Argument(value));
        }
        return SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList<ArgumentSyntax>(items));
    }

    /// <summary>
    /// The list with one more argument at the end, laid out like the ones before it (same separator, and the same
    /// line break and indentation when the arguments are one per line); a comment after the last stays last.
    /// </summary>
    public static ArgumentListSyntax Append(ArgumentListSyntax list, ExpressionSyntax value)
    {
        var arguments = list.Arguments;
        if (arguments.Count == 0)
        {
            return list.WithArguments(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value)));
        }
        var last = arguments[arguments.Count - 1];
        var separator = arguments.SeparatorCount > 0 && arguments.SeparatorCount == arguments.Count - 1
            ? arguments.GetSeparator(arguments.SeparatorCount - 1)
            : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
        var added = SyntaxFactory.Argument(value)
            .WithLeadingTrivia(arguments.Count > 1 ? last.GetLeadingTrivia() : default)
            .WithTrailingTrivia(last.GetTrailingTrivia());
        var items = arguments.Replace(last, last.WithoutTrailingTrivia()).GetWithSeparators().Add(separator).Add(added);
        return list.WithArguments(SyntaxFactory.SeparatedList<ArgumentSyntax>(items));
    }

    /// <summary>The line break the file uses (taken from the node's own line end), so inserted lines match it.</summary>
    public static SyntaxTrivia EndOfLine(SyntaxNode node)
    {
        var existing = node.GetTrailingTrivia().Concat(node.SyntaxTree.GetRoot().DescendantTrivia()).FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return existing.IsKind(SyntaxKind.EndOfLineTrivia) ? existing : SyntaxFactory.EndOfLine("\n");
    }

    /// <summary>
    /// Splits a statement's leading trivia into what stays in place (everything up to the last blank line or
    /// directive: section comments, #region) and what belongs to the statement (the comment lines directly above it
    /// and its indentation), so a removed or moved rule takes its own comment with it and nothing else.
    /// </summary>
    public static (SyntaxTriviaList Detached, SyntaxTriviaList Attached) SplitLeading(SyntaxTriviaList leading)
    {
        var lines = Lines(leading);
        var boundary = -1;
        for (var i = 0; i < lines.Count - 1; i++)
        {
            if (IsBlank(lines[i]) || lines[i].Any(t => t.IsDirective || t.IsKind(SyntaxKind.DisabledTextTrivia)))
            {
                boundary = i;
            }
        }
        return (Join(lines.Take(boundary + 1)), Join(lines.Skip(boundary + 1)));
    }

    /// <summary>True when the trivia holds at least one empty line.</summary>
    public static bool HasBlankLine(SyntaxTriviaList trivia)
    {
        var lines = Lines(trivia);
        return lines.Take(lines.Count - 1).Any(IsBlank);
    }

    /// <summary>Removes statements (rules) from their blocks, keeping the trivia that is not theirs.</summary>
    public static SyntaxNode RemoveStatements(SyntaxNode root, IEnumerable<StatementSyntax> statements)
    {
        // Tracked, so that removing one statement does not invalidate the others (they may share a block).
        var targets = statements.Distinct().ToList();
        root = root.TrackNodes(targets);
        foreach (var target in targets)
        {
            if (root.GetCurrentNode(target) is { Parent: BlockSyntax block } current)
            {
                var list = block.Statements.ToList();
                var close = block.CloseBraceToken;
                RemoveAt(list, ref close, list.IndexOf(current));
                root = root.ReplaceNode(block, block.WithStatements(SyntaxFactory.List(list)).WithCloseBraceToken(close));
            }
        }
        return root;
    }

    /// <summary>
    /// Moves <paramref name="moved"/> to just before <paramref name="target"/>, an earlier statement of the same block.
    /// The section comments above the target stay above the pair; a blank line separates the two when the moved
    /// statement was set off by one where it came from (the block's own style).
    /// </summary>
    public static BlockSyntax MoveBefore(BlockSyntax block, StatementSyntax moved, StatementSyntax target)
    {
        var list = block.Statements.ToList();
        var close = block.CloseBraceToken;
        var (movedDetached, movedAttached) = SplitLeading(moved.GetLeadingTrivia());
        var (targetDetached, targetAttached) = SplitLeading(target.GetLeadingTrivia());
        RemoveAt(list, ref close, list.IndexOf(moved));
        var at = list.IndexOf(target);
        list[at] = target.WithLeadingTrivia(HasBlankLine(movedDetached) ? targetAttached.Insert(0, EndOfLine(moved)) : targetAttached);
        list.Insert(at, moved.WithLeadingTrivia(targetDetached.AddRange(movedAttached)));
        return block.WithStatements(SyntaxFactory.List(list)).WithCloseBraceToken(close);
    }

    /// <summary>
    /// Inserts <paramref name="inserted"/> before <paramref name="before"/>: after the section comments above it but
    /// above its own comment, with its indentation.
    /// </summary>
    public static BlockSyntax InsertBefore(BlockSyntax block, StatementSyntax before, StatementSyntax inserted)
    {
        var (detached, attached) = SplitLeading(before.GetLeadingTrivia());
        var indentation = Lines(attached).Last();
        var newLine = EndOfLine(before);
        var statement = inserted.WithLeadingTrivia(detached.AddRange(indentation)).WithTrailingTrivia(newLine);
        var list = block.Statements.ToList();
        var at = list.IndexOf(before);
        list[at] = before.WithLeadingTrivia(attached);
        list.Insert(at, statement);
        return block.WithStatements(SyntaxFactory.List(list));
    }

    /// <summary>
    /// Removes list[index]: its own comment and trailing comment go with it; the trivia above it that is not its own
    /// passes to the next token, without leaving two blank lines in a row or one after '{' or before '}'.
    /// </summary>
    private static void RemoveAt(List<StatementSyntax> list, ref SyntaxToken close, int index)
    {
        var (detached, _) = SplitLeading(list[index].GetLeadingTrivia());
        list.RemoveAt(index);
        var next = index < list.Count ? list[index].GetLeadingTrivia() : close.LeadingTrivia;
        if (index == list.Count || StartsWithBlankLine(next))
        {
            detached = TrimTrailingBlankLines(detached);
        }
        var merged = detached.AddRange(next);
        if (index == 0)
        {
            merged = TrimLeadingBlankLines(merged);
        }
        if (index < list.Count)
        {
            list[index] = list[index].WithLeadingTrivia(merged);
        }
        else
        {
            close = close.WithLeadingTrivia(merged);
        }
    }

    /// <summary>
    /// The trivia as lines: each but the last ends with a line break (an end of line, or a directive or doc comment,
    /// which carry their own); the last is what precedes the token on its line (the indentation).
    /// </summary>
    private static List<List<SyntaxTrivia>> Lines(SyntaxTriviaList trivia)
    {
        var lines = new List<List<SyntaxTrivia>> { new() };
        foreach (var t in trivia)
        {
            lines[lines.Count - 1].Add(t);
            if (t.IsKind(SyntaxKind.EndOfLineTrivia) || t.IsDirective || t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || t.IsKind(SyntaxKind.DisabledTextTrivia))
            {
                lines.Add(new List<SyntaxTrivia>());
            }
        }
        return lines;
    }

    private static bool IsBlank(List<SyntaxTrivia> line) => line.All(t => t.IsKind(SyntaxKind.WhitespaceTrivia) || t.IsKind(SyntaxKind.EndOfLineTrivia));

    private static SyntaxTriviaList Join(IEnumerable<List<SyntaxTrivia>> lines) => SyntaxFactory.TriviaList(lines.SelectMany(l => l));

    private static bool StartsWithBlankLine(SyntaxTriviaList trivia)
    {
        var lines = Lines(trivia);
        return lines.Count > 1 && IsBlank(lines[0]);
    }

    private static SyntaxTriviaList TrimTrailingBlankLines(SyntaxTriviaList trivia)
    {
        // Detached trivia ends at a line end, so its last "line" is empty; blank complete lines before it go.
        var lines = Lines(trivia);
        var keep = lines.Count - 1;
        while (keep > 0 && IsBlank(lines[keep - 1]))
        {
            keep--;
        }
        return Join(lines.Take(keep).Append(lines[lines.Count - 1]));
    }

    private static SyntaxTriviaList TrimLeadingBlankLines(SyntaxTriviaList trivia)
    {
        var lines = Lines(trivia);
        var skip = 0;
        while (skip < lines.Count - 1 && IsBlank(lines[skip]))
        {
            skip++;
        }
        return Join(lines.Skip(skip));
    }
}
