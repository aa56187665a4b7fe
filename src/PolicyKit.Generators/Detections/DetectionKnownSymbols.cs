using Microsoft.CodeAnalysis;

namespace PolicyKit.Generators.Detections;

/// <summary>The detection DSL's types, resolved once per compilation.</summary>
internal sealed class DetectionKnownSymbols
{
    public const string RulesAttributeName = "PolicyKit.DetectionRulesAttribute";
    public const string DetectionAttributeName = "PolicyKit.DetectionAttribute";

    private DetectionKnownSymbols(Compilation c)
    {
        AuditEvent = c.GetTypeByMetadataName("PolicyKit.AuditEvent");
        DetectionAttribute = c.GetTypeByMetadataName(DetectionAttributeName);
        ExceptionAttribute = c.GetTypeByMetadataName("PolicyKit.DetectionExceptionAttribute");
        EventFieldAttribute = c.GetTypeByMetadataName("PolicyKit.EventFieldAttribute");
        BodyRootAttribute = c.GetTypeByMetadataName("PolicyKit.BodyRootAttribute");
        BodyPathAttribute = c.GetTypeByMetadataName("PolicyKit.BodyPathAttribute");
        ValueList = c.GetTypeByMetadataName("PolicyKit.ValueList`1");
        RuleText = c.GetTypeByMetadataName("PolicyKit.RuleText");
        AllowList = c.GetTypeByMetadataName("PolicyKit.AllowList");
    }

    public static DetectionKnownSymbols For(Compilation compilation) => new(compilation);

    public INamedTypeSymbol? AuditEvent { get; }

    public INamedTypeSymbol? DetectionAttribute { get; }

    public INamedTypeSymbol? ExceptionAttribute { get; }

    public INamedTypeSymbol? EventFieldAttribute { get; }

    public INamedTypeSymbol? BodyRootAttribute { get; }

    public INamedTypeSymbol? BodyPathAttribute { get; }

    public INamedTypeSymbol? ValueList { get; }

    public INamedTypeSymbol? RuleText { get; }

    public INamedTypeSymbol? AllowList { get; }
}
