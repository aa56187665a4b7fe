using PolicyKit.Diagnostics;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Tests;

/// <summary>`policykit lint --fix`: dropped-field typos renamed and unreachable rules removed, in place, comments kept.</summary>
public sealed class LintFixTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policykit-fix-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string text)
    {
        var path = Path.Combine(_dir, "policy.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Typos_the_apiserver_drops_are_renamed_in_place_and_the_rest_is_kept()
    {
        var path = Write("""
            apiVersion: audit.k8s.io/v1
            kind: Policy
            omitStages: [RequestReceived]
            rules:
              # Reads of pods, with the request.
              - level: Request
                verb: ["get", "list"]      # read-only
                resource:
                  - group: ""
                    resource: ["pods"]
              - level: Metadata
                "namespace": [kube-system]
              - level: Metadata
            """);
        var r = CliRunner.Run("lint", "--fix", path);
        Assert.Equal("""
            apiVersion: audit.k8s.io/v1
            kind: Policy
            omitStages: [RequestReceived]
            rules:
              # Reads of pods, with the request.
              - level: Request
                verbs: ["get", "list"]      # read-only
                resources:
                  - group: ""
                    resources: ["pods"]
              - level: Metadata
                "namespaces": [kube-system]
              - level: Metadata
            """, File.ReadAllText(path));
        Assert.Contains($"fixed: {path}:7:5: renamed \"verb\" to \"verbs\" [PK1050]", r.Error);
        Assert.Contains($"fixed: {path}:12:5: renamed \"namespace\" to \"namespaces\" [PK1050]", r.Error);
        Assert.DoesNotContain("PK1050", r.Out);
        var rule = PolicyYamlReader.ReadFile(path).Policy!.Rules[0];
        Assert.Equal(["get", "list"], rule.Verbs);
        Assert.Equal(["pods"], rule.Resources[0].Resources);
    }

    [Fact]
    public void A_typo_next_to_the_field_it_means_is_left_for_the_user()
    {
        var text = "apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n    verbs: [get]\n    verb: [list]\n";
        var path = Write(text);
        var r = CliRunner.Run("lint", "--fix", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(text, File.ReadAllText(path));
        Assert.Contains("6:5: error: rules[0].verb: unknown field \"verb\"", r.Out);
    }

    [Fact]
    public void Unreachable_rules_are_removed_with_no_decision_changed()
    {
        var text = """
            apiVersion: audit.k8s.io/v1
            kind: Policy
            rules:
              - level: None
                nonResourceURLs: ["/healthz*"]
              - level: Metadata   # everything else

              # Too late: the rule above takes these.
              - level: RequestResponse
                resources:
                  - group: ""
                    resources: ["pods"]
            # end
            """;
        var path = Write(text);
        var before = new PolicyEvaluator(PolicyYamlReader.Read(text).Policy!);
        var r = CliRunner.Run("lint", "--fix", path);
        Assert.Contains($"fixed: {path}:9:5: removed rule 2, which no request reaches [PK1001]", r.Error);
        Assert.Equal("""
            apiVersion: audit.k8s.io/v1
            kind: Policy
            rules:
              - level: None
                nonResourceURLs: ["/healthz*"]
              - level: Metadata   # everything else

              # Too late: the rule above takes these.
            # end
            """, File.ReadAllText(path));
        var after = new PolicyEvaluator(PolicyYamlReader.ReadFile(path).Policy!);
        Generators.Request.Sample(request => Assert.Equal(before.Evaluate(request), after.Evaluate(request)), iter: 2000);
    }

    public static TheoryData<string> Policies() => new(Fixtures.Policies().Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Policies))]
    public void On_real_policies_fix_leaves_a_loadable_policy_with_no_more_errors(string file)
    {
        var path = Path.Combine(_dir, file);
        File.Copy(Fixtures.Policy(file), path);
        var original = PolicyYamlReader.ReadFile(path);
        CliRunner.Run("lint", "--fix", path);
        var fixedDocument = PolicyYamlReader.ReadFile(path);
        Assert.True(fixedDocument.Findings.Count(f => f.Severity == Severity.Error) <= original.Findings.Count(f => f.Severity == Severity.Error));
        if (original.Policy is { } policy && !original.Findings.Any(f => f.Id == DiagnosticIds.DroppedField))
        {
            // Nothing renamed: at most unreachable rules went, so every request gets the same level and stages.
            var before = new PolicyEvaluator(policy);
            var after = new PolicyEvaluator(fixedDocument.Policy!);
            Generators.Request.Sample(request =>
            {
                var (b, a) = (before.Evaluate(request), after.Evaluate(request));
                Assert.Equal((b.Level, b.OmitStages, b.OmitManagedFields), (a.Level, a.OmitStages, a.OmitManagedFields));
            }, iter: 1000);
        }
    }

    [Fact]
    public void Stdin_cannot_be_fixed()
    {
        var r = CliRunner.RunWithStdin("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: [{level: None}]\n"u8.ToArray(), "lint", "--fix", "-");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("stdin cannot be fixed", r.Error);
    }
}
