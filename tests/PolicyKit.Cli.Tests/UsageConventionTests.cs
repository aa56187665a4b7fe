using System.CommandLine;
using PolicyKit.Cli;
using PolicyKit.Cli.IO;
using PolicyKit.Cli.Usage;
using PolicyKit.Detection;
using PolicyKit.Detections;

namespace PolicyKit.Tests;

/// <summary>One rule for every command (issue 16, defects 5 and 7): unknown options and stray arguments are usage errors with a "did you mean"; help names the tool and the exit codes.</summary>
public class UsageConventionTests
{
    private static readonly Command Root = CliApp.Create(new CliContext(TextWriter.Null, TextWriter.Null, () => Stream.Null));

    public static TheoryData<string> Commands() => [.. Root.Subcommands.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Unknown_option_is_a_usage_error_before_anything_runs(string command)
    {
        var r = CliRunner.Run(command, Fixtures.Policy("talos-default.yaml"), "--bogus");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Contains("error: unknown option '--bogus'", r.Error);
        Assert.Contains($"Run 'policykit {command} --help' for usage.", r.Error);
        Assert.DoesNotContain("cannot read", r.Error);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Misspelt_option_gets_a_did_you_mean(string command)
    {
        var option = Root.Subcommands.Single(c => c.Name == command).Options.First(o => o.Name.StartsWith("--", StringComparison.Ordinal) && o.Name.Length > 8);
        var typo = option.Name.Substring(0, option.Name.Length - 1);
        var r = CliRunner.Run(command, typo, "x");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"error: unknown option '{typo}'; did you mean '{option.Name}'?", r.Error);
    }

    [Theory]
    [InlineData("witnesses", "a.yaml", "b.yaml")]
    [InlineData("import", "a.yaml", "b.yaml", "--class", "P")]
    [InlineData("diff", "a.yaml", "b.yaml", "c.yaml")]
    public void Stray_argument_is_a_usage_error(string command, params string[] args)
    {
        var r = CliRunner.Run([command, .. args]);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Contains("error: unexpected argument ", r.Error);
    }

    [Fact]
    public void Option_value_that_looks_like_an_option_is_caught()
    {
        var r = CliRunner.Run("evaluate", "-p", Fixtures.Policy("talos-default.yaml"), "-e", "x.jsonl", "--thread", "2");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("error: unknown option '--thread'; did you mean '--threads'?", r.Error);
    }

    [Fact]
    public void A_file_named_like_an_option_is_read_after_double_dash()
    {
        var r = CliRunner.Run("validate", "--", "-missing.yaml");
        Assert.Equal(2, r.ExitCode);
        Assert.DoesNotContain("unknown option", r.Error);
        Assert.Contains("-missing.yaml", r.Error);
    }

    [Fact]
    public void No_command_prints_the_usage_once()
    {
        var r = CliRunner.Run();
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Single(r.ErrorLines, l => l.Trim() == "policykit [command] [options]");
        Assert.DoesNotContain("policykit  --help", r.Error);
        Assert.DoesNotContain("PolicyKit.Cli", r.Error);
    }

    [Fact]
    public void Misspelt_command_gets_a_did_you_mean()
    {
        var r = CliRunner.Run("valdate", "x.yaml");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("error: unknown command 'valdate'; did you mean 'validate'?", r.Error);
        Assert.Contains("Run 'policykit --help' for usage.", r.Error);
        Assert.DoesNotContain("Required command", r.Error);
        Assert.DoesNotContain("'x.yaml'", r.Error);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_help_names_policykit_and_lists_exit_codes(string command)
    {
        Assert.True(CommandHelp.HasExitCodes(Root.Subcommands.Single(c => c.Name == command)), command + " has no exit codes");
        var r = CliRunner.Run(command, "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains($"Usage:\n  policykit {command} ", r.Out);
        Assert.DoesNotContain("PolicyKit.Cli", r.Out);
        var codes = r.Out.Substring(r.Out.IndexOf("\nExit codes:\n", StringComparison.Ordinal) + 1).Split('\n').Skip(1).TakeWhile(l => l.Length > 0).ToList();
        Assert.Single(r.OutLines, l => l == "Exit codes:");
        Assert.Contains(codes, l => l.StartsWith("  2 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Root_help_lists_exit_codes()
    {
        var r = CliRunner.Run("--help");
        Assert.Contains("Usage:\n  policykit [command] [options]", r.Out);
        Assert.Contains("Exit codes:\n  0 success\n  1 findings or failures\n  2 bad usage or unreadable input\n", r.Out);
    }

    [Fact]
    public void Detect_help_lists_the_built_in_rules_and_allow_lists()
    {
        var r = CliRunner.Run("detect", "--help");
        foreach (var rule in BuiltInDetections.Detections)
        {
            Assert.Contains("\n  " + rule.Id + " ", r.Out);
        }
        foreach (var list in BuiltInDetections.Detections.SelectMany(d => AllowListUse.Names(d.Info.Condition)).Distinct())
        {
            Assert.Contains("\n  " + list + ": used by ", r.Out);
        }
    }
}
