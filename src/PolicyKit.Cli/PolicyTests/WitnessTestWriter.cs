using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyKit.Analysis;
using PolicyKit.Cli.Import;

namespace PolicyKit.Cli.PolicyTests;

/// <summary>
/// The witnesses of a policy as tests, so every reachable rule is covered from day one: a <c>policykit test</c>
/// file (schemas/policy-tests.v1.schema.json), or an xunit class that runs the generated <c>Evaluate</c> of the
/// policy's DSL twin. Each case expects the decision the reference evaluator gives the witness.
/// </summary>
internal static class WitnessTestWriter
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Tests(Policy policy, KubernetesVersion version, IReadOnlyList<RuleWitness> witnesses, string policyPath)
    {
        var evaluator = new PolicyEvaluator(policy, version);
        var y = new StringBuilder();
        y.Append("# yaml-language-server: $schema=https://raw.githubusercontent.com/policykit/policykit/main/schemas/policy-tests.v1.schema.json\n");
        y.Append("# Written by `policykit witnesses --format tests`: one case per reachable rule, its witness request and the\n");
        y.Append("# decision the policy gives it today. Run with `policykit test FILE`; edit the expectations into promises.\n");
        y.Append("policy: ").Append(Q(policyPath)).Append('\n');
        y.Append("tests:\n");
        foreach (var w in witnesses)
        {
            if (!w.Reachable || w.Witness is not { } request)
            {
                y.Append("  # ").Append(PolicyTestRunner.Label(policy, w.Rule)).Append(w.Unproven ? ": not proven reachable within the analysis budget\n" : ": unreachable, no request to test\n");
                continue;
            }
            var decision = evaluator.Evaluate(request);
            y.Append("  - name: ").Append(Q(PolicyTestRunner.Label(policy, w.Rule) + " decides " + request)).Append('\n');
            y.Append("    request:\n");
            y.Append("      user: ").Append(request.HasUser ? Q(request.User!) : "null").Append('\n');
            if (request.Groups.Count > 0)
            {
                y.Append("      groups: [").Append(string.Join(", ", request.Groups.Select(Q))).Append("]\n");
            }
            y.Append("      verb: ").Append(Q(request.Verb)).Append('\n');
            if (request.IsResourceRequest)
            {
                Field(y, "group", request.ApiGroup, always: true);
                Field(y, "resource", request.Resource, always: true);
                Field(y, "subresource", request.Subresource);
                Field(y, "namespace", request.Namespace);
                Field(y, "name", request.Name);
            }
            else
            {
                Field(y, "nonResourceURL", request.Path, always: true);
            }
            y.Append("    expect:\n");
            y.Append("      level: ").Append(decision.Level.ToName()).Append('\n');
            y.Append("      omitStages: [").Append(string.Join(", ", decision.OmitStages.Enumerate().Select(s => s.ToName()))).Append("]\n");
            y.Append("      omitManagedFields: ").Append(decision.OmitManagedFields ? "true" : "false").Append('\n');
            y.Append("      rule: ").Append(decision.Rule is { } rule ? rule.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null").Append('\n');
        }
        return y.ToString();
    }

    /// <summary>An xunit class with one fact per reachable rule, calling <c>{policyClass}.Evaluate</c>.</summary>
    public static string Xunit(Policy policy, KubernetesVersion version, IReadOnlyList<RuleWitness> witnesses, string policyClass, string? ns)
    {
        var evaluator = new PolicyEvaluator(policy, version);
        var c = new StringBuilder();
        c.Append("// Written by `policykit witnesses --format xunit`: one test per reachable rule, its witness request and the\n");
        c.Append("// decision the policy gives it today (kube-apiserver's semantics). Edit the expectations into promises.\n");
        c.Append("using PolicyKit;\nusing Xunit;\n\n");
        if (ns is not null)
        {
            c.Append("namespace ").Append(ns).Append(";\n\n");
        }
        c.Append("public class ").Append(policyClass).Append("WitnessTests\n{\n");
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var w in witnesses.Where(w => w.Reachable && w.Witness is not null))
        {
            var request = w.Witness!.Value;
            var decision = evaluator.Evaluate(request);
            var method = MethodName(policy, w.Rule, names);
            c.Append("    /// <summary>").Append(Xml(PolicyTestRunner.Label(policy, w.Rule) + " decides " + request)).Append("</summary>\n");
            c.Append("    [Fact]\n    public void ").Append(method).Append("()\n    {\n");
            c.Append("        var decision = ").Append(policyClass).Append(".Evaluate(").Append(RequestExpression(request)).Append(");\n");
            c.Append("        Assert.Equal(Level.").Append(decision.Level.ToName()).Append(", decision.Level);\n");
            c.Append("        Assert.Equal(").Append(StagesExpression(decision.OmitStages)).Append(", decision.OmitStages);\n");
            c.Append("        Assert.").Append(decision.OmitManagedFields ? "True" : "False").Append("(decision.OmitManagedFields);\n");
            c.Append("        Assert.Equal(").Append(decision.RuleIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(", decision.RuleIndex);\n");
            c.Append("    }\n\n");
        }
        if (c[c.Length - 2] == '\n')
        {
            c.Length--;
        }
        c.Append("}\n");
        return c.ToString();
    }

    private static void Field(StringBuilder y, string key, string value, bool always = false)
    {
        if (always || value.Length > 0)
        {
            y.Append("      ").Append(key).Append(": ").Append(Q(value)).Append('\n');
        }
    }

    /// <summary>A double-quoted scalar: JSON's escaping is valid YAML and keeps "yes", "1.10" or "*" strings.</summary>
    private static string Q(string value) => JsonSerializer.Serialize(value, Quoting);

    private static string RequestExpression(AuditRequest r)
    {
        static string L(string value) => CSharpNames.Literal(value);
        var user = r.HasUser ? L(r.User!) : "null";
        var groups = r.Groups.Count == 0 ? "[]" : "[" + string.Join(", ", r.Groups.Select(L)) + "]";
        return r.IsResourceRequest
            ? $"AuditRequest.ForResource({user}, {groups}, {L(r.Verb)}, {L(r.ApiGroup)}, {L(r.Resource)}, {L(r.Subresource)}, {L(r.Namespace)}, {L(r.Name)})"
            : $"AuditRequest.ForNonResource({user}, {groups}, {L(r.Verb)}, {L(r.Path)})";
    }

    private static string StagesExpression(Stages stages)
        => stages == Stages.None ? "Stages.None" : string.Join(" | ", stages.Enumerate().Select(s => "Stages." + s.ToName()));

    private static string MethodName(Policy policy, int rule, HashSet<string> used)
    {
        var name = "Rule_" + rule.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (policy.Rules[rule].Name is { Length: > 0 } ruleName)
        {
            var words = new string(ruleName.Select(ch => char.IsLetterOrDigit(ch) && ch < 128 ? ch : '_').ToArray()).Trim('_');
            name += words.Length > 0 ? "_" + words : "";
        }
        var unique = name;
        for (var n = 2; !used.Add(unique); n++)
        {
            unique = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return unique;
    }

    private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
