using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PolicyKit.Diagnostics;

namespace PolicyKit.Generators.Analyzers;

/// <summary>The descriptors of the detection diagnostics (PK2nnn), with help links to docs/rules.</summary>
internal static class DetectionDiagnostics
{
    private const string Category = "PolicyKit.Detections";

    public static readonly DiagnosticDescriptor UnsupportedExpression = Error(DiagnosticIds.UnsupportedDetectionExpression, "Expression is outside the detection rule language");
    public static readonly DiagnosticDescriptor BadMethod = Error(DiagnosticIds.BadDetectionMethod, "Malformed [Detection] method or [DetectionRules] class");
    public static readonly DiagnosticDescriptor DuplicateId = Error(DiagnosticIds.DuplicateDetectionId, "Duplicate detection id");
    public static readonly DiagnosticDescriptor BadWindow = Error(DiagnosticIds.BadDetectionWindow, "Incomplete or out-of-range detection window");

    public static readonly DiagnosticDescriptor NotLogged = new(
        DiagnosticIds.DetectionNotLogged, "The policy does not log what the detection reads", "{0}", Category,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.DetectionNotLogged));

    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(UnsupportedExpression, BadMethod, DuplicateId, BadWindow, NotLogged);

    public static DiagnosticDescriptor For(string id) => id switch
    {
        DiagnosticIds.UnsupportedDetectionExpression => UnsupportedExpression,
        DiagnosticIds.BadDetectionMethod => BadMethod,
        DiagnosticIds.DuplicateDetectionId => DuplicateId,
        DiagnosticIds.BadDetectionWindow => BadWindow,
        _ => NotLogged,
    };

    private static DiagnosticDescriptor Error(string id, string title)
        => new(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticIds.HelpLink(id));
}
