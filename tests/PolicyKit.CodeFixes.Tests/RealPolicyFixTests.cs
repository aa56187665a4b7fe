using Microsoft.CodeAnalysis.CodeFixes;
using PolicyKit.Cli;
using PolicyKit.Cli.IO;
using PolicyKit.Tests;

namespace PolicyKit.CodeFixes.Tests;

/// <summary>
/// Every code fix on every real policy (tests/fixtures/policies, imported to the DSL by `policykit import`): each
/// action offered for each finding, and each provider's fix-all, applied and re-analysed: the code compiles, the
/// finding is gone and no new one appeared (<see cref="NoNewFinding"/>).
/// </summary>
public class RealPolicyFixTests
{
    private static readonly CodeFixProvider[] Providers =
    [
        new UnreachableRuleCodeFixProvider(), new RedundantRuleCodeFixProvider(), new SensitiveBodiesCodeFixProvider(),
        new RequestReceivedCodeFixProvider(), new SessionVerbsCodeFixProvider(), new CatalogNameCodeFixProvider(),
    ];

    public static TheoryData<string> ImportablePolicies() => new(Fixtures.Policies().Where(p => Import(p) is not null).Select(Path.GetFileName)!);

    /// <summary>The policy as DSL code, or null when `policykit import` refuses it (kube-apiserver would).</summary>
    internal static string? Import(string path)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(["import", path, "--class", "Imported", "--namespace", "Contoso.Audit"], new CliContext(output, error, () => new MemoryStream()));
        return code == 0 ? output.ToString() : null;
    }

    [Theory]
    [MemberData(nameof(ImportablePolicies))]
    public async Task Every_fix_removes_its_finding_and_adds_none(string file)
    {
        var document = CodeFixHarness.Document(Import(Fixtures.Policy(file))!);
        var before = await CodeFixHarness.Analyze(document.Project);
        foreach (var provider in Providers)
        {
            foreach (var diagnostic in before.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)))
            {
                foreach (var action in await CodeFixHarness.Actions(provider, document, diagnostic))
                {
                    var fixedProject = (await CodeFixHarness.Apply(action, document.Project.Solution)).GetProject(document.Project.Id)!;
                    var after = await CodeFixHarness.Analyze(fixedProject);
                    NoNewFinding.Assert(before, after, diagnostic.Id, $"{file}: \"{action.Title}\" for {diagnostic}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(ImportablePolicies))]
    public async Task Every_fix_all_removes_its_findings_and_adds_none(string file)
    {
        var source = Import(Fixtures.Policy(file))!;
        var before = await CodeFixHarness.Analyze(CodeFixHarness.Document(source).Project);
        foreach (var provider in Providers)
        {
            foreach (var id in provider.FixableDiagnosticIds.Where(id => before.Any(d => d.Id == id)))
            {
                foreach (var key in EquivalenceKeys(provider))
                {
                    if (await CodeFixHarness.TryFixAll(provider, id, key, source) is { } result)
                    {
                        NoNewFinding.Assert(before, result.After, id, $"{file}: fix-all {key}");
                    }
                }
            }
        }
    }

    [Fact]
    public async Task The_real_policies_get_fixes_at_all()
    {
        // Not vacuous: the corpus has findings the fixes settle (e.g. PK1030 on policies that keep RequestReceived).
        var offered = 0;
        foreach (var path in Fixtures.Policies())
        {
            if (Import(path) is not { } source)
            {
                continue;
            }
            var document = CodeFixHarness.Document(source);
            foreach (var diagnostic in await CodeFixHarness.Analyze(document.Project))
            {
                foreach (var provider in Providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    offered += (await CodeFixHarness.Actions(provider, document, diagnostic)).Count;
                }
            }
        }
        Assert.True(offered >= 5, $"only {offered} fixes offered on the real policies");
    }

    private static string[] EquivalenceKeys(CodeFixProvider provider) => provider switch
    {
        UnreachableRuleCodeFixProvider => [UnreachableRuleCodeFixProvider.RemoveKey],
        SensitiveBodiesCodeFixProvider => [SensitiveBodiesCodeFixProvider.EquivalenceKey],
        RequestReceivedCodeFixProvider => [RequestReceivedCodeFixProvider.EquivalenceKey],
        SessionVerbsCodeFixProvider => [SessionVerbsCodeFixProvider.EquivalenceKey],
        CatalogNameCodeFixProvider => ["PK1043.Replace", "PK1048.Replace"],
        _ => [],
    };
}
