using System.Text;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Tests;

/// <summary>
/// Regression tests for input that once crashed the reader or was reported at the wrong place: every malformed
/// input is one located "yaml" error on an unreadable document, never an exception.
/// </summary>
public class MalformedInputTests
{
    private const string Head = "apiVersion: audit.k8s.io/v1\nkind: Policy\n";

    private static SourceFinding Unreadable(PolicyDocument document)
    {
        Assert.True(document.IsUnreadable);
        Assert.Null(document.Policy);
        var f = Assert.Single(document.Findings);
        Assert.Equal("yaml", f.Id);
        Assert.Equal(Severity.Error, f.Severity);
        return f;
    }

    private static SourceFinding Unreadable(string text) => Unreadable(PolicyYamlReader.Read(text));

    private static SourceFinding Unreadable(byte[] bytes) => Unreadable(PolicyYamlReader.Read(new MemoryStream(bytes)));

    [Fact]
    public void An_unclosed_flow_mapping_is_an_error_where_the_scanner_stopped_not_an_InvalidOperationException()
    {
        var f = Unreadable("a: {\nb\n");
        Assert.Contains("malformed YAML", f.Message);
        Assert.True(f.Location.Line >= 2, f.Location.ToString());
    }

    [Theory]
    [InlineData("rules:\n\t- level: None\n", 4, 1)]
    [InlineData("rules:\n- level: None\n  verbs:\n  \t- get\n", 6, 3)]
    [InlineData("rules:\n- level: None\n\tverbs: [get]\n", 5, 1)]
    public void A_tab_as_indentation_is_reported_at_the_tab(string rules, int line, int column)
    {
        var f = Unreadable(Head + rules);
        Assert.Contains("tab", f.Message);
        Assert.Equal(new SourceLocation(line, column), f.Location);
    }

    [Fact]
    public void Binary_garbage_is_reported_at_its_first_byte_that_is_not_text()
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "rules:\n- level: Nöne\n").Concat(new byte[] { 0xC3, 0x28, 0xFF }).ToArray();
        var f = Unreadable(bytes);
        Assert.Equal("the file is not UTF-8 text", f.Message);
        Assert.Equal(new SourceLocation(5, 1), f.Location);
        Assert.Equal(new SourceLocation(1, 1), Unreadable(new byte[] { 0x81, 0x13, 0x00 }).Location);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void Unicode_with_a_byte_order_mark_is_read_like_the_apiserver_reads_it(string encoding)
    {
        var e = Encoding.GetEncoding(encoding);
        var bytes = e.GetPreamble().Concat(e.GetBytes(Head + "rules:\n- level: None\n")).ToArray();
        var document = PolicyYamlReader.Read(new MemoryStream(bytes));
        Assert.True(document.IsValid, string.Join("\n", document.Findings.Select(f => f.Format("p"))));
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_and_NUL_characters_are_refused_at_the_NUL()
    {
        var f = Unreadable(Encoding.Unicode.GetBytes(Head));
        Assert.Contains("NUL", f.Message);
        Assert.Equal(new SourceLocation(1, 2), f.Location);
        Assert.Equal(new SourceLocation(2, 10), Unreadable(Head.Replace("Policy", "Pol\0icy")).Location);
    }

    [Fact]
    public void Flow_nesting_100k_deep_fails_fast_without_overflowing_the_stack()
    {
        Assert.Contains("nesting deeper than", Unreadable(new string('[', 100_000) + new string(']', 100_000)).Message);
        Assert.Contains("nesting deeper than", Unreadable(string.Concat(Enumerable.Repeat("{a: ", 100_000)) + new string('}', 100_000)).Message);
        Assert.Contains("nesting deeper than", Unreadable(string.Concat(Enumerable.Repeat("- ", 100_000)) + "x").Message);
    }

    [Fact]
    public void A_billion_laughs_is_bounded_and_located_at_the_alias_that_crosses_the_bound()
    {
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 12; i++)
        {
            var prev = (char)('a' + i - 1);
            var name = (char)('a' + i);
            bomb.Append($"{name}: &{name} [{string.Join(",", Enumerable.Repeat("*" + prev, 9))}]\n");
        }
        var f = Unreadable(bomb.ToString());
        Assert.Contains("expands to more than", f.Message);
        Assert.True(f.Location.Line > 1);
    }

    [Fact]
    public void A_very_long_scalar_is_read()
    {
        var document = PolicyYamlReader.Read(Head + "rules:\n- level: None\n  users: [\"" + new string('x', 4_000_000) + "\"]\n");
        Assert.True(document.IsValid);
        Assert.Equal(4_000_000, document.Policy!.Rules[0].Users[0].Length);
    }

    [Fact]
    public void A_file_over_the_size_bound_is_unreadable()
        => Assert.Contains("larger than", Unreadable(new byte[(16 << 20) + 1]).Message);

    [Fact]
    public void Duplicate_keys_are_findings_on_a_readable_document()
    {
        var document = PolicyYamlReader.Read(Head + "rules:\n- level: None\n  level: Metadata\n");
        Assert.False(document.IsUnreadable);
        var f = Assert.Single(document.Findings);
        Assert.Equal("PK1050", f.Id);
        Assert.Equal(5, f.Location.Line);
        Assert.Equal(Level.Metadata, document.Policy!.Rules[0].Level);
    }
}
