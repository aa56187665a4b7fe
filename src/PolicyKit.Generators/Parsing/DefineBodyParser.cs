using PolicyKit.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyKit.Generators.Model;

namespace PolicyKit.Generators.Parsing;

/// <summary>
/// Reads the statements of a Define or [RuleSet] method into <see cref="BodySpec"/> items, in statement
/// order. Every statement must be a chain of PolicyBuilder / RuleBuilder calls on the method's
/// PolicyBuilder parameter, or a call of a [RuleSet] method passing it on (kept as a reference, so that
/// editing the rule set re-runs only the step that includes it).
/// </summary>
internal sealed class DefineBodyParser
{
    private readonly SemanticModel _model;
    private readonly KnownSymbols _known;
    private readonly List<ParseDiagnostic> _diagnostics = new();
    private readonly List<BodyItem> _items = new();

    private DefineBodyParser(SemanticModel model, KnownSymbols known)
    {
        _model = model;
        _known = known;
    }

    public static BodySpec Parse(MethodDeclarationSyntax method, SemanticModel model, KnownSymbols known)
    {
        var parser = new DefineBodyParser(model, known);
        parser.ParseMethod(method);
        return new BodySpec(new EquatableArray<BodyItem>(parser._items), new EquatableArray<ParseDiagnostic>(parser._diagnostics));
    }

    private void ParseMethod(MethodDeclarationSyntax method)
    {
        var parameter = method.ParameterList.Parameters.Count == 1 ? _model.GetDeclaredSymbol(method.ParameterList.Parameters[0]) as IParameterSymbol : null;
        var values = new ValueReader(_model, _known, _diagnostics);
        if (method.ExpressionBody is { } arrow)
        {
            Statement(arrow.Expression, parameter, values);
            return;
        }
        foreach (var statement in method.Body?.Statements ?? default)
        {
            if (statement is ExpressionStatementSyntax { Expression: var expr })
            {
                Statement(expr, parameter, values);
            }
            else if (statement is not EmptyStatementSyntax)
            {
                Unsupported(statement);
            }
        }
    }

    private void Statement(ExpressionSyntax expr, IParameterSymbol? parameter, ValueReader values)
    {
        if (expr is InvocationExpressionSyntax invocation && _model.GetSymbolInfo(invocation).Symbol is IMethodSymbol target
            && target.GetAttributes().Any(a => _known.Is(a.AttributeClass, _known.RuleSetAttribute)))
        {
            RuleSet(invocation, parameter);
            return;
        }
        // Unwind a.B(...).C(...).D(...) into [B, C, D] on receiver a.
        var calls = new List<InvocationExpressionSyntax>();
        var current = expr;
        while (current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call)
        {
            calls.Add(call);
            current = access.Expression;
        }
        calls.Reverse();

        if (calls.Count == 0 || parameter is null || !SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(current).Symbol, parameter))
        {
            Unsupported(expr);
            return;
        }

