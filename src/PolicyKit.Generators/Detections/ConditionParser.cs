using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyKit.Detection;
using PolicyKit.Diagnostics;
using PolicyKit.Generators.Model;

namespace PolicyKit.Generators.Detections;

/// <summary>
/// Turns the expression body of a [Detection] method into IR, or reports PK2001 at the first
/// sub-expression outside the analyzable subset (docs/detections.md lists it).
/// </summary>
internal sealed class ConditionParser
{
    private readonly SemanticModel _model;
    private readonly DetectionKnownSymbols _known;
    private readonly IParameterSymbol _event;
    private readonly List<ParseDiagnostic> _diagnostics;
    private readonly Dictionary<ISymbol, int> _items = new(SymbolEqualityComparer.Default);

    private readonly int _inlineDepth;

    public ConditionParser(SemanticModel model, DetectionKnownSymbols known, IParameterSymbol eventParameter, List<ParseDiagnostic> diagnostics, int inlineDepth = 0)
    {
        _inlineDepth = inlineDepth;
        _model = model;
        _known = known;
        _event = eventParameter;
        _diagnostics = diagnostics;
    }

    /// <summary>The IR, or null after reporting why not.</summary>
    public DetectionCondition? Condition(ExpressionSyntax x)
    {
        switch (x)
        {
            case ParenthesizedExpressionSyntax p:
                return Condition(p.Expression);
            case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.LogicalAndExpression) || b.IsKind(SyntaxKind.LogicalOrExpression):
                return Junction(b);
            case PrefixUnaryExpressionSyntax u when u.IsKind(SyntaxKind.LogicalNotExpression):
                return Condition(u.Operand) is { } inner ? new NotCondition(inner) : null;
            case LiteralExpressionSyntax l when l.IsKind(SyntaxKind.TrueLiteralExpression) || l.IsKind(SyntaxKind.FalseLiteralExpression):
                return new ConstantCondition(l.IsKind(SyntaxKind.TrueLiteralExpression));
            case BinaryExpressionSyntax b when CompareOpOf(b.Kind()) is { } op:
                return Comparison(b, op);
            case InvocationExpressionSyntax call:
                return Invocation(call);
        }
        var value = Value(x, quiet: true);
        if (value is { Kind: ValueKind.Bool } and not ConstValue)
        {
            return new TruthCondition(value);
        }
        return Fail(x, $"'{x}' is not a condition a detection rule can use (comparisons, &&, ||, !, In, StartsWith/EndsWith/Contains, Glob, IsUnder, Any and Contains over lists; see docs/detections.md)");
    }

    private DetectionCondition? Junction(BinaryExpressionSyntax b)
    {
        var kind = b.Kind();
        var parts = new List<DetectionCondition>();
        // Flatten a && b && c into one node (left-associative trees nest on the left).
        var stack = new Stack<ExpressionSyntax>();
        stack.Push(b);
        var ok = true;
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            while (e is ParenthesizedExpressionSyntax p && p.Expression is BinaryExpressionSyntax inner && inner.IsKind(kind))
            {
                e = inner;
            }
            if (e is BinaryExpressionSyntax same && same.IsKind(kind))
            {
                stack.Push(same.Right);
                stack.Push(same.Left);
                continue;
            }
            if (Condition(e) is { } c)
            {
                parts.Add(c);
            }
            else
            {
                ok = false;
            }
        }
        if (!ok)
        {
            return null;
        }
        var items = new EquatableArray<DetectionCondition>(parts);
        return kind == SyntaxKind.LogicalAndExpression ? new AllOf(items) : new AnyOf(items);
    }

    private static CompareOp? CompareOpOf(SyntaxKind kind) => kind switch
    {
        SyntaxKind.EqualsExpression => CompareOp.Equal,
        SyntaxKind.NotEqualsExpression => CompareOp.NotEqual,
        SyntaxKind.LessThanExpression => CompareOp.Less,
        SyntaxKind.LessThanOrEqualExpression => CompareOp.LessOrEqual,
        SyntaxKind.GreaterThanExpression => CompareOp.Greater,
        SyntaxKind.GreaterThanOrEqualExpression => CompareOp.GreaterOrEqual,
        _ => null,
    };

    private DetectionCondition? Comparison(BinaryExpressionSyntax b, CompareOp op)
    {
        var left = Value(b.Left);
        var right = Value(b.Right);
        if (left is null || right is null)
        {
            return null;
        }
        if (left is ConstValue && right is ConstValue)
        {
            return Fail(b, $"'{b}' compares two constants; a rule must compare something the event holds");
        }
        var kind = left is ConstValue ? right.Kind : left.Kind;
        if (kind is ValueKind.Object or ValueKind.List)
        {
            return Fail(b, $"'{b}' compares {(kind == ValueKind.List ? "a list" : "an object")}; compare its fields, or use Any/Contains");
        }
        if (kind != ValueKind.Number && op is not (CompareOp.Equal or CompareOp.NotEqual))
        {
            return Fail(b, $"'{b}': only numbers can be ordered; strings and booleans support == and !=");
        }
        return new CompareCondition(left, op, right);
    }

    private DetectionCondition? Invocation(InvocationExpressionSyntax call)
    {
        if (_model.GetSymbolInfo(call).Symbol is not IMethodSymbol method)
        {
            return Fail(call, $"'{call}' does not bind to a method");
        }
        var original = method.ReducedFrom ?? method;
        var args = call.ArgumentList.Arguments;
        var receiverSyntax = call.Expression is MemberAccessExpressionSyntax m ? m.Expression : null;
        // An extension method called statically (RuleText.In(x, ...)): the first argument is the receiver.
        if (method.ReducedFrom is null && method.IsExtensionMethod && args.Count > 0)
        {
            receiverSyntax = args[0].Expression;
            args = SyntaxFactory.SeparatedList(args.Skip(1));
        }
        if (IsHelper(method) && args.Count == 1 && _model.GetSymbolInfo(args[0].Expression).Symbol is IParameterSymbol passed
            && SymbolEqualityComparer.Default.Equals(passed, _event))
        {
            return Inline(call, method);
        }
        if (receiverSyntax is null)
        {
            return Fail(call, $"'{call}' is not a method a detection rule can use");
        }

        if (method.ContainingType.SpecialType == SpecialType.System_String && method.Name is "StartsWith" or "EndsWith" or "Contains")
        {
            if (args.Count == 2 && !IsOrdinal(args[1].Expression))
            {
                return Fail(args[1], $"'{call}': rules compare strings ordinally; drop the comparison argument or pass StringComparison.Ordinal");
            }
            if (args.Count is < 1 or > 2)
            {
                return Fail(call, $"'{call}': {method.Name} takes one constant string in a detection rule");
            }
            if (ConstString(args[0].Expression) is not { } text)
            {
                return Fail(args[0], $"'{args[0]}' is not a constant: {method.Name} takes one constant string in a detection rule");
            }
            var op = method.Name switch { "StartsWith" => TextOp.StartsWith, "EndsWith" => TextOp.EndsWith, _ => TextOp.Contains };
            return StringSubject(receiverSyntax) is { } s ? new TextCondition(s, op, text) : null;
        }

        if (SymbolEqualityComparer.Default.Equals(original.ContainingType, _known.RuleText))
        {
            var subject = StringSubject(receiverSyntax);
            if (subject is null)
            {
                return null;
            }
            switch (original.Name)
            {
                case "Glob" or "IsUnder" or "IsPath":
                    return args.Count == 1 && ConstString(args[0].Expression) is { } pattern
                        ? new TextCondition(subject, original.Name switch { "Glob" => TextOp.Glob, "IsUnder" => TextOp.Under, _ => TextOp.PathEquals }, pattern)
                        : Fail(call, $"'{call}': {original.Name} takes one constant string");
                case "In":
                    return In(call, subject, args);
            }
        }

        if (method.ContainingType.OriginalDefinition is { } owner && SymbolEqualityComparer.Default.Equals(owner, _known.ValueList))
        {
            return ListMethod(call, method, receiverSyntax, args);
        }
        return Fail(call, $"'{call}' calls {method.ContainingType.Name}.{method.Name}, which a detection rule cannot use (the generator must read every rule; see docs/detections.md)");
    }

    /// <summary>A helper predicate: <c>static bool Name(AuditEvent e) =&gt; ...</c> of this compilation, inlined into the rule.</summary>
    private bool IsHelper(IMethodSymbol method)
        => method.IsStatic && method.ReturnType.SpecialType == SpecialType.System_Boolean && method.Parameters.Length == 1
        && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, _known.AuditEvent) && method.DeclaringSyntaxReferences.Length > 0;

    private DetectionCondition? Inline(InvocationExpressionSyntax call, IMethodSymbol method)
    {
        if (_inlineDepth >= 8)
        {
            return Fail(call, $"'{call}': helper predicates nest more than 8 deep (recursion?)");
        }
        if (method.DeclaringSyntaxReferences[0].GetSyntax() is not MethodDeclarationSyntax { ExpressionBody.Expression: { } body } declaration)
        {
            return Fail(call, $"'{call}': helper predicate {method.Name} must have an expression body (=> ...)");
        }
        var model = declaration.SyntaxTree == _model.SyntaxTree ? _model : _model.Compilation.GetSemanticModel(declaration.SyntaxTree);
        return new ConditionParser(model, _known, method.Parameters[0], _diagnostics, _inlineDepth + 1).Condition(body);
    }

    private DetectionCondition? In(InvocationExpressionSyntax call, DetectionValue subject, SeparatedSyntaxList<ArgumentSyntax> args)
    {
        if (args.Count == 1 && _model.GetSymbolInfo(args[0].Expression).Symbol is IFieldSymbol field
            && SymbolEqualityComparer.Default.Equals(field.Type, _known.AllowList))
        {
            return AllowListOf(args[0].Expression, field) is { } list ? new InListCondition(subject, list.Name, list.Values) : null;
        }
        var values = new List<string>();
        foreach (var a in args)
        {
            if (ConstString(a.Expression) is not { } v)
            {
                return Fail(a, $"'{a}': In takes constant strings or a static readonly AllowList field");
            }
            values.Add(v);
        }
        return new InListCondition(subject, "", new EquatableArray<string>(values));
    }

    /// <summary>A static readonly AllowList field initialised with <c>new("name", "value", ...)</c> of constants.</summary>
    private (string Name, EquatableArray<string> Values)? AllowListOf(ExpressionSyntax use, IFieldSymbol field)
    {
        var declarator = field.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<VariableDeclaratorSyntax>().FirstOrDefault();
        if (!field.IsStatic || !field.IsReadOnly || declarator?.Initializer?.Value is not BaseObjectCreationExpressionSyntax creation || creation.ArgumentList is not { } list)
        {
            Fail(use, $"'{use}': an allow-list must be a static readonly AllowList field of this compilation initialised with new AllowList(\"name\", \"value\", ...)");
            return null;
        }
        var model = declarator.SyntaxTree == _model.SyntaxTree ? _model : _model.Compilation.GetSemanticModel(declarator.SyntaxTree);
        var values = new List<string>();
        foreach (var a in list.Arguments)
        {
            if (model.GetConstantValue(a.Expression) is not { HasValue: true, Value: string v })
            {
                Fail(use, $"'{use}': every value of allow-list {field.Name} must be a constant string ('{a}' is not)");
                return null;
            }
            values.Add(v);
        }
        if (values.Count == 0)
        {
            Fail(use, $"'{use}': allow-list {field.Name} has no name");
            return null;
        }
        return (values[0], new EquatableArray<string>(values.Skip(1)));
    }

    private DetectionCondition? ListMethod(InvocationExpressionSyntax call, IMethodSymbol method, ExpressionSyntax receiverSyntax, SeparatedSyntaxList<ArgumentSyntax> args)
    {
        var collection = Value(receiverSyntax);
        if (collection is null)
        {
            return null;
        }
        var elementKind = KindOf(((INamedTypeSymbol)method.ContainingType).TypeArguments[0]);
        var depth = _items.Count;
        var item = new BodyValue(BodyRoot.Item, depth, default, elementKind);
        switch (method.Name)
        {
            case "Any" when args.Count == 0:
                return new AnyItemCondition(collection, depth, new ConstantCondition(true));
            case "Any" when args.Count == 1 && args[0].Expression is SimpleLambdaExpressionSyntax { ExpressionBody: { } body } lambda:
                var parameter = _model.GetDeclaredSymbol(lambda.Parameter);
                if (parameter is null)
                {
                    return Fail(lambda, "the lambda's parameter does not bind");
                }
                _items[parameter] = depth;
                try
                {
                    return Condition(body) is { } predicate ? new AnyItemCondition(collection, depth, predicate) : null;
                }
                finally
                {
                    _items.Remove(parameter);
                }
            case "Any":
                return Fail(call, $"'{call}': Any takes a lambda with an expression body (x => ...)");
            case "Contains" when args.Count == 1:
                var value = Value(args[0].Expression);
                return value is null ? null : new AnyItemCondition(collection, depth, new CompareCondition(item, CompareOp.Equal, value));
            default:
                return Fail(call, $"'{call}' is not a list operation a rule can use (Any(x => ...), Any(), Contains(value))");
        }
    }

    private DetectionValue? StringSubject(ExpressionSyntax x)
    {
        var v = Value(x);
        if (v is null)
        {
            return null;
        }
        if (v.Kind != ValueKind.String || v is ConstValue)
        {
            Fail(x, $"'{x}' is not a string the event holds");
            return null;
        }
        return v;
    }

    /// <summary>A value: an event field, a body path, a lambda's item, or a constant.</summary>
    public DetectionValue? Value(ExpressionSyntax x, bool quiet = false)
    {
        if (x is ParenthesizedExpressionSyntax p)
        {
            return Value(p.Expression, quiet);
        }
        if (x.IsKind(SyntaxKind.NullLiteralExpression))
        {
            return ConstValue.Number(null);
        }
        var constant = _model.GetConstantValue(x);
        if (constant.HasValue)
        {
            switch (constant.Value)
            {
                case string s:
                    return ConstValue.String(s);
                case bool b:
                    return ConstValue.Bool(b);
                case int or long or short or byte or sbyte or ushort or uint:
                    return ConstValue.Number(Convert.ToInt64(constant.Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        var symbol = _model.GetSymbolInfo(x).Symbol;
        switch (x)
        {
            case IdentifierNameSyntax when symbol is IParameterSymbol ps && _items.TryGetValue(ps, out var depth):
                return new BodyValue(BodyRoot.Item, depth, default, KindOf(ps.Type));
            case MemberAccessExpressionSyntax access when symbol is IPropertySymbol property:
                return Member(access, property, quiet);
            case InvocationExpressionSyntax call when symbol is IMethodSymbol method && Attribute(method, _known.EventFieldAttribute) is { } field:
                if (call.Expression is MemberAccessExpressionSyntax target && IsEventSide(target.Expression)
                    && call.ArgumentList.Arguments.Count == 1 && ConstString(call.ArgumentList.Arguments[0].Expression) is { } argument)
                {
                    return new FieldValue((EventField)(int)field.ConstructorArguments[0].Value!, argument);
                }
                return quiet ? null : FailValue(call, $"'{call}': {method.Name} takes one constant string");
        }
        return quiet ? null : FailValue(x, $"'{x}' is not something a detection rule can read: use the event's fields and body views, lambda items and constants");
    }

    private DetectionValue? Member(MemberAccessExpressionSyntax access, IPropertySymbol property, bool quiet)
    {
        if (Attribute(property, _known.EventFieldAttribute) is { } field && IsEventSide(access.Expression))
        {
            return new FieldValue((EventField)(int)field.ConstructorArguments[0].Value!);
        }
        if (Attribute(property, _known.BodyRootAttribute) is { } root && IsEventSide(access.Expression))
        {
            return new BodyValue((BodyRoot)(int)root.ConstructorArguments[0].Value!, 0, default, KindOf(property.Type));
        }
        if (Attribute(property, _known.BodyPathAttribute) is { } path)
        {
            if (Value(access.Expression, quiet) is not BodyValue parent)
            {
                return null;
            }
            var steps = BodyPaths.Split((string)path.ConstructorArguments[0].Value!);
            return new BodyValue(parent.Root, parent.ItemDepth, new EquatableArray<string>(parent.Steps.Concat(steps)), KindOf(property.Type));
        }
        return quiet ? null : FailValue(access, $"'{access}' is not something a detection rule can read (the property has no [EventField] or [BodyPath])");
    }

    /// <summary>The event parameter, or a view of it (e.User, e.ObjectRef) reached from it without body steps.</summary>
    private bool IsEventSide(ExpressionSyntax x)
    {
        var symbol = _model.GetSymbolInfo(x).Symbol;
        if (symbol is IParameterSymbol p)
        {
            return SymbolEqualityComparer.Default.Equals(p, _event);
        }
        return x is MemberAccessExpressionSyntax m && symbol is IPropertySymbol prop
            && SymbolEqualityComparer.Default.Equals(prop.ContainingType, _known.AuditEvent)
            && prop.GetAttributes().Length == 0
            && IsEventSide(m.Expression);
    }

    private ValueKind KindOf(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }
        return type.SpecialType switch
        {
            SpecialType.System_String => ValueKind.String,
            SpecialType.System_Boolean => ValueKind.Bool,
            SpecialType.System_Int32 or SpecialType.System_Int64 => ValueKind.Number,
            _ when SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, _known.ValueList) => ValueKind.List,
            _ => ValueKind.Object,
        };
    }

    private string? ConstString(ExpressionSyntax x) => _model.GetConstantValue(x) is { HasValue: true, Value: string s } ? s : null;

    private bool IsOrdinal(ExpressionSyntax x)
        => _model.GetSymbolInfo(x).Symbol is IFieldSymbol { Name: "Ordinal", ContainingType.Name: "StringComparison" };

    private static AttributeData? Attribute(ISymbol symbol, INamedTypeSymbol? attribute)
        => attribute is null ? null : symbol.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));

    private DetectionCondition? Fail(SyntaxNode node, string message)
    {
        _diagnostics.Add(ParseDiagnostic.At(node, DiagnosticIds.UnsupportedDetectionExpression, message));
        return null;
    }

    private DetectionValue? FailValue(SyntaxNode node, string message)
    {
        _diagnostics.Add(ParseDiagnostic.At(node, DiagnosticIds.UnsupportedDetectionExpression, message));
        return null;
    }
}
