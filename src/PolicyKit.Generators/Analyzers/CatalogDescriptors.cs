using Microsoft.CodeAnalysis;
using PolicyKit.Diagnostics;
using PolicyKit.Validation;

namespace PolicyKit.Generators.Analyzers;

/// <summary>
/// Roslyn descriptors made from <see cref="DiagnosticCatalog"/>: the one place titles, categories, severities and
/// help links come from. The release tracking files (AnalyzerReleases.*.md) are held to the catalog by a test.
/// </summary>
internal static class CatalogDescriptors
{
    public static DiagnosticDescriptor For(string id)
    {
        var info = DiagnosticCatalog.Get(id);
        return new DiagnosticDescriptor(info.Id, info.Title, info.MessageFormat, info.Category, ToRoslyn(info.DefaultSeverity),
            isEnabledByDefault: true, helpLinkUri: info.HelpLink);
    }

    public static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
