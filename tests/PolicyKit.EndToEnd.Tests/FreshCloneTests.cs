namespace PolicyKit.EndToEnd.Tests;

/// <summary>
/// A repo made by `dotnet new policykit`, committed and cloned elsewhere as a colleague or CI would: with nothing
/// but its own nuget.config and packages/ folder (no feed configured above it, an empty package cache), it
/// restores PolicyKit from packages/, builds and tests as its workflow does, and installs the tool.
/// </summary>
[Collection(PackedCollection.Name)]
public class FreshCloneTests(PackedPolicyKit packed)
{
    [Fact]
    public void A_clone_restores_PolicyKit_from_its_own_feed_alone()
    {
        var hive = Path.Combine(packed.Root, "template-hive-clone");
        PackedPolicyKit.Succeed(packed.Dotnet(packed.Root, "new", "install", packed.PackageFile("PolicyKit.Templates"), "--debug:custom-hive", hive));
        var made = Path.Combine(packed.Root, "made", "Contoso.Audit");
        PackedPolicyKit.Succeed(packed.Dotnet(packed.Root, "new", "policykit", "-n", "Contoso.Audit", "-o", made, "--debug:custom-hive", hive));
        Assert.True(File.Exists(Path.Combine(made, "nuget.config")));
        foreach (var id in new[] { "PolicyKit", "PolicyKit.Cli" })
        {
            File.Copy(packed.PackageFile(id), Path.Combine(made, "packages", Path.GetFileName(packed.PackageFile(id))));
        }
        Git(made, "init", "-q");
        Git(made, "add", "-A");
        Git(made, "-c", "user.name=PolicyKit tests", "-c", "user.email=tests@example.com", "commit", "-q", "-m", "A new policy repo");

        var elsewhere = Directory.CreateTempSubdirectory("policykit-clone-").FullName;
        try
        {
            var clone = Path.Combine(elsewhere, "Contoso.Audit");
            Git(elsewhere, "clone", "-q", made, clone);
            var cache = Path.Combine(elsewhere, "nuget-packages");
            var environment = new Dictionary<string, string>(packed.Environment) { ["NUGET_PACKAGES"] = cache };
            // The workflow's steps.
            PackedPolicyKit.Succeed(DotnetCli.Run(clone, environment, "restore"));
            PackedPolicyKit.Succeed(DotnetCli.Run(clone, environment, "build", "-c", "Release", "--no-restore"));
            var test = PackedPolicyKit.Succeed(DotnetCli.Run(clone, environment, "test", "-c", "Release", "--no-build"));
            Assert.Matches(@"Passed!\s+- Failed:\s+0, Passed:\s+[1-9]", test.Output);
            Assert.True(File.Exists(Path.Combine(clone, "Contoso.Audit", "bin", "Release", "net10.0", "policykit", "cluster", "audit-policy.yaml")));
            // PolicyKit came from the clone's packages/ folder, into the empty cache.
            var metadata = File.ReadAllText(Path.Combine(cache, "policykit", packed.Version, ".nupkg.metadata"));
            Assert.Contains(Path.Combine(clone, "packages"), metadata);

            // The tool, as the repo's README says.
            PackedPolicyKit.Succeed(DotnetCli.Run(clone, environment, "tool", "install", "--tool-path", ".tools", "PolicyKit.Cli"));
            var version = PackedPolicyKit.Succeed(DotnetCli.RunProgram(Path.Combine(clone, ".tools", "policykit"), clone, environment, "--version"));
            Assert.StartsWith(packed.Version, version.Output.Trim());
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    private static void Git(string workingDirectory, params string[] args)
        => PackedPolicyKit.Succeed(DotnetCli.RunProgram("git", workingDirectory, new Dictionary<string, string>(), args));
}
