using System.Text.RegularExpressions;

namespace PolicyKit.EndToEnd.Tests;

/// <summary>
/// The code fixes as `dotnet format analyzers --diagnostics ...` applies them (fix all, in a project built against
/// the packed package): the next build has none of the fixed findings that could be fixed, and no new one.
/// </summary>
[Collection(PackedCollection.Name)]
public partial class FormatAnalyzersTests(PackedPolicyKit packed)
{
    private const string Policy = """
        using PolicyKit;
        using static PolicyKit.Api;

        namespace Contoso.Audit;

        /// <summary>The cluster's audit policy, with a finding for each fix.</summary>
        [AuditPolicy("cluster")]
        public static partial class ClusterAuditPolicy
        {
            static void Define(PolicyBuilder policy)
            {
                // PK1045, fixable: nothing but sessions.
                policy.Rule(Level.Metadata, "sessions").Verbs(Verb.Create).Resources(Core.Pods.Exec, Core.Pods.Attach);
                // PK1045 too, not fixable by adding get (every get would be logged at Request); PK1010 on credentials.
                policy.Rule(Level.Request, "writes").Verbs(Verb.Create, Verb.Update);
                policy.Rule(Level.Metadata, "catch-all");
                // PK1001: the catch-all takes everything.
                policy.Rule(Level.None, "never");
            }
        }
        """;

    [Fact]
    public void Fixes_leave_no_new_finding_and_remove_the_fixed_ones()
    {
        var folder = Directory.CreateDirectory(Path.Combine(packed.Root, "format-fixes")).FullName;
        File.WriteAllText(Path.Combine(folder, "Policies.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PolicyKit" Version="{packed.Version}" />
              </ItemGroup>
            </Project>
            """);
        var source = Path.Combine(folder, "ClusterAuditPolicy.cs");
        File.WriteAllText(source, Policy);
        var before = Findings(packed.Dotnet(folder, "build"));
        Assert.Equal(2, before.GetValueOrDefault("PK1045"));
        Assert.Equal(1, before.GetValueOrDefault("PK1001"));
        Assert.Equal(1, before.GetValueOrDefault("PK1030"));
        Assert.True(before.GetValueOrDefault("PK1010") > 0);

        PackedPolicyKit.Succeed(packed.Dotnet(folder, "format", "analyzers", "--diagnostics", "PK1001", "PK1010", "PK1030", "PK1045", "--severity", "info"));
        var build = PackedPolicyKit.Succeed(packed.Dotnet(folder, "build"));
        var after = Findings(build);
        var text = File.ReadAllText(source);
        foreach (var (id, count) in after)
        {
            Assert.True(count <= before.GetValueOrDefault(id), $"{count - before.GetValueOrDefault(id)} new {id} after dotnet format:\n{text}\n{build.Output}");
        }
        Assert.Equal(1, after.GetValueOrDefault("PK1045"));
        Assert.Equal(0, after.GetValueOrDefault("PK1001"));
        Assert.Equal(0, after.GetValueOrDefault("PK1030"));
        Assert.Equal(0, after.GetValueOrDefault("PK1010"));
        Assert.Contains(".Verbs(Verb.Create, Verb.Get).Resources(Core.Pods.Exec, Core.Pods.Attach)", text);
        Assert.Contains(".Verbs(Verb.Create, Verb.Update);", text);
        Assert.Contains("policy.Rule(Level.Metadata, \"credentials\")", text);
    }

    /// <summary>Per id, the distinct PK warnings and errors a build printed (each is printed again in the summary).</summary>
    private static Dictionary<string, int> Findings(CommandResult build)
        => Finding().Matches(build.Output).Select(m => m.Value).Distinct()
            .GroupBy(m => Finding().Match(m).Groups["id"].Value).ToDictionary(g => g.Key, g => g.Count());

    [GeneratedRegex(@"\S+\.cs\(\d+,\d+\): (warning|error) (?<id>PK\d{4})")]
    private static partial Regex Finding();
}
