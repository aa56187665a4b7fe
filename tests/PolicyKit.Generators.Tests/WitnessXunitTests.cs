using System.Reflection;
using Microsoft.CodeAnalysis;
using PolicyKit.Cli;
using PolicyKit.Cli.IO;

namespace PolicyKit.Tests;

/// <summary>
/// `policykit witnesses --format xunit`: the class it writes compiles next to the policy's DSL twin (from
/// `policykit import`) and every test in it passes against the generated Evaluate.
/// </summary>
public class WitnessXunitTests
{
    private static string Cli(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliContext(output, error, () => new MemoryStream()));
        Assert.True(code == 0, error.ToString());
        return output.ToString();
    }

    [Theory]
    [InlineData("gke-gce-default.yaml")]
    [InlineData("kubernetes-docs-example.yaml")]
    [InlineData("rke2-cis-default.yaml")]
    public void The_witness_tests_compile_against_the_generated_Evaluate_and_pass(string file)
    {
        var policy = Cli("import", Fixtures.Policy(file), "--class", "ImportedPolicy", "--namespace", "Contoso.Audit");
        var tests = Cli("witnesses", Fixtures.Policy(file), "--format", "xunit", "--class", "ImportedPolicy", "--namespace", "Contoso.Audit");
        var compilation = GeneratorHarness.Compilation([policy, tests])
            .AddReferences(MetadataReference.CreateFromFile(typeof(Assert).Assembly.Location), MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location));
        // xunit is built against older reference assemblies: the unification notes every SDK project silences.
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            compilation.Options.SpecificDiagnosticOptions.SetItem("CS1701", ReportDiagnostic.Suppress).SetItem("CS1702", ReportDiagnostic.Suppress)));
        var result = GeneratorHarness.Run(compilation);
        Assert.Empty(result.Problems);
        var type = GeneratorHarness.Load(result.Output).GetType("Contoso.Audit.ImportedPolicyWitnessTests", throwOnError: true)!;
        var facts = type.GetMethods().Where(m => m.GetCustomAttributes().Any(a => a.GetType().Name == "FactAttribute")).ToList();
        Assert.NotEmpty(facts);
        var instance = Activator.CreateInstance(type);
        foreach (var fact in facts)
        {
            fact.Invoke(instance, null);
        }
    }
}