        RuleState? rule = null;
        var site = ParseDiagnostic.At(expr, "", "", false);
        foreach (var call in calls)
        {
            if (_model.GetSymbolInfo(call).Symbol is not IMethodSymbol method)
            {
                Unsupported(call);
                return;
            }
            var name = method.Name;
            var args = call.ArgumentList;
            if (_known.Is(method.ContainingType, _known.PolicyBuilder))
            {
                switch (name)
                {
                    case "Rule":
                        var levelArg = ValueReader.Arg(args, 0, "level");
                        var nameArg = ValueReader.Arg(args, 1, "name");
                        var level = levelArg is null ? null : values.EnumMember(levelArg, _known.Level);
                        var ruleName = nameArg is null ? null : values.String(nameArg, nullAllowed: true);
                        rule = new RuleState(AuditNames.TryParseLevel(level, out var l) ? l : Level.None, ruleName);
                        break;
                    case "OmitStages":
                        _items.Add(new BodyItem(BodyItemKind.OmitStages, site, Stages: StageSet(values, args)));
                        break;
                    case "OmitManagedFields":
                        _items.Add(new BodyItem(BodyItemKind.OmitManagedFields, site, Flag: Flag(values, args)));
                        break;
                    default:
                        Unsupported(call);
                        return;
                }
            }
            else if (_known.Is(method.ContainingType, _known.RuleBuilder) && rule is not null)
            {
                switch (name)
                {
                    case "Users":
                        rule.Users.AddRange(Strings(values, args));
                        break;
                    case "UserGroups":
                        rule.UserGroups.AddRange(Strings(values, args));
                        break;
                    case "Verbs" when method.Parameters[0].Type is IArrayTypeSymbol { ElementType: var element } && _known.Is(element, _known.Verb):
                        rule.Verbs.AddRange(values.Elements(args).Select(e => values.EnumMember(e, _known.Verb)).Where(v => v is not null).Select(v => v!.ToLowerInvariant()));
                        break;
                    case "Verbs":
                        rule.Verbs.AddRange(Strings(values, args));
                        break;
                    case "Resources":
                        rule.Resources.AddRange(values.Elements(args).Select(values.Resource).Where(r => r is not null).Select(r => r!.Value));
                        break;
                    case "Namespaces":
                        rule.Namespaces.AddRange(Strings(values, args));
                        break;
                    case "NonResourceUrls":
                        rule.NonResourceUrls.AddRange(Strings(values, args));
                        break;
                    case "OmitStages":
                        rule.OmitStages |= StageSet(values, args);
                        break;
                    case "OmitManagedFields":
                        rule.OmitManagedFields = Flag(values, args);
                        break;
                    default:
                        Unsupported(call);
                        return;
                }
            }
            else
            {
                Unsupported(call);
                return;
            }
        }
        if (rule is not null)
        {
            _items.Add(new BodyItem(BodyItemKind.Rule, site, Rule: rule.ToRule()));
        }
    }

    private void RuleSet(InvocationExpressionSyntax call, IParameterSymbol? parameter)
    {
        var method = _model.GetSymbolInfo(call).Symbol as IMethodSymbol;
        var isRuleSet = method is not null && method.GetAttributes().Any(a => _known.Is(a.AttributeClass, _known.RuleSetAttribute));
        var passesBuilder = call.ArgumentList.Arguments.Count == 1 && parameter is not null
            && SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(call.ArgumentList.Arguments[0].Expression).Symbol, parameter);
        var id = method?.OriginalDefinition.GetDocumentationCommentId();
        if (!isRuleSet || !passesBuilder || id is null)
        {
            Unsupported(call);
            return;
        }
        _items.Add(new BodyItem(BodyItemKind.Include, ParseDiagnostic.At(call, "", "", false), Include: id));
    }

    /// <summary>OmitManagedFields(bool omit = true).</summary>
    private static bool Flag(ValueReader values, ArgumentListSyntax args)
        => ValueReader.Arg(args, 0, "omit") is not { } arg || (values.Bool(arg) ?? true);

    private static IEnumerable<string> Strings(ValueReader values, ArgumentListSyntax args)
        => values.Elements(args).Select(e => values.String(e)).Where(s => s is not null).Select(s => s!).ToList();

    private Stages StageSet(ValueReader values, ArgumentListSyntax args)
    {
        var set = Stages.None;
        foreach (var e in values.Elements(args))
        {
            if (AuditNames.TryParseStage(values.EnumMember(e, _known.Stage), out var stage))
            {
                set |= stage.ToSet();
            }
        }
        return set;
    }

    private void Unsupported(SyntaxNode node)
        => _diagnostics.Add(ParseDiagnostic.At(node, DiagnosticIds.UnsupportedStatement,
            $"'{Shorten(node)}' is not a policy statement: Define may only call methods of its PolicyBuilder (policy.Rule(...)..., policy.OmitStages(...)) and [RuleSet] methods"));

    private static string Shorten(SyntaxNode node)
    {
        var text = node.ToString().Replace("\r", " ").Replace("\n", " ");
        return text.Length > 80 ? text.Substring(0, 77) + "..." : text;
    }

    private sealed class RuleState
    {
        public RuleState(Level level, string? name)
        {
            Level = level;
            Name = name;
        }

        public Level Level { get; }

        public string? Name { get; }

        public List<string> Users { get; } = new();

        public List<string> UserGroups { get; } = new();

        public List<string> Verbs { get; } = new();

        public List<ResourceSelection> Resources { get; } = new();

        public List<string> Namespaces { get; } = new();

        public List<string> NonResourceUrls { get; } = new();

        public Stages OmitStages { get; set; }

        public bool? OmitManagedFields { get; set; }

        public PolicyRule ToRule() => new(Level, Name, new EquatableArray<string>(Users), new EquatableArray<string>(UserGroups),
            new EquatableArray<string>(Verbs), GroupResourcesFolding.Fold(Resources), new EquatableArray<string>(Namespaces),
            new EquatableArray<string>(NonResourceUrls), OmitStages, OmitManagedFields);
    }
}
