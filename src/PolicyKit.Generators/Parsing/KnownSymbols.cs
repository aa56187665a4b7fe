using Microsoft.CodeAnalysis;

namespace PolicyKit.Generators.Parsing;

/// <summary>The DSL's types, resolved once per compilation.</summary>
internal sealed class KnownSymbols
{
    private KnownSymbols(Compilation c)
    {
        PolicyBuilder = c.GetTypeByMetadataName("PolicyKit.PolicyBuilder");
        RuleBuilder = c.GetTypeByMetadataName("PolicyKit.RuleBuilder");
        RuleSetAttribute = c.GetTypeByMetadataName("PolicyKit.RuleSetAttribute");
        CatalogEntryAttribute = c.GetTypeByMetadataName("PolicyKit.CatalogEntryAttribute");
        ResourceRef = c.GetTypeByMetadataName("PolicyKit.ResourceRef");
        Resource = c.GetTypeByMetadataName("PolicyKit.Resource");
        Verb = c.GetTypeByMetadataName("PolicyKit.Verb");
        Level = c.GetTypeByMetadataName("PolicyKit.Level");
        Stage = c.GetTypeByMetadataName("PolicyKit.Stage");
    }

    public static KnownSymbols For(Compilation compilation) => new(compilation);

    public INamedTypeSymbol? PolicyBuilder { get; }

    public INamedTypeSymbol? RuleBuilder { get; }

    public INamedTypeSymbol? RuleSetAttribute { get; }

    public INamedTypeSymbol? CatalogEntryAttribute { get; }

    public INamedTypeSymbol? ResourceRef { get; }

    public INamedTypeSymbol? Resource { get; }

    public INamedTypeSymbol? Verb { get; }

    public INamedTypeSymbol? Level { get; }

    public INamedTypeSymbol? Stage { get; }

    public bool Is(ITypeSymbol? type, INamedTypeSymbol? known) => known is not null && SymbolEqualityComparer.Default.Equals(type, known);

    public bool IsResourceRef(ITypeSymbol? type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (Is(t, ResourceRef))
            {
                return true;
            }
        }
        return false;
    }
}
