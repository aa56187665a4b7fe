using System.IO.Compression;
using System.Text;

namespace PolicyKit.Tests;

/// <summary>
/// Every policy command on malformed policy files: a located error (file:line:col: message or file: message),
/// exit code 2, never an unhandled exception.
/// </summary>
public class MalformedPolicyTests
{
    private const string Policy = "apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n";

    private static string Temp(string suffix, byte[] content)
    {
        var path = Path.Combine(Path.GetTempPath(), "pk-malformed-" + Guid.NewGuid().ToString("N") + suffix);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }
        return buffer.ToArray();
    }

    /// <summary>Each command that reads a policy, given <paramref name="policy"/>.</summary>
    private static IEnumerable<(string Command, CliRunner.Result Result)> EveryPolicyCommand(string policy)
    {
        var events = Fixtures.Path("events", "audit2rbac", "demo-v1.jsonl");
        yield return ("validate", CliRunner.Run("validate", policy));
        yield return ("lint", CliRunner.Run("lint", policy));
        yield return ("lint sarif", CliRunner.Run("lint", policy, "--format", "sarif"));
        yield return ("witnesses", CliRunner.Run("witnesses", policy));
        yield return ("evaluate", CliRunner.Run("evaluate", "--policy", policy, "--events", events));
        yield return ("import", CliRunner.Run("import", policy, "--class", "Imported"));
    }

    [Fact]
    public void An_unclosed_flow_mapping_is_a_located_error_in_every_policy_command()
    {
        var policy = Temp(".yaml", Encoding.UTF8.GetBytes("a: {\nb\n"));
        foreach (var (command, r) in EveryPolicyCommand(policy))
        {
            Assert.True(r.ExitCode == 2, command + ": exit " + r.ExitCode + "\n" + r.Out + r.Error);
            Assert.Matches(command == "lint sarif" ? "\"startLine\": 2" : @"pk-malformed-\w+\.yaml:2:\d+: error: malformed YAML", r.Out + r.Error);
            Assert.Contains("malformed YAML", r.Out + r.Error);
            Assert.DoesNotContain("Exception", r.Out + r.Error);
        }
    }

    [Fact]
    public void A_tab_as_indentation_is_reported_at_its_line_and_column()
    {
        var policy = Temp(".yaml", Encoding.UTF8.GetBytes("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n\t- level: None\n"));
        var r = CliRunner.Run("validate", policy);
        Assert.Equal(2, r.ExitCode);
        Assert.Matches(@"\.yaml:4:\d+: error: .*tab", r.OutLines[0]);
    }

    [Fact]
    public void A_gzip_policy_with_a_bad_checksum_is_corrupt_gzip_data_in_every_policy_command()
    {
        var bytes = Gzip(Policy);
        bytes[^6] ^= 0xff; // a byte of the CRC-32 in the trailer
        var policy = Temp(".yaml.gz", bytes);
        foreach (var (command, r) in EveryPolicyCommand(policy))
        {
            Assert.True(r.ExitCode == 2, command + ": exit " + r.ExitCode + "\n" + r.Out + r.Error);
            Assert.Contains(Path.GetFileName(policy) + ": corrupt gzip data: ", r.Error);
            Assert.DoesNotContain("Exception", r.Out + r.Error);
            Assert.DoesNotContain("compression method", r.Error);
        }
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.1)]
    public void A_truncated_gzip_policy_is_corrupt_gzip_data(double kept)
    {
        var bytes = Gzip(Policy + string.Concat(Enumerable.Range(0, 50).Select(i => $"- level: None\n  users: [user-{i}]\n")));
        var policy = Temp(".yaml.gz", bytes[..(int)(bytes.Length * kept)]);
        var r = CliRunner.Run("validate", policy);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(Path.GetFileName(policy) + ": corrupt gzip data: ", r.Error);
    }

    [Fact]
    public void A_gzip_bomb_is_refused_as_too_large_after_reading_no_more_than_the_bound()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 64; i++)
            {
                gzip.Write(zeros);
            }
        }
        var r = CliRunner.Run("validate", Temp(".yaml.gz", buffer.ToArray()));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(":1:1: error: the input is larger than 16 MiB", r.OutLines[0]);
    }

    [Fact]
    public void A_whole_gzip_policy_of_two_members_is_read()
    {
        var policy = Temp(".yaml.gz", Gzip(Policy).Concat(Gzip("- level: None\n")).ToArray());
        var r = CliRunner.Run("validate", policy);
        Assert.True(r.ExitCode == 0, r.Out + r.Error);
        Assert.Contains("(2 rules)", r.Out);
    }

    [Fact]
    public void Binary_garbage_NUL_bytes_deep_nesting_and_alias_bombs_are_located_errors_with_exit_code_2()
    {
        var bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            bomb.Append($"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i - 1), 10))}]\n");
        }
        var inputs = new (byte[] Content, string Expected)[]
        {
            (new byte[] { 0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0xc0, 0xff, 0x00 }, ":1:8: error: the file is not UTF-8 text"),
            (Encoding.UTF8.GetBytes("apiVersion: audit.k8s.io/v1\n\0"), ":2:1: error: the file holds a NUL character"),
            (Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000)), ":1:65: error: nesting deeper than"),
            (Encoding.UTF8.GetBytes(bomb.ToString()), ": error: the document expands to more than"),
        };
        foreach (var (content, expected) in inputs)
        {
            var r = CliRunner.Run("lint", Temp(".yaml", content));
            Assert.Equal(2, r.ExitCode);
            Assert.Contains(expected, r.OutLines[0]);
        }
    }
}
