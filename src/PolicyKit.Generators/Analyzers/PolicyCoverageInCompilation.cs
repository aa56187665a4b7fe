using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyKit.Generators.Model;
using PolicyKit.Generators.Parsing;

namespace PolicyKit.Generators.Analyzers;

/// <summary>
/// The policies of a compilation, as the generator would compile them, and the built-in API's groups and
/// scopes from the catalog the compilation references: what PK2010 needs when policies and detections
/// meet in one compilation. Built once per compilation, on first use.
/// </summary>
internal sealed class PolicyCoverageInCompilation
{
    private readonly Lazy<IReadOnlyList<(string Name, Policy Policy)>> _policies;
    private readonly Lazy<Dictionary<string, List<(string Group, bool Namespaced)>>> _catalog;

    public PolicyCoverageInCompilation(Compilation compilation, INamedTypeSymbol policyAttribute, CancellationToken cancellationToken)
    {
        _policies = new(() => FindPolicies(compilation, policyAttribute, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
        _catalog = new(() => ReadCatalog(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyList<(string Name, Policy Policy)> Policies => _policies.Value;

    public IReadOnlyList<(string Group, bool Namespaced)> Resolve(string resource)
        => _catalog.Value.TryGetValue(resource, out var groups) ? groups : [];

    private static IReadOnlyList<(string, Policy)> FindPolicies(Compilation compilation, INamedTypeSymbol policyAttribute, CancellationToken cancellationToken)
    {
        var result = new List<(string, Policy)>();
        var ruleSets = new ConcurrentDictionary<string, RuleSetSpec?>();
        foreach (var type in compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type, cancellationToken).OfType<INamedTypeSymbol>())
        {
            var attribute = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, policyAttribute));
            if (attribute?.ApplicationSyntaxReference?.GetSyntax(cancellationToken).FirstAncestorOrSelf<ClassDeclarationSyntax>() is not { } syntax)
            {
                continue;
            }
#pragma warning disable RS1030 // The policy lives in another tree than the detections being analysed.
            var model = compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
            var spec = PolicyParser.Parse(syntax, type, attribute, model, cancellationToken);
            var resolved = PolicyResolver.Resolve(spec, new RuleSetLookup(compilation, ruleSets));
            if (!resolved.HasErrors)
            {
                result.Add((spec.PolicyName.Length > 0 ? spec.PolicyName : type.Name, resolved.Policy!));
            }
        }
        return result;
    }

    /// <summary>Plain resources (no subresource) of the catalog: [CatalogEntry(group, pattern, Scope = ...)] on PolicyKit.Api's members.</summary>
    private static Dictionary<string, List<(string, bool)>> ReadCatalog(Compilation compilation)
    {
        var result = new Dictionary<string, List<(string, bool)>>(StringComparer.Ordinal);
        var api = compilation.GetTypeByMetadataName("PolicyKit.Api");
        var entry = compilation.GetTypeByMetadataName("PolicyKit.CatalogEntryAttribute");
        if (api is null || entry is null)
        {
            return result;
        }
        foreach (var group in api.GetTypeMembers())
        {
            foreach (var property in group.GetMembers().OfType<IPropertySymbol>())
            {
                var a = property.GetAttributes().FirstOrDefault(x => SymbolEqualityComparer.Default.Equals(x.AttributeClass, entry));
                if (a is null || a.ConstructorArguments.Length < 2 || a.ConstructorArguments[1].Value is not string pattern || pattern.Length == 0 || pattern.Contains("/"))
                {
                    continue;
                }
                var scope = a.NamedArguments.FirstOrDefault(n => n.Key == "Scope").Value.Value is int s ? s : 0;
                if (!result.TryGetValue(pattern, out var list))
                {
                    result[pattern] = list = new List<(string, bool)>();
                }
                list.Add(((string)a.ConstructorArguments[0].Value!, scope == 1));
            }
        }
        return result;
    }
}
