using CsCheck;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Tests;

/// <summary>Generated policies and strings through the canonical writer and back.</summary>
public class RoundTripPropertyTests
{
    [Fact]
    public void A_policy_and_its_yaml_round_trip_decide_identically()
        => Gen.Select(Generators.Policy, Generators.Request.Array[30, 30]).Sample(t =>
        {
            var (policy, requests) = t;
            var document = PolicyYamlReader.Read(PolicyYamlWriter.Write(policy));
            Assert.DoesNotContain(document.Findings, f => f.Id != PolicyFinding.Upstream && f.Severity == Severity.Error);
            Assert.Equal(policy, document.Policy);
            var before = new PolicyEvaluator(policy);
            var after = new PolicyEvaluator(document.Policy!);
            Assert.All(requests, r => Assert.Equal(before.Evaluate(r), after.Evaluate(r)));
        }, iter: 1000);

    [Fact]
    public void Any_string_survives_the_writer_and_the_reader()
        => Gen.String.Where(s => !HasLoneSurrogate(s)).Sample(s =>
        {
            var policy = new Policy(new[] { new PolicyRule(Level.Metadata) { Users = new[] { s }, Namespaces = new[] { s } } });
            var read = PolicyYamlReader.Read(PolicyYamlWriter.Write(policy, new PolicyYamlOptions { SchemaUrl = null }));
            Assert.Equal(policy, read.Policy);
        }, iter: 5000);

    [Fact]
    public void Strings_made_of_yaml_indicators_survive()
        => Gen.Char["*&!%@`|>'\"#,[]{}:-? ~.0123456789abcnoyesNULtrueflsOF\\\t/"].Array[0, 8].Select(a => new string(a)).Sample(s =>
        {
            var policy = new Policy(new[] { new PolicyRule(Level.Metadata) { Verbs = new[] { s } } });
            var read = PolicyYamlReader.Read(PolicyYamlWriter.Write(policy));
            Assert.Equal(policy, read.Policy);
        }, iter: 20000);

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }
        return false;
    }
}
