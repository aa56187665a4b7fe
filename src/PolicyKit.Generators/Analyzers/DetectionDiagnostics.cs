using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PolicyKit.Diagnostics;

namespace PolicyKit.Generators.Analyzers;

/// <summary>The descriptors of the detection diagnostics (PK2nnn), from the catalog.</summary>
internal static class DetectionDiagnostics
{
    public static readonly DiagnosticDescriptor UnsupportedExpression = CatalogDescriptors.For(DiagnosticIds.UnsupportedDetectionExpression);
    public static readonly DiagnosticDescriptor BadMethod = CatalogDescriptors.For(DiagnosticIds.BadDetectionMethod);
    public static readonly DiagnosticDescriptor DuplicateId = CatalogDescriptors.For(DiagnosticIds.DuplicateDetectionId);
    public static readonly DiagnosticDescriptor BadWindow = CatalogDescriptors.For(DiagnosticIds.BadDetectionWindow);
    public static readonly DiagnosticDescriptor BadException = CatalogDescriptors.For(DiagnosticIds.BadDetectionException);

    public static readonly DiagnosticDescriptor NotLogged = CatalogDescriptors.For(DiagnosticIds.DetectionNotLogged);

    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(UnsupportedExpression, BadMethod, DuplicateId, BadWindow, BadException, NotLogged);

    public static DiagnosticDescriptor For(string id) => id switch
    {
        DiagnosticIds.UnsupportedDetectionExpression => UnsupportedExpression,
        DiagnosticIds.BadDetectionMethod => BadMethod,
        DiagnosticIds.DuplicateDetectionId => DuplicateId,
        DiagnosticIds.BadDetectionWindow => BadWindow,
        DiagnosticIds.BadDetectionException => BadException,
        _ => NotLogged,
    };
}
