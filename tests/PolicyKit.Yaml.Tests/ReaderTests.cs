using PolicyKit.Diagnostics;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Tests;

/// <summary>What the reader reports, and where, for malformed and hostile input.</summary>
public class ReaderTests
{
    private const string Head = "apiVersion: audit.k8s.io/v1\nkind: Policy\n";

    private static PolicyDocument Read(string yaml) => PolicyYamlReader.Read(yaml);

    private static SourceFinding Error(string yaml) => Assert.Single(Read(yaml).Findings, f => f.Severity == Severity.Error);

    [Fact]
    public void Unknown_rule_field_says_what_the_apiserver_does_instead()
    {
        var f = Error(Head + "rules:\n  - level: Metadata\n    verb: [get]\n");
        Assert.Equal(DiagnosticIds.DroppedField, f.Id);
        Assert.Equal(new SourceLocation(5, 5), f.Location);
        Assert.Equal("rules[0].verb", f.Path);
        Assert.Equal("unknown field \"verb\" in a rule (did you mean \"verbs\"?): the apiserver drops it; this rule then matches every verb", f.Message);
    }

    [Fact]
    public void Unknown_field_without_a_near_miss()
        => Assert.Equal("unknown field \"comment\" in a rule: the apiserver drops it",
            Error(Head + "rules:\n  - level: Metadata\n    comment: hi\n").Message);

    [Fact]
    public void Near_miss_when_the_real_field_is_also_present_does_not_claim_widening()
        => Assert.EndsWith("the apiserver drops it",
            Error(Head + "rules:\n  - level: Metadata\n    verbs: [get]\n    Verbs: [list]\n").Message);

    [Fact]
    public void Duplicate_key_keeps_the_last_like_the_apiserver()
    {
        var document = Read(Head + "rules:\n  - level: Metadata\n    verbs: [get]\n    verbs: [list]\n");
        var f = Assert.Single(document.Findings);
        Assert.Equal(new SourceLocation(6, 5), f.Location);
        Assert.Contains("duplicate field \"verbs\" (first at line 5)", f.Message);
        Assert.Equal(new[] { "list" }, document.Policy!.Rules[0].Verbs);
    }

    [Fact]
    public void Unknown_top_level_field()
        => Assert.Contains("unknown field \"rule\" in the Policy (did you mean \"rules\"?)", Error(Head + "rules:\n  - level: None\nrule: []\n").Message);

    [Fact]
    public void Zero_rules_is_the_apiservers_load_error()
    {
        var f = Error(Head + "rules: []\n");
        Assert.Equal("loaded illegal policy with 0 rules", f.Message);
        Assert.Equal(3, f.Location.Line);
    }

    [Fact]
    public void Missing_rules_is_zero_rules()
        => Assert.Equal("loaded illegal policy with 0 rules", Error(Head).Message);

    [Fact]
    public void Unknown_level_uses_upstreams_message_at_the_value()
    {
        var f = Error(Head + "rules:\n  - level: Everything\n");
        Assert.Equal("rules[0].level: Unsupported value: \"Everything\": supported values: \"None\", \"Metadata\", \"Request\", \"RequestResponse\"", $"{f.Path}: {f.Message}");
        Assert.Equal(new SourceLocation(4, 12), f.Location);
    }

    [Fact]
    public void Missing_level_is_required()
    {
        var f = Error(Head + "rules:\n  - verbs: [get]\n");
        Assert.Equal("rules[0].level: Required value", $"{f.Path}: {f.Message}");
    }

    [Fact]
    public void Bad_stage_uses_upstreams_message()
    {
        var f = Error(Head + "omitStages: [RequestReceived, Started]\nrules:\n  - level: None\n");
        Assert.Equal("omitStages[1]: Invalid value: \"Started\": allowed stages are RequestReceived,ResponseStarted,ResponseComplete,Panic", $"{f.Path}: {f.Message}");
        Assert.Equal(new SourceLocation(3, 31), f.Location);
    }

    [Fact]
    public void All_errors_are_reported_together_in_file_order()
    {
        var document = Read(Head + "rules:\n  - level: Loud\n  - level: None\n    nonResourceURLs: [healthz]\n  - level: None\n    resources:\n      - group: Apps\n");
        Assert.Equal(new[] { 4, 6, 9 }, document.Findings.Select(f => f.Location.Line));
        Assert.False(document.IsValid);
    }

    [Theory]
    [InlineData("yes", "a boolean")]
    [InlineData("on", "a boolean")]
    [InlineData("1.10", "a number")]
    [InlineData("42", "a number")]
    public void Scalars_yaml_1_1_reads_as_non_strings_are_refused(string value, string what)
    {
        var f = Error(Head + $"rules:\n  - level: None\n    users: [{value}]\n");
        Assert.Contains($"{value} is read as {what}", f.Message);
        Assert.Contains($"quote it: \"{value}\"", f.Message);
        Assert.Equal("rules[0].users[0]", f.Path);
    }

    [Fact]
    public void Quoted_scalars_are_strings()
        => Assert.True(Read(Head + "rules:\n  - level: None\n    users: [\"yes\", '1.10']\n").IsValid);

    [Fact]
    public void A_scalar_where_a_list_belongs()
        => Assert.Contains("verbs must be a list of strings, found the string \"get\"", Error(Head + "rules:\n  - level: None\n    verbs: get\n").Message);

