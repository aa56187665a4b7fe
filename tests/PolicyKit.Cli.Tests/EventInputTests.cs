using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace PolicyKit.Tests;

/// <summary>How detect and evaluate treat hostile input and broken output: located messages, never a crash.</summary>
public class EventInputTests
{
    private static readonly string Gke = Fixtures.Policy("gke-gce-default.yaml");

    private static string Exec(string user, string name)
        => File.ReadAllText(Fixtures.Path("events", "falco-traces", "exec_pod.json")).Trim()
            .Replace("\"username\":\"minikube-user\"", $"\"username\":{JsonSerializer.Serialize(user)}")
            .Replace("\"name\":\"nginx-deployment-7998647bdf-phvq7\"", $"\"name\":{JsonSerializer.Serialize(name)}");

    [Fact]
    public void Text_alerts_escape_control_characters_so_no_line_can_be_forged()
    {
        var forged = "mallory\n2026-01-01T00:00:00Z high pod-exec: fake alert\u001b[2J\0\u202e";
        var r = CliRunner.RunWithStdin(Encoding.UTF8.GetBytes(Exec(forged, "web\r\n0") + "\n"), "detect", "--format", "text", "-");
        Assert.Equal(1, r.ExitCode);
        Assert.NotEmpty(r.OutLines);
        Assert.All(r.OutLines, line => Assert.DoesNotContain(line, c => char.IsControl(c) || c == '\u202e'));
        Assert.Contains("mallory\\n2026-01-01T00:00:00Z high pod-exec: fake alert\\u001b[2J\\u0000\\u202e", r.Out);
    }

    [Fact]
    public void Long_values_are_cut_in_alerts()
    {
        var r = CliRunner.RunWithStdin(Encoding.UTF8.GetBytes(Exec("u", new string('x', 200_000)) + "\n"), "detect", "-");
        var alert = JsonDocument.Parse(r.OutLines[0]).RootElement;
        var name = alert.GetProperty("objectRef").GetProperty("name").GetString()!;
        Assert.Equal(new string('x', 1024) + "…[198,976 more characters]", name);
        Assert.True(r.Out.Length < 10_000);
    }

    [Fact]
    public void An_event_over_the_size_limit_is_skipped_and_the_next_ones_are_read()
    {
        var log = Exec("u", new string('x', 2 << 20)) + "\n" + Exec("u", "small") + "\n";
        var r = CliRunner.RunWithStdin(Encoding.UTF8.GetBytes(log), "detect", "--max-event-size", "1", "-");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("<stdin>:1: line longer than 1 MiB (the limit, --max-event-size); skipped", r.Error);
        Assert.All(r.OutLines, l => Assert.Contains("\"name\":\"small\"", l));
    }

    [Fact]
    public void Two_standard_inputs_are_refused()
    {
        var r = CliRunner.RunWithStdin(Encoding.UTF8.GetBytes("{}"), "evaluate", "--policy", "-", "--events", "-");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("standard input ('-') can be read once only, and --policy - reads it already", r.Error);
        Assert.Equal(2, CliRunner.Run("detect", "-", "-").ExitCode);
    }

