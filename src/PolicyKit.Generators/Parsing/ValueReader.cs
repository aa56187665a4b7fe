using PolicyKit.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyKit.Generators.Model;

namespace PolicyKit.Generators.Parsing;

/// <summary>
/// Folds DSL argument expressions into values through the semantic model: literals, consts, enum
/// members, catalog members, arrays / collection expressions / static readonly arrays of those.
/// Anything else is a PK0001 diagnostic at the expression.
/// </summary>
internal sealed class ValueReader
{
    private readonly SemanticModel _model;
    private readonly KnownSymbols _known;
    private readonly List<ParseDiagnostic> _diagnostics;

    public ValueReader(SemanticModel model, KnownSymbols known, List<ParseDiagnostic> diagnostics)
    {
        _model = model;
        _known = known;
        _diagnostics = diagnostics;
    }

    /// <summary>The argument for a parameter, by name when the call names it, else by position; null when absent.</summary>
    public static ExpressionSyntax? Arg(ArgumentListSyntax args, int position, string name)
    {
        foreach (var a in args.Arguments)
        {
            if (a.NameColon?.Name.Identifier.ValueText == name)
            {
                return a.Expression;
            }
        }
        return position < args.Arguments.Count && args.Arguments[position].NameColon is null ? args.Arguments[position].Expression : null;
    }

    /// <summary>The elements of a params argument list: each argument, or the elements of a single array argument.</summary>
    public IEnumerable<ExpressionSyntax> Elements(ArgumentListSyntax args)
    {
        // A single argument converted to the params array type: new[] {...}, [...], or an array field.
        if (args.Arguments.Count == 1 && _model.GetTypeInfo(args.Arguments[0].Expression).ConvertedType is IArrayTypeSymbol)
        {
            return ArrayElements(args.Arguments[0].Expression);
        }
        return args.Arguments.Select(a => a.Expression);
    }

    private IEnumerable<ExpressionSyntax> ArrayElements(ExpressionSyntax expr, int depth = 0)
    {
        if (depth > 8)
        {
            // static readonly A = B; B = A; ... : not an array of constants.
            NotConstant(expr, "an array of constants (its initializer refers back to itself)");
            return Enumerable.Empty<ExpressionSyntax>();
        }
        switch (expr)
        {
            case ArrayCreationExpressionSyntax { Initializer: { } init }:
                return init.Expressions;
            case ImplicitArrayCreationExpressionSyntax { Initializer: { } init }:
                return init.Expressions;
            case InitializerExpressionSyntax init:
                // string[] Urls = { "a", "b" };
                return init.Expressions;
            case CollectionExpressionSyntax collection when collection.Elements.All(e => e is ExpressionElementSyntax):
                return collection.Elements.Cast<ExpressionElementSyntax>().Select(e => e.Expression);
        }
        // A static readonly array field of this compilation, read from its initializer.
        if (_model.GetSymbolInfo(expr).Symbol is IFieldSymbol { IsStatic: true, IsReadOnly: true } field
            && field.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value }
            && value.SyntaxTree == expr.SyntaxTree)
        {
            return ArrayElements(value, depth + 1);
        }
        NotConstant(expr, "an array of constants (new[] { ... }, [ ... ] or a static readonly array initialised with constants)");
        return Enumerable.Empty<ExpressionSyntax>();
    }

    /// <summary>A constant string; null (with a diagnostic) when it is not one. A constant null is refused
    /// unless <paramref name="nullAllowed"/>: at run time the builders would throw or match nothing.</summary>
    public string? String(ExpressionSyntax expr, bool nullAllowed = false)
    {
        var value = _model.GetConstantValue(expr);
        if (value.HasValue && value.Value is string s)
        {
            return s;
        }
        if (value.HasValue && value.Value is null)
        {
            if (!nullAllowed)
            {
                NotConstant(expr, "a string (null is not a value here)");
            }
            return null;
        }
        NotConstant(expr, "a constant string");
        return null;
    }

    public bool? Bool(ExpressionSyntax expr)
    {
        var value = _model.GetConstantValue(expr);
        if (value.HasValue && value.Value is bool b)
        {
            return b;
        }
        NotConstant(expr, "true or false");
        return null;
    }

    /// <summary>The name of the enum member an expression denotes (e.g. "Metadata" for Level.Metadata).</summary>
    public string? EnumMember(ExpressionSyntax expr, INamedTypeSymbol? enumType)
    {
        var value = _model.GetConstantValue(expr);
        if (!value.HasValue || enumType is null)
        {
            NotConstant(expr, $"a member of {enumType?.Name ?? "the enum"}");
            return null;
        }
        var member = enumType.GetMembers().OfType<IFieldSymbol>()
            .FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, value.Value));
        if (member is null)
        {
            _diagnostics.Add(ParseDiagnostic.At(expr, DiagnosticIds.UnknownEnumValue, $"{value.Value} is not a member of {enumType.Name}"));
            return null;
        }
        return member.Name;
    }

    /// <summary>A resource selection: a catalog member, Resource.Custom(...), or either with .Named(...).</summary>
    public ResourceSelection? Resource(ExpressionSyntax expr)
    {
        if (expr is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation
            && _model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method)
        {
            if (method.Name == "Named" && _known.IsResourceRef(method.ContainingType))
            {
                var inner = Resource(access.Expression);
                if (inner is not { } sel)
                {
                    return null;
                }
                if (sel.WholeGroup)
                {
                    _diagnostics.Add(ParseDiagnostic.At(invocation, DiagnosticIds.ApiserverRefuses,
                        "a whole API group cannot be limited to names: the apiserver refuses resourceNames without resources (using resourceNames requires at least one resource)"));
                    return null;
                }
                var names = Elements(invocation.ArgumentList).Select(e => String(e)).Where(n => n is not null).Select(n => n!);
                return sel with { Names = new EquatableArray<string>(sel.Names.Concat(names)) };
            }
            if (method.Name == "Custom" && _known.Is(method.ContainingType, _known.Resource))
            {
                var groupArg = Arg(invocation.ArgumentList, 0, "group");
                var pluralArg = Arg(invocation.ArgumentList, 1, "plural");
                var group = groupArg is null ? null : String(groupArg);
                if (pluralArg is null)
                {
                    return group is null ? null : new ResourceSelection(group, "", default, WholeGroup: true);
                }
                var plural = String(pluralArg);
                return group is null || plural is null ? null : new ResourceSelection(group, plural, default);
            }
        }
        var symbol = _model.GetSymbolInfo(expr).Symbol;
        var entry = symbol?.GetAttributes().FirstOrDefault(a => _known.Is(a.AttributeClass, _known.CatalogEntryAttribute));
        if (entry is { ConstructorArguments.Length: 2 }
            && entry.ConstructorArguments[0].Value is string g && entry.ConstructorArguments[1].Value is string p)
        {
            // The catalog's pattern "" is a group's All member.
            return new ResourceSelection(g, p, default, WholeGroup: p.Length == 0);
        }
        NotConstant(expr, "a catalog member (Api.Core.Pods), Resource.Custom(\"group\", \"plural\") or .Named(...) of those");
        return null;
    }

    private void NotConstant(ExpressionSyntax expr, string expected)
        => _diagnostics.Add(ParseDiagnostic.At(expr, DiagnosticIds.NotConstant,
            $"'{expr}' is not something PolicyKit can read at compile time: expected {expected}"));
}
