using Microsoft.CodeAnalysis.Diagnostics;
namespace PolicyKit.CodeFixes.Tests;

public class Scratch
{
    [Fact]
    public async Task Dump()
    {
        var src = File.ReadAllText("/tmp/pkcf/scratch.cs.txt");
        var document = CodeFixHarness.Document(src);
        var compilation = (await document.Project.GetCompilationAsync())!;
        var d = await compilation.WithAnalyzers([new PolicyKit.Generators.Analyzers.PolicyDslAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        var lines = d.Concat(compilation.GetDiagnostics().Where(x => x.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)).Select(x => $"{x.Id} {x.Location.GetLineSpan().StartLinePosition} [{src.Substring(x.Location.SourceSpan.Start, x.Location.SourceSpan.Length)}] {string.Join(";", x.Properties.Select(p => p.Key + "=" + p.Value))} add={x.AdditionalLocations.Count} :: {x.GetMessage()}");
        File.WriteAllLines("/tmp/pkcf/dump.txt", lines);
    }
}
