using PolicyKit.Yaml;

namespace PolicyKit.Tests;

public class YamlWriterTests
{
    [Theory]
    [InlineData("*")]
    [InlineData("")]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("Off")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("true")]
    [InlineData("1.10")]
    [InlineData("1.29")]
    [InlineData("10")]
    [InlineData("0x1F")]
    [InlineData("1e3")]
    [InlineData(".inf")]
    [InlineData("*/scale")]
    [InlineData("&anchor")]
    [InlineData("!tag")]
    [InlineData("%directive")]
    [InlineData("@at")]
    [InlineData("`tick")]
    [InlineData("- item")]
    [InlineData("-")]
    [InlineData("key: value")]
    [InlineData("a #comment")]
    [InlineData("trailing:")]
    [InlineData(" leading")]
    [InlineData("trailing ")]
    [InlineData("line\nbreak")]
    [InlineData("{flow}")]
    [InlineData("[flow]")]
    [InlineData("'single'")]
    [InlineData("\"double\"")]
    [InlineData("2024-01-02")]
    [InlineData("12:30")]
    public void Quotes_where_yaml_needs_it(string value) => Assert.True(YamlScalar.NeedsQuotes(value), value);

    [Theory]
    [InlineData("system:kube-proxy")]
    [InlineData("system:serviceaccount:kube-system:endpoint-controller")]
    [InlineData("pods/*")]
    [InlineData("pods/log")]
    [InlineData("/healthz*")]
    [InlineData("metrics.k8s.io")]
    [InlineData("v1")]
    [InlineData("1password.com")]
    [InlineData("kube-system")]
    [InlineData("RequestReceived")]
    [InlineData("a-b_c.d")]
    [InlineData("x-1.2")]
    public void Leaves_ordinary_strings_plain(string value) => Assert.False(YamlScalar.NeedsQuotes(value), value);

    [Fact]
    public void Escapes_inside_double_quotes()
        => Assert.Equal("\"a\\\"b\\\\c\\nd\\te\\u0001\"", YamlScalar.DoubleQuoted("a\"b\\c\nd\te\u0001"));

    [Fact]
    public void Writes_the_canonical_form()
    {
        var policy = new Policy(new[]
        {
            new PolicyRule(Level.None) { Name = "kube-proxy-watch", Users = new[] { "system:kube-proxy" }, Verbs = new[] { "watch" },
                Resources = new[] { new GroupResources("", new[] { "endpoints", "services/status" }) } },
            new PolicyRule(Level.None) { NonResourceUrls = new[] { "/healthz*", "*" } },
            new PolicyRule(Level.Metadata) { Namespaces = new[] { "" }, OmitStages = Stages.Panic | Stages.RequestReceived, OmitManagedFields = false },
        })
        {
            OmitStages = Stages.RequestReceived,
            OmitManagedFields = true,
        };
        const string expected = """
            # yaml-language-server: $schema=https://raw.githubusercontent.com/policykit/policykit/main/schemas/audit-policy.v1.schema.json
            apiVersion: audit.k8s.io/v1
            kind: Policy
            omitStages:
              - RequestReceived
            omitManagedFields: true
            rules:
              # kube-proxy-watch
              - level: None
                users:
                  - system:kube-proxy
                verbs:
                  - watch
                resources:
                  - group: ""
                    resources:
                      - endpoints
                      - services/status
              - level: None
                nonResourceURLs:
                  - /healthz*
                  - "*"
              - level: Metadata
                namespaces:
                  - ""
                omitStages:
                  - RequestReceived
                  - Panic
                omitManagedFields: false

            """;
        Assert.Equal(expected.Replace("\r\n", "\n"), PolicyYamlWriter.Write(policy));
    }

    [Fact]
    public void Is_deterministic_and_uses_lf()
    {
        var policy = new Policy(new[] { new PolicyRule(Level.Metadata) { Name = "line\r\nbreak" } });
        var a = PolicyYamlWriter.Write(policy);
        Assert.Equal(a, PolicyYamlWriter.Write(policy));
        Assert.DoesNotContain("\r", a);
        Assert.Contains("  # line  break\n", a);
    }

    [Fact]
    public void Header_is_optional()
    {
        var yaml = PolicyYamlWriter.Write(new Policy(new[] { new PolicyRule(Level.Metadata) }), new PolicyYamlOptions { SchemaUrl = null, HeaderComments = ["generated"] });
        Assert.StartsWith("# generated\napiVersion: audit.k8s.io/v1\n", yaml);
    }
}
