using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PolicyKit.Detection;
using PolicyKit.Diagnostics;
using PolicyKit.Generators.Model;

namespace PolicyKit.Generators.Detections;

/// <summary>
/// [DetectionException] attributes → <see cref="DetectionException"/>s of the rules' IR, or PK2005 at the
/// attribute: no name, no condition, a bad source IP, a name used twice on one rule, an unknown rule id.
/// </summary>
internal static class DetectionExceptionParser
{
    /// <summary>The exceptions written on a [Detection] method.</summary>
    public static EquatableArray<DetectionException> Of(IMethodSymbol method, DetectionKnownSymbols known, List<ParseDiagnostic> diagnostics)
    {
        var list = new List<DetectionException>();
        foreach (var a in Attributes(method, known))
        {
            if (Parse(a, diagnostics, onClass: false) is { } x)
            {
                Add(list, x, a, method.Name, diagnostics);
            }
        }
        return new EquatableArray<DetectionException>(list);
    }

    /// <summary>Adds the exceptions written on the class to the rules they name.</summary>
    public static void AddClassExceptions(INamedTypeSymbol type, DetectionKnownSymbols known, List<DetectionSpec> rules, List<ParseDiagnostic> diagnostics)
    {
        foreach (var a in Attributes(type, known))
        {
            if (Parse(a, diagnostics, onClass: true) is not { } x)
            {
                continue;
            }
            foreach (var id in Strings(a, "Rules"))
            {
                var i = rules.FindIndex(r => r.Id == id);
                if (i < 0)
                {
                    Report(a, diagnostics, $"exception \"{x.Name}\" names rule \"{id}\", which {type.Name} does not have");
                    continue;
                }
                var own = rules[i].Exceptions.ToList();
                if (Add(own, x, a, rules[i].MethodName, diagnostics))
                {
                    rules[i] = rules[i] with { Exceptions = new EquatableArray<DetectionException>(own) };
                }
            }
        }
    }

    private static IEnumerable<AttributeData> Attributes(ISymbol symbol, DetectionKnownSymbols known)
        => symbol.GetAttributes().Where(a => known.ExceptionAttribute is not null && SymbolEqualityComparer.Default.Equals(a.AttributeClass, known.ExceptionAttribute));

    private static bool Add(List<DetectionException> list, DetectionException x, AttributeData at, string rule, List<ParseDiagnostic> diagnostics)
    {
        if (list.Any(e => e.Name == x.Name))
        {
            Report(at, diagnostics, $"rule {rule} has two exceptions named \"{x.Name}\"; alerts count what each exception drops by name");
            return false;
        }
        list.Add(x);
        return true;
    }

    private static DetectionException? Parse(AttributeData a, List<ParseDiagnostic> diagnostics, bool onClass)
    {
        var name = a.ConstructorArguments.Length > 0 ? a.ConstructorArguments[0].Value as string ?? "" : "";
        if (name.Length == 0)
        {
            Report(a, diagnostics, "a detection exception needs a name");
            return null;
        }
        if (onClass != Strings(a, "Rules").Any())
        {
            Report(a, diagnostics, onClass
                ? $"exception \"{name}\" on a class must name its rules (Rules = new[] {{ \"rule-id\" }})"
                : $"exception \"{name}\" on a [Detection] method applies to that rule: drop Rules");
            return null;
        }
        var conditions = new List<ExceptionCondition>();
        foreach (var (field, key) in ExceptionFields.All)
        {
            var values = Strings(a, PropertyOf(field)).ToList();
            if (values.Count == 0)
            {
                continue;
            }
            if (values.Select(v => ExceptionFields.Problem(field, v)).FirstOrDefault(p => p is not null) is { } problem)
            {
                Report(a, diagnostics, $"exception \"{name}\", {key}: {problem}");
                return null;
            }
            conditions.Add(new ExceptionCondition(field, new EquatableArray<string>(values)));
        }
        if (conditions.Count == 0)
        {
            Report(a, diagnostics, $"exception \"{name}\" sets no field (User, Group, Namespace, Name, Image, OwnerKind, SourceIP, Verb): it would drop every alert");
            return null;
        }
        return new DetectionException(name, new EquatableArray<ExceptionCondition>(conditions));
    }

    private static string PropertyOf(ExceptionField field) => field.ToString();

    private static IEnumerable<string> Strings(AttributeData a, string property)
    {
        var arg = a.NamedArguments.FirstOrDefault(n => n.Key == property).Value;
        return arg.Kind == TypedConstantKind.Array ? arg.Values.Select(v => v.Value as string ?? "") : Enumerable.Empty<string>();
    }

    private static void Report(AttributeData a, List<ParseDiagnostic> diagnostics, string message)
    {
        if (a.ApplicationSyntaxReference?.GetSyntax() is { } at)
        {
            diagnostics.Add(ParseDiagnostic.At(at, DiagnosticIds.BadDetectionException, message));
        }
    }
}
