using PolicyKit.Yaml;

namespace PolicyKit.Tests;

public class CanonicalYamlReaderTests
{
    [Fact]
    public void Reads_back_every_policy_the_writer_writes()
        => Generators.Policy.Sample(policy =>
        {
            var options = new PolicyYamlOptions { HeaderComments = ["policy \"p\", generated", ""] };
            var yaml = PolicyYamlWriter.Write(policy, options);
            var read = CanonicalPolicyYamlReader.Read(yaml);
            Assert.Equal(yaml, PolicyYamlWriter.Write(read.Policy, read.Options));
            Assert.Equal(policy.Rules.Count, read.Policy.Rules.Count);
        });

    [Fact]
    public void Reads_quoted_scalars_names_and_every_field()
    {
        string[] S(params string[] items) => items;
        var policy = new Policy(new[]
        {
            new PolicyRule(Level.RequestResponse, "a rule", S("", "yes", "tab\there \"q\" \\ \u0085"), S("g"), S("get"),
                new[] { new GroupResources("", S("pods", "*/scale"), S("x")), new GroupResources("apps") }, S("", "kube-system"), default,
                Stages.Panic | Stages.RequestReceived, false),
            new PolicyRule(Level.None) { NonResourceUrls = S("/healthz*"), OmitManagedFields = true },
        }, Stages.RequestReceived, true, "name: odd");
        var read = CanonicalPolicyYamlReader.Read(PolicyYamlWriter.Write(policy, new PolicyYamlOptions { SchemaUrl = null }));
        Assert.Equal(policy, read.Policy);
        Assert.Null(read.Options.SchemaUrl);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Loud\n", 4)]
    [InlineData("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n    verbs: [get]\n", 5)]
    [InlineData("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n    users:\n      - \"true\"\n      - true\n", 7)]
    [InlineData("apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages:\n  - Panic\n  - RequestReceived\nrules: []\n", 4)]
    [InlineData("apiVersion: audit.k8s.io/v1\r\nkind: Policy\nrules: []\n", 1)]
    public void Refuses_text_that_is_not_canonical(string yaml, int line)
    {
        var error = Assert.Throws<CanonicalYamlException>(() => CanonicalPolicyYamlReader.Read(yaml));
        Assert.Equal(line, error.Line);
    }
}
