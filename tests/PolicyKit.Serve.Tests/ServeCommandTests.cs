using System.Text;
using PolicyKit.Cli;
using PolicyKit.Cli.IO;
using PolicyKit.Serve.Config;
using PolicyKit.Serve.Tests.Support;

namespace PolicyKit.Serve.Tests;

public sealed class ServeCommandTests
{
    private static (int Code, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        var code = CliApp.Run(args, new CliContext(new StringWriter(), error, () => new MemoryStream()));
        return (code, error.ToString());
    }

    [Theory]
    [InlineData("loopback address only", "serve", "--insecure-listen", "0.0.0.0:8080", "--data-dir", "{dir}")]
    [InlineData("--data-dir DIR is required", "serve", "--insecure-listen", "127.0.0.1:0")]
    [InlineData("give --tls-cert and --tls-key", "serve", "--listen", "127.0.0.1:0", "--data-dir", "{dir}")]
    [InlineData("nothing to listen on", "serve", "--data-dir", "{dir}")]
    [InlineData("--journal-budget 2GB: a size is expected", "serve", "--insecure-listen", "127.0.0.1:0", "--data-dir", "{dir}", "--journal-budget", "2GB")]
    [InlineData("must hold at least two segments", "serve", "--insecure-listen", "127.0.0.1:0", "--data-dir", "{dir}", "--journal-budget", "1MiB", "--journal-segment", "1MiB")]
    [InlineData("--token-file", "serve", "--insecure-listen", "127.0.0.1:0", "--data-dir", "{dir}", "--token-file", "{dir}/missing")]
    [InlineData("missing.dll: cannot read", "serve", "--insecure-listen", "127.0.0.1:0", "--data-dir", "{dir}", "--rules", "{dir}/missing.dll")]
    [InlineData("'drop-newest' not recognized", "serve", "--insecure-listen", "127.0.0.1:0", "--data-dir", "{dir}", "--when-full", "drop-newest")]
    public void Settings_that_cannot_work_exit_2_with_the_reason(string reason, params string[] args)
    {
        var dir = RunningServer.TempDirectory();
        var (code, error) = Run(args.Select(a => a.Replace("{dir}", dir, StringComparison.Ordinal)).ToArray());
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void The_config_file_gives_flags_the_command_line_does_not()
    {
        var path = Path.Combine(RunningServer.TempDirectory(), "serve.yaml");
        File.WriteAllText(path, "insecure-listen: 127.0.0.1:8080\ndata-dir: /var/lib/policykit\nwrite-events: true\nalerts-stdout: false\nallow: [secret-readers=velero, secret-readers=argo]\n");
        var tokens = ServeConfigFile.Tokens(path, new HashSet<string> { "--data-dir" });
        Assert.Equal(["--insecure-listen", "127.0.0.1:8080", "--write-events", "--allow", "secret-readers=velero", "--allow", "secret-readers=argo"], tokens);
    }

    [Theory]
    [InlineData("- a\n- b\n", "a mapping of settings is expected")]
    [InlineData("--listen: x\n", "is not a setting")]
    [InlineData("listen: {a: 1}\n", "a value or a list of values is expected")]
    [InlineData("listen: [\n", "--config")]
    public void A_bad_config_file_is_a_located_error(string yaml, string reason)
    {
        var path = Path.Combine(RunningServer.TempDirectory(), "serve.yaml");
        File.WriteAllText(path, yaml);
        Assert.Contains(reason, Assert.Throws<ServeConfigurationException>(() => ServeConfigFile.Tokens(path, new HashSet<string>())).Message);
    }

    [Fact]
    public void An_unknown_setting_in_the_config_file_is_refused_as_an_unknown_flag_would_be()
    {
        var dir = RunningServer.TempDirectory();
        var path = Path.Combine(dir, "serve.yaml");
        File.WriteAllText(path, $"insecure-listen: 127.0.0.1:0\ndata-dir: {dir}\nfsync-every: 3\n");
        var (code, error) = Run("serve", "--config", path);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--fsync-every", error);
    }

    [Theory]
    [InlineData("1024", 1024L)]
    [InlineData("64KiB", 64L << 10)]
    [InlineData("32 MiB", 32L << 20)]
    [InlineData("2GiB", 2L << 30)]
    public void Sizes_read_with_binary_suffixes(string text, long bytes)
    {
        Assert.True(ByteSize.TryParse(text, out var parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("2GB")]
    [InlineData("99999999999TiB")]
    public void Other_sizes_do_not_read(string text) => Assert.False(ByteSize.TryParse(text, out _));
}
