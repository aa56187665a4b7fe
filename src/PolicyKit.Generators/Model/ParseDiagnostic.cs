using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PolicyKit.Generators.Model;

/// <summary>A problem found while parsing a policy, with its place as plain values (a Location holds a SyntaxTree).</summary>
internal sealed record ParseDiagnostic(string Id, string Message, bool IsError, string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>Reported on the policy class rather than at <see cref="Span"/> (e.g. a policy without rules).</summary>
    public bool OnClass { get; init; }

    public static ParseDiagnostic At(SyntaxNode node, string id, string message, bool isError = true)
    {
        var location = node.GetLocation();
        return new ParseDiagnostic(id, message, isError, node.SyntaxTree.FilePath, node.Span, location.GetLineSpan().Span);
    }

    public static ParseDiagnostic At(SyntaxToken token, string id, string message, bool isError = true)
        => new(id, message, isError, token.SyntaxTree?.FilePath ?? "", token.Span, token.GetLocation().GetLineSpan().Span);

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
