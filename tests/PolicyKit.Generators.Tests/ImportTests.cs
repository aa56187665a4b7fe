using PolicyKit.Cli;
using PolicyKit.Cli.IO;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Tests;

/// <summary>
/// `policykit import` on every real policy: the C# it writes compiles with the generator, and its
/// generated YAML decides exactly like the input on generated requests.
/// </summary>
public class ImportTests
{
    private static (int Code, string Out, string Error) Import(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(["import", .. args], new CliContext(output, error, () => new MemoryStream()));
        return (code, output.ToString(), error.ToString());
    }

    public static TheoryData<string> LoadablePolicies() => new(Fixtures.Policies()
        .Where(p => PolicyYamlReader.ReadFile(p) is { Policy: not null } d && !d.Findings.Any(f => f.Severity == Severity.Error && f.Id != Diagnostics.DiagnosticIds.DroppedField))
        .Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(LoadablePolicies))]
    public void Imported_code_compiles_and_decides_like_the_yaml(string file)
    {
        var (code, csharp, error) = Import(Fixtures.Policy(file), "--class", "Imported", "--namespace", "Contoso.Audit");
        Assert.True(code == 0, error);
        var result = GeneratorHarness.Run(csharp);
        Assert.Empty(result.Problems);
        var assembly = GeneratorHarness.Load(result.Output);
        var evaluate = GeneratorHarness.Evaluate(assembly, "Contoso.Audit.Imported");
        var original = PolicyYamlReader.ReadFile(Fixtures.Policy(file)).Policy!;
        var yaml = (string)assembly.GetType("Contoso.Audit.Imported")!.GetField("Yaml")!.GetRawConstantValue()!;
        var fromGeneratedYaml = new PolicyEvaluator(PolicyYamlReader.Read(yaml).Policy!);
        var reference = new PolicyEvaluator(original);
        CsCheck.Gen.Select(Generators.Request, Generators.Request).Sample(t =>
        {
            foreach (var r in new[] { t.Item1, t.Item2 })
            {
                var expected = reference.Evaluate(r);
                Assert.Equal(expected, fromGeneratedYaml.Evaluate(r));
                Assert.Equal(expected, evaluate(r));
            }
        }, iter: 5000);
    }

    [Fact]
    public void Gke_import_is_idiomatic_and_keeps_comments()
    {
        var (code, csharp, _) = Import(Fixtures.Policy("gke-gce-default.yaml"), "--class", "GkePolicy");
        Assert.Equal(0, code);
        Assert.Contains("[AuditPolicy(\"gke-gce-default\", MinKubernetesVersion = \"1.29\")]", csharp);
        Assert.Contains("public static partial class GkePolicy", csharp);
        Assert.Contains(".Users(Users.KubeProxy)", csharp);
        Assert.Contains(".Resources(Core.Endpoints, Core.Services, Core.Services.Status)", csharp);
        Assert.Contains("Resource.Custom(\"metrics.k8s.io\")", csharp);
        Assert.Contains("Api.Policy.All", csharp);
        Assert.Contains("// Don't log events requests because of performance impact.", csharp);
        Assert.Contains("// source: kubernetes/kubernetes cluster/gce/gci/configure-helper.sh", csharp);
    }

    [Fact]
    public void Output_file_is_written_and_the_name_defaults_to_the_file_name()
    {
        var target = Path.Combine(Path.GetTempPath(), "pk-import-" + Guid.NewGuid() + ".cs");
        try
        {
            var (code, stdout, error) = Import(Fixtures.Policy("talos-default.yaml"), "--class", "Talos", "-o", target);
            Assert.Equal(0, code);
            Assert.Empty(stdout);
            Assert.Contains("wrote " + target, error);
            Assert.Contains("[AuditPolicy(\"talos-default\"", File.ReadAllText(target));
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public void Bad_class_names_and_refused_policies_exit_2()
    {
        Assert.Equal(2, Import(Fixtures.Policy("talos-default.yaml"), "--class", "class").Code);
        Assert.Equal(2, Import(Fixtures.Policy("talos-default.yaml"), "--class", "Ok", "--namespace", "a..b").Code);
        var (code, _, error) = Import(Fixtures.Policy("eks-best-practices-guide.yaml"), "--class", "Eks");
        Assert.Equal(2, code);
        Assert.Contains("kube-apiserver would refuse this policy", error);
    }

    [Fact]
    public void What_the_dsl_cannot_keep_as_written_is_reported()
    {
        var yaml = Path.Combine(Path.GetTempPath(), "pk-import-" + Guid.NewGuid() + ".yaml");
        File.WriteAllText(yaml, "apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n    resources:\n      - group: apps\n        resourceNames: [x]\n        resources: [deployments]\n      - group: apps\n        resourceNames: [x]\n        resources: [deployments, statefulsets]\n");
        try
        {
            var (code, csharp, error) = Import(yaml, "--class", "P");
            Assert.Equal(0, code);
            Assert.Contains("Apps.Deployments.Named(\"x\"), Apps.Deployments.Named(\"x\"), Apps.StatefulSets.Named(\"x\")", csharp);
            Assert.Contains("note: rule 0: its resources entries are regrouped", error);
        }
        finally
        {
            File.Delete(yaml);
        }
    }
}

public class ImportShadowingTests
{
    [Theory]
    [InlineData("Contoso.Core.Audit", "Users")]
    [InlineData("Api.Apps.Events", "Resource")]
    [InlineData("Rbac", "Level")]
    public void Names_that_would_shadow_the_dsl_are_qualified_and_the_code_compiles(string ns, string className)
    {
        var policy = PolicyYamlReader.ReadFile(Fixtures.Policy("gke-gce-default.yaml")).Policy!;
        var code = PolicyKit.Cli.Import.PolicyCSharpWriter.Write(policy, new PolicyKit.Cli.Import.ImportOptions(className, ns, "gke", "file\u2028name.yaml")).Code;
        var result = GeneratorHarness.Run(code);
        Assert.Empty(result.Problems);
        var compiled = GeneratorHarness.Model(GeneratorHarness.Load(result.Output), ns + "." + className);
        Assert.Equal(policy.Rules.Select(r => r with { Name = null }), compiled.Rules);
    }

    [Theory]
    [InlineData("record")]
    [InlineData("policy")]
    [InlineData("file")]
    public void Class_names_that_do_not_compile_cleanly_are_refused(string className)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = PolicyKit.Cli.CliApp.Run(["import", Fixtures.Policy("talos-default.yaml"), "--class", className], new PolicyKit.Cli.IO.CliContext(output, error, () => new MemoryStream()));
        Assert.Equal(2, code);
        Assert.Contains("is not a C# class name", error.ToString());
    }
}