    [Fact]
    public void An_unknown_allow_list_is_an_error_that_names_the_lists()
    {
        var r = CliRunner.Run("detect", "--allow", "secret-reader=velero", Fixtures.Path("events", "falco-traces", "exec_pod.json"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--allow secret-reader=velero: no allow-list \"secret-reader\"; did you mean \"secret-readers\"?", r.Error);
    }

    [Fact]
    public void Detect_lists_the_tuned_rules_and_rejects_a_misspelt_tuning_file()
    {
        var r = CliRunner.Run("detect", "--list", "--format", "text", "--disable", "tag:network", "--threshold", "forbidden-burst=50");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("privileged-container [high] T1611 Privileged container tags: workload, node-escape", r.Out);
        Assert.Contains("  window: 50 events per user within 60 s", r.Out);
        Assert.Contains("  exception node-agents: namespace in [kube-system, calico-system, ", r.Out);
        Assert.Contains(" && image in [docker.io/calico/*, ", r.Out);
        Assert.DoesNotContain("service-exposed", r.Out);
        var file = Path.Combine(Path.GetTempPath(), $"policykit-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "exceptions:\n  - rule: pod-exec\n    name: x\n    usr: [alice]\n");
        try
        {
            var bad = CliRunner.Run("detect", "--exceptions", file, Fixtures.Path("events", "falco-traces", "exec_pod.json"));
            Assert.Equal(2, bad.ExitCode);
            Assert.Contains($"{file}:4:5: unknown key \"usr\"; did you mean \"user\"?", bad.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_corrupt_gzip_log_is_a_failure_with_what_was_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policykit-{Guid.NewGuid():N}.jsonl.gz");
        var text = string.Join("\n", File.ReadLines(Fixtures.Path("events", "immudb", "k8s-metadata.jsonl")));
        using (var gz = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes(text));
        }
        try
        {
            var whole = File.ReadAllBytes(path);
            File.WriteAllBytes(path, whole[..(whole.Length / 2)]);
            var r = CliRunner.Run("evaluate", "--policy", Gke, "--events", path);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("corrupt gzip data: it ends early (a truncated file?)", r.Error);
            Assert.InRange(r.OutLines.Length, 100, 2970);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(">&-", "2")]
    [InlineData("2>&-", "1")]
    public void A_closed_standard_stream_is_no_crash(string redirect, string expectedCode)
    {
        var cli = typeof(PolicyKit.Cli.CliApp).Assembly.Location;
        var log = Fixtures.Path("events", "falco-traces", "exec_pod.json");
        var start = new ProcessStartInfo("bash", ["-c", $"dotnet \"{cli}\" detect \"{log}\" {redirect}; echo \"exit=$?\" >&3", ])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        // fd 3 carries the exit code out, whichever of stdout and stderr is closed.
        start.ArgumentList[1] = $"exec 3>&1; dotnet \"{cli}\" detect \"{log}\" {redirect}; echo \"exit=$?\" >&3";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.DoesNotContain("Unhandled exception", error + output);
        Assert.Contains("exit=" + expectedCode, output);
        if (redirect == ">&-")
        {
            Assert.Contains("error: cannot write", error);
        }
        else
        {
            Assert.Contains("\"rule\":\"pod-exec\"", output);
        }
    }
}

/// <summary>detect on standard input alerts on each event as it arrives, not at the end of the input.</summary>
public class LiveInputTests
{
    [Theory]
    [InlineData("audit")]
    [InlineData("eks")]
    [InlineData("aks")]
    [InlineData("gke")]
    public void Alerts_come_out_before_the_input_ends(string format)
    {
        var alerted = new ManualResetEventSlim();
        var output = new SignalingWriter(alerted);
        var raw = File.ReadAllText(Fixtures.Path("events", "falco-traces", "exec_pod.json")).Trim();
        var line = format switch
        {
            "eks" => CloudEnvelopes.Line(CloudEnvelopes.EksRecord(raw, 0)),
            "aks" => CloudEnvelopes.Line(CloudEnvelopes.AksRecord(raw)),
            "gke" => CloudEnvelopes.Line(CloudEnvelopes.GkeEntry(RawFixtureEvents.Parse(raw))!),
            _ => raw,
        };
        var stdin = new TwoPartStream(Encoding.UTF8.GetBytes(line + "\n"), alerted);
        var code = PolicyKit.Cli.CliApp.Run(["detect", "-"], new PolicyKit.Cli.IO.CliContext(output, TextWriter.Null, () => stdin));
        Assert.True(stdin.SawOutputBeforeEnd, "no alert was written while the input was still open");
        Assert.Equal(1, code);
    }

    /// <summary>Returns one event, then waits (up to 10 s) for an alert before it ends, like a pipe from tail -F.</summary>
    private sealed class TwoPartStream(byte[] first, ManualResetEventSlim alerted) : Stream
    {
        private readonly MemoryStream _first = new(first);
        private bool _waited;

        /// <summary>Whether, the first time the input had nothing more, an alert was out (or came within 10 s).</summary>
        public bool SawOutputBeforeEnd { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = _first.Read(buffer, offset, count);
            if (n == 0 && !_waited)
            {
                _waited = true;
                SawOutputBeforeEnd = alerted.Wait(TimeSpan.FromSeconds(10));
            }
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class SignalingWriter(ManualResetEventSlim alerted) : StringWriter
    {
        public override void Write(string? value)
        {
            base.Write(value);
            if (!string.IsNullOrEmpty(value))
            {
                alerted.Set();
            }
        }
    }
}
