using System.Text;
using PolicyKit.Cli.Events;

namespace PolicyKit.Tests;

/// <summary>Issue 16's defects 4, 6 and 9, each as it was reported.</summary>
public class RegressionTests
{
    /// <summary>Defect 4: <c>import -o /missing/dir/x.cs</c> was an unhandled DirectoryNotFoundException (exit 134).</summary>
    [Fact]
    public void Import_into_a_missing_directory_is_a_usage_error_that_writes_nothing()
    {
        var missing = Path.Combine(Path.GetTempPath(), "pk-missing-" + Guid.NewGuid().ToString("N"), "dir");
        var target = Path.Combine(missing, "Talos.cs");
        var r = CliRunner.Run("import", Fixtures.Policy("talos-default.yaml"), "--class", "Talos", "-o", target);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Equal($"error: {target}: cannot write: the directory {missing} does not exist", r.ErrorLines.Last());
        Assert.DoesNotContain(".tmp", r.Error);
        Assert.False(Directory.Exists(missing));
    }

    /// <summary>Defect 6: progress was compared against a replaced Console.Error, so it never showed; it shows on a terminal only.</summary>
    [Fact]
    public void Progress_is_written_on_a_terminal_only()
    {
        var now = TimeSpan.Zero;
        var terminal = new StringWriter();
        var pipe = new StringWriter();
        var shown = new Progress(terminal, enabled: true, () => now);
        var hidden = new Progress(pipe, enabled: false, () => now);
        shown.Update(5_000_000, 1, ", 0 alerts");
        Assert.Equal("", terminal.ToString());
        now = TimeSpan.FromSeconds(2);
        shown.Update(5_000_000, 1, ", 0 alerts");
        hidden.Update(5_000_000, 1, ", 0 alerts");
        Assert.StartsWith("\r5 MB, 1 event, 0 alerts, 2 MB/s", terminal.ToString());
        shown.Clear();
        Assert.EndsWith("\r", terminal.ToString());
        Assert.Equal("", pipe.ToString());
    }

    /// <summary>Defect 9: <c>evaluate -p x.yaml -e policy.yaml</c> printed 161 errors; now a capped list and what it looks like.</summary>
    [Fact]
    public void A_policy_given_as_the_log_gets_capped_errors_and_says_it_looks_like_a_policy()
    {
        var policy = Fixtures.Policy("gke-gce-default.yaml");
        var r = CliRunner.Run("evaluate", "-p", Fixtures.Policy("kubernetes-docs-example.yaml"), "-e", policy);
        Assert.Equal(1, r.ExitCode);
        Assert.True(r.ErrorLines.Length <= ProblemPrinter.PerInput + 3, r.Error);
        Assert.Contains(r.ErrorLines, l => l.StartsWith(policy + ": ", StringComparison.Ordinal) && l.Contains("more value(s) skipped", StringComparison.Ordinal));
        Assert.Contains($"{policy}: this looks like a policy, not a log (", r.Error);
    }

    [Fact]
    public void A_log_given_as_the_policy_says_it_looks_like_a_log()
    {
        var log = Fixtures.Path("events", "audit2rbac", "demo-v1.jsonl");
        foreach (var args in new[] { new[] { "evaluate", "-p", log, "-e", Fixtures.Policy("gke-gce-default.yaml") }, ["lint", log], ["witnesses", log] })
        {
            var r = CliRunner.Run(args);
            Assert.Equal(2, r.ExitCode);
            Assert.Equal($"error: {log}: this looks like an audit log (JSON lines of events), not a policy; were the policy and the logs swapped?", Assert.Single(r.ErrorLines));
        }
    }

    [Fact]
    public void A_log_with_one_stray_yaml_line_is_not_called_a_policy()
    {
        var line = File.ReadAllLines(Fixtures.Path("events", "audit2rbac", "demo-v1.jsonl"))[0];
        var r = CliRunner.RunWithStdin(Encoding.UTF8.GetBytes(line + "\nkind: Policy\n" + line + "\n"), "evaluate", "-p", Fixtures.Policy("gke-gce-default.yaml"), "-e", "-");
        Assert.Equal(1, r.ExitCode);
        Assert.DoesNotContain("looks like a policy", r.Error);
    }
}