    [Fact]
    public void Json_input_reads_like_yaml()
    {
        var document = Read("{\"apiVersion\":\"audit.k8s.io/v1\",\"kind\":\"Policy\",\"rules\":[{\"level\":\"Metadata\",\"omitManagedFields\":true,\"resources\":[{\"group\":\"\",\"resources\":[\"secrets\"]}]}]}");
        Assert.True(document.IsValid);
        Assert.Equal(true, document.Policy!.Rules[0].OmitManagedFields);
        Assert.Equal("secrets", document.Policy.Rules[0].Resources[0].Resources[0]);
    }

    [Fact]
    public void Multi_document_files_are_refused()
    {
        var f = Error(Head + "rules:\n  - level: None\n---\n" + Head + "rules:\n  - level: None\n");
        Assert.Contains("more than one YAML document", f.Message);
        Assert.Equal(5, f.Location.Line);
    }

    [Fact]
    public void Other_kinds_are_refused()
    {
        var f = Error("apiVersion: v1\nkind: ConfigMap\ndata: {}\n");
        Assert.Contains("this is a ConfigMap, not an audit Policy", f.Message);
        Assert.Null(Read("apiVersion: v1\nkind: ConfigMap\n").Policy);
    }

    [Fact]
    public void A_list_document_is_refused()
        => Assert.Contains("the document is a list, not an audit Policy", Error("- level: None\n").Message);

    [Fact]
    public void Empty_input_is_refused()
        => Assert.Contains("the file is empty", Error("").Message);

    [Fact]
    public void Syntax_errors_carry_their_position()
    {
        var f = Error(Head + "rules:\n  - level: None\n   users: [a\n");
        Assert.Equal("yaml", f.Id);
        Assert.True(f.Location.Line >= 4);
    }

    [Fact]
    public void Alias_bombs_fail_fast()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (var i = 1; i < 10; i++)
        {
            var prev = (char)('a' + i - 1);
            var name = (char)('a' + i);
            bomb += $"{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n";
        }
        var f = Error(bomb);
        Assert.Contains("expands to more than", f.Message);
    }

    [Fact]
    public void Aliases_within_bounds_are_read()
    {
        var document = Read(Head + "rules:\n  - level: None\n    users: &u [alice]\n  - level: Metadata\n    users: *u\n");
        Assert.True(document.IsValid);
        Assert.Equal(new[] { "alice" }, document.Policy!.Rules[1].Users);
    }

    [Fact]
    public void Merge_keys_are_applied_like_the_apiserver_and_own_fields_win()
    {
        var document = Read(Head + "rules:\n  - &d\n    level: Metadata\n    verbs: [get]\n    omitStages: [RequestReceived]\n    users: [a]\n  - <<: *d\n    verbs: [list]\n");
        Assert.True(document.IsValid, string.Join("\n", document.Findings.Select(f => f.Format("p"))));
        var merged = document.Policy!.Rules[1];
        Assert.Equal(Level.Metadata, merged.Level);
        Assert.Equal(new[] { "list" }, merged.Verbs);
        Assert.Equal(new[] { "a" }, merged.Users);
        Assert.Equal(Stages.RequestReceived, merged.OmitStages);
    }

    [Fact]
    public void Deep_nesting_fails_fast()
        => Assert.Contains("nesting deeper than", Error(new string('[', 10_000) + new string(']', 10_000)).Message);

    [Fact]
    public void Huge_inputs_are_refused_without_reading_them_whole()
    {
        using var stream = new EndlessStream();
        var document = PolicyYamlReader.Read(stream);
        Assert.Contains("larger than 16 MiB", Assert.Single(document.Findings).Message);
        Assert.True(stream.BytesRead < 20L << 20, "read " + stream.BytesRead);
    }

    [Fact]
    public void Removed_api_versions_still_yield_rules()
    {
        var document = Read("apiVersion: audit.k8s.io/v1alpha1\nkind: Policy\nrules:\n  - level: None\n");
        Assert.Equal(DiagnosticIds.RemovedApiVersion, Assert.Single(document.Findings).Id);
        Assert.Single(document.Policy!.Rules);
    }

    [Fact]
    public void Unknown_api_version()
        => Assert.Contains("unknown apiVersion \"audit.k8s.io/v2\"", Error("apiVersion: audit.k8s.io/v2\nkind: Policy\nrules:\n  - level: None\n").Message);

    [Fact]
    public void Stricter_checks_are_warnings_at_their_node()
    {
        var document = Read(Head + "rules:\n  - level: None\n    resources:\n      - group: \"\"\n        resources: [pods, \"**\"]\n");
        var f = Assert.Single(document.Findings);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(DiagnosticIds.MalformedResource, f.Id);
        Assert.Equal(new SourceLocation(7, 27), f.Location);
        Assert.True(document.IsValid);
    }

    [Fact]
    public void Null_values_are_absent_fields()
    {
        var document = Read(Head + "omitStages:\nrules:\n  - level: None\n    users: ~\n    omitManagedFields:\n");
        Assert.True(document.IsValid);
        Assert.True(document.Policy!.Rules[0].Users.IsEmpty);
        Assert.Null(document.Policy.Rules[0].OmitManagedFields);
    }

    /// <summary>An infinite stream of YAML comment bytes, counting what the reader takes.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'#');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
