using System.Text.RegularExpressions;
using PolicyKit.Tests;

namespace PolicyKit.EndToEnd.Tests;

/// <summary>
/// The policykit tool as README's "Your own policy repo" installs it: packed into the feed, installed from it by
/// its package id PolicyKit.Cli (not "policykit": NuGet ids ignore case, and PolicyKit is the library's id).
/// </summary>
[Collection(PackedCollection.Name)]
public partial class ToolPackageTests(PackedPolicyKit packed)
{
    [Fact]
    public void The_tool_installs_from_the_feed_by_its_package_id_and_runs()
    {
        var tools = Path.Combine(packed.Root, "tools");
        PackedPolicyKit.Succeed(packed.Dotnet(packed.Root, "tool", "install", "--tool-path", tools, "--add-source", packed.Feed, "PolicyKit.Cli"));
        var version = PackedPolicyKit.Succeed(DotnetCli.RunProgram(Path.Combine(tools, "policykit"), packed.Root, packed.Environment, "--version"));
        Assert.StartsWith(packed.Version, version.Output.Trim());
    }

    [Fact]
    public void Every_documented_tool_install_names_the_package_id()
    {
        var documents = new[] { "README.md", "docs/cli.md", "docs/msbuild.md", "templates/PolicyKit.Templates/content/policykit/README.md" };
        var installs = documents.SelectMany(d => ToolInstall().Matches(File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, d))).Select(m => (d, m.Value))).ToList();
        Assert.NotEmpty(installs);
        Assert.All(installs, i => Assert.Matches(@"\sPolicyKit\.Cli\b", i.Value));
    }

    // "dotnet tool install" up to the end of its command: a backtick, "&&", a "#" comment or a blank line
    // (a command quoted in prose may wrap onto the next line).
    [GeneratedRegex(@"dotnet\s+tool\s+install(?:(?!\n\s*\n)[^`&#])*")]
    private static partial Regex ToolInstall();
}
