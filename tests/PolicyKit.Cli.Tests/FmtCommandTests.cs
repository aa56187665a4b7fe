using PolicyKit.Diagnostics;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Tests;

/// <summary>`policykit fmt`: the canonical YAML form, comments kept, idempotent, meaning unchanged, refusals untouched.</summary>
public sealed class FmtCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policykit-fmt-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The fixtures fmt formats: loadable, and without a field the apiserver drops.</summary>
    public static TheoryData<string> FormattablePolicies() => new(Fixtures.Policies()
        .Where(p => PolicyYamlReader.ReadFile(p) is { Policy: not null } d && !d.Findings.Any(f => f.Severity == Severity.Error || f.Id == DiagnosticIds.DroppedField))
        .Select(Path.GetFileName)!);

    private string Copy(string file)
    {
        var path = Path.Combine(_dir, file);
        File.Copy(Fixtures.Policy(file), path, overwrite: true);
        return path;
    }

    private static IEnumerable<string> CommentTexts(string path)
        => PolicyYamlReader.ReadFile(path).Comments.Select(c => c.Text).Where(t => t.Length > 0 && !t.StartsWith("yaml-language-server:", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(FormattablePolicies))]
    public void Fmt_is_idempotent_keeps_every_comment_and_changes_no_decision(string file)
    {
        var path = Copy(file);
        var r = CliRunner.Run("fmt", path);
        Assert.True(r.ExitCode == 0, r.Error);
        var once = File.ReadAllText(path);
        Assert.Equal(CommentTexts(Fixtures.Policy(file)), CommentTexts(path));

        // Idempotent: formatting the output changes nothing, and --check agrees.
        Assert.Equal(0, CliRunner.Run("fmt", path).ExitCode);
        Assert.Equal(once, File.ReadAllText(path));
        var check = CliRunner.Run("fmt", "--check", path);
        Assert.Equal((0, ""), (check.ExitCode, check.Out));

        // Meaning: the reference evaluator decides every request the same before and after.
        var before = new PolicyEvaluator(PolicyYamlReader.ReadFile(Fixtures.Policy(file)).Policy!);
        var after = new PolicyEvaluator(PolicyYamlReader.ReadFile(path).Policy!);
        Generators.Request.Sample(request => Assert.Equal(before.Evaluate(request), after.Evaluate(request)), iter: 3000);
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void Check_lists_the_files_that_would_change_and_changes_none()
    {
        var messy = Copy("kubermatic-minimal.yaml");
        var text = File.ReadAllText(messy);
        var r = CliRunner.Run("fmt", "--check", messy);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(messy + "\n", r.Out);
        Assert.Equal(text, File.ReadAllText(messy));
    }

    [Fact]
    public void Comments_go_with_their_rule()
    {
        var path = Path.Combine(_dir, "p.yaml");
        File.WriteAllText(path, """
            # Production clusters.
            apiVersion: audit.k8s.io/v1
            kind: Policy
            rules:
              # Health checks are noise.
              - level: None
                nonResourceURLs: ["/healthz*"]   # and readyz?
              - {level: Metadata, resources: [{group: "", resources: ["secrets"]}]}  # never bodies
            # end of policy
            """);
        Assert.Equal(0, CliRunner.Run("fmt", path).ExitCode);
        Assert.Equal("""
            # yaml-language-server: $schema=https://raw.githubusercontent.com/policykit/policykit/main/schemas/audit-policy.v1.schema.json
            # Production clusters.
            apiVersion: audit.k8s.io/v1
            kind: Policy
            rules:
              # Health checks are noise.
              # and readyz?
              - level: None
                nonResourceURLs:
                  - /healthz*
              # never bodies
              - level: Metadata
                resources:
                  - group: ""
                    resources:
                      - secrets
            # end of policy

            """, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n    verb: [get]\n", "5:5: error: rules[0].verb: unknown field \"verb\"", "policykit lint --fix")]
    [InlineData("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Loud\n", "4:12: error: rules[0].level: Unsupported value", "fix the policy first")]
    [InlineData("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: [\n", "error: ", "fix the policy first")]
    public void A_policy_it_cannot_format_is_a_located_error_and_stays_as_it_is(string text, string located, string advice)
    {
        var path = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(path, text);
        var r = CliRunner.Run("fmt", path);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith(path + ":", r.Error);
        Assert.Contains(located, r.Error);
        Assert.Contains(advice, r.Error);
        Assert.Equal(text, File.ReadAllText(path));
    }

    [Fact]
    public void Stdin_is_formatted_to_stdout()
    {
        var r = CliRunner.RunWithStdin("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: [{level: None}]\n"u8.ToArray(), "fmt", "-");
        Assert.Equal(0, r.ExitCode);
        Assert.EndsWith("rules:\n  - level: None\n", r.Out);
    }
}
