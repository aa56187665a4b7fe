using Microsoft.CodeAnalysis.CodeFixes;
using PolicyKit.Diagnostics;
using PolicyKit.Generators.Analyzers;

namespace PolicyKit.CodeFixes.Tests;

/// <summary>Every code fix fixes an id of the catalog that the analyzers report with the catalog's descriptor.</summary>
public class CatalogTests
{
    [Fact]
    public void Every_fixable_id_is_in_the_catalog_and_reported_by_the_analyzers()
    {
        var providers = typeof(CatalogNameCodeFixProvider).Assembly.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToList();
        Assert.NotEmpty(providers);
        var exported = new PolicyDslAnalyzer().SupportedDiagnostics.ToDictionary(d => d.Id);
        foreach (var id in providers.SelectMany(p => p.FixableDiagnosticIds))
        {
            var info = DiagnosticCatalog.Get(id);
            Assert.Equal(info.Title, exported[id].Title.ToString());
            Assert.Equal(info.HelpLink, exported[id].HelpLinkUri);
        }
    }
}
