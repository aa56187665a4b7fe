using System.Reflection;
using PolicyKit.Diagnostics;

namespace PolicyKit.EndToEnd.Tests;

/// <summary>Policies that must not ship: the build fails, or warns, at the line of the C# that is wrong.</summary>
[Collection(PackedCollection.Name)]
public class BrokenPolicyTests(PackedPolicyKit packed)
{
    [Fact]
    public void A_value_that_is_not_constant_fails_the_build_with_pk0001_and_leaves_no_artifact()
    {
        var folder = packed.CopyClusterPolicy("not-constant", text => text.Replace(
            "            .Resources(Core.Events);", "            .Resources(Core.Events).Users(System.Environment.UserName);"));
        var build = packed.Dotnet(folder, "build");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"ClusterAuditPolicy\.cs\(\d+,\d+\): error PK0001: ", build.Output);
        Assert.False(Directory.Exists(Path.Combine(folder, "bin", "Debug", "net10.0", "policykit")), build.Output);
    }

    [ReportsDiagnosticFact("PK1001")]
    public void A_shadowed_rule_is_a_warning_at_its_line()
    {
        // "events" (Level.None on core events) comes first, so this rule can never decide anything.
        var folder = packed.CopyClusterPolicy("shadowed", text => text.Replace(
            "        // Interactive sessions into pods", "        policy.Rule(Level.Metadata, \"shadowed\").Resources(Core.Events);\n\n        // Interactive sessions into pods"));
        var build = PackedPolicyKit.Succeed(packed.Dotnet(folder, "build"));
        Assert.Matches(@"ClusterAuditPolicy\.cs\(\d+,\d+\): warning PK1001: ", build.Output);
    }
}

/// <summary>A test of a diagnostic that not every PolicyKit build has yet: skipped until Core declares its id.</summary>
public sealed class ReportsDiagnosticFactAttribute : FactAttribute
{
    public ReportsDiagnosticFactAttribute(string id)
    {
        var declared = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Any(f => f.IsLiteral && Equals(f.GetRawConstantValue(), id));
        if (!declared)
        {
            Skip = $"{id} is not declared in PolicyKit.Diagnostics.DiagnosticIds of this build, so its analyzer is not packed yet";
        }
    }
}
