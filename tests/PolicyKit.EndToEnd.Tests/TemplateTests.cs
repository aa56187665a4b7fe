using System.Text;

namespace PolicyKit.EndToEnd.Tests;

/// <summary>`dotnet new policykit`, then build, test and edit the repo it makes, against the packed packages.</summary>
[Collection(PackedCollection.Name)]
public class TemplateTests(PackedPolicyKit packed)
{
    [Fact]
    public void A_new_policy_repo_builds_and_tests_green_and_its_artifacts_change_only_with_the_policy()
    {
        var hive = Path.Combine(packed.Root, "template-hive");
        PackedPolicyKit.Succeed(packed.Dotnet(packed.Root, "new", "install", packed.PackageFile("PolicyKit.Templates"), "--debug:custom-hive", hive));
        var repo = Path.Combine(packed.Root, "Contoso.Audit");
        PackedPolicyKit.Succeed(packed.Dotnet(packed.Root, "new", "policykit", "-n", "Contoso.Audit", "-o", repo, "--debug:custom-hive", hive));
        foreach (var file in new[] { "README.md", ".github/workflows/policy.yml", "Contoso.Audit.slnx", "Contoso.Audit/AuditPolicy.cs", "Contoso.Audit.Tests/AuditPolicyTests.cs" })
        {
            Assert.True(File.Exists(Path.Combine(repo, file)), file);
        }
        Assert.Contains($"<PackageReference Include=\"PolicyKit\" Version=\"{packed.Version}\" />", File.ReadAllText(Path.Combine(repo, "Contoso.Audit", "Contoso.Audit.csproj")));
        // Its nuget.config takes PolicyKit from packages/ only (the feed of the folder above is cleared): as its README says.
        File.Copy(packed.PackageFile("PolicyKit"), Path.Combine(repo, "packages", Path.GetFileName(packed.PackageFile("PolicyKit"))));

        var test = PackedPolicyKit.Succeed(packed.Dotnet(repo, "test"));
        Assert.Matches(@"Passed!\s+- Failed:\s+0, Passed:\s+[1-9]", test.Output);
        var artifacts = PackedPolicyKit.Artifacts(Path.Combine(repo, "Contoso.Audit"));
        var before = PackedPolicyKit.Snapshot(artifacts);
        Assert.Contains("namespace Contoso.Audit;", File.ReadAllText(Path.Combine(repo, "Contoso.Audit", "AuditPolicy.cs")));
        Assert.Contains("\"class\": \"Contoso.Audit.AuditPolicy\"", Encoding.UTF8.GetString(before["manifest.json"].Content));

        // Edit one rule: the policy and the manifest change, the provisioning snippets are left alone.
        var policy = Path.Combine(repo, "Contoso.Audit", "AuditPolicy.cs");
        File.WriteAllText(policy, File.ReadAllText(policy).Replace("policy.Rule(Level.RequestResponse, \"changes\")", "policy.Rule(Level.Request, \"changes\")"));
        PackedPolicyKit.Succeed(packed.Dotnet(repo, "build"));
        var after = PackedPolicyKit.Snapshot(artifacts);
        var changed = after.Where(a => !a.Value.Content.SequenceEqual(before[a.Key].Content)).Select(a => a.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["audit-policy.yaml", "manifest.json"], changed);
        Assert.Contains("  # changes\n  - level: Request\n", Encoding.UTF8.GetString(after["audit-policy.yaml"].Content));
        foreach (var unchanged in after.Keys.Except(changed))
        {
            Assert.Equal(before[unchanged].Written, after[unchanged].Written);
        }

        // Files left alone are older than the new assembly: the next build must still be a no-op.
        var noop = PackedPolicyKit.Succeed(packed.Dotnet(repo, "build", "-v:n"));
        Assert.Contains("Skipping target \"PolicyKitWriteArtifacts\" because all output files are up-to-date", noop.Output);

        // With the release before the edit as baseline, the build writes the diff the workflow posts as the job summary.
        var released = Path.Combine(packed.Root, "released-audit-policy.yaml");
        File.WriteAllBytes(released, before["audit-policy.yaml"].Content);
        PackedPolicyKit.Succeed(packed.Dotnet(repo, "build", "-p:PolicyKitBaseline=" + released));
        var diff = File.ReadAllText(Path.Combine(artifacts, "policy-diff.md"));
        Assert.Contains("| 1 | RequestResponse", diff);
        Assert.Contains("\"changes\"", diff);
        Assert.Contains("policy-diff.md", File.ReadAllText(Path.Combine(repo, ".github", "workflows", "policy.yml")));
    }
}
