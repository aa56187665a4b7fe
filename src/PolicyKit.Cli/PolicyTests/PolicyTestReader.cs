using System.Collections.Generic;
using System.IO;
using System.Linq;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.PolicyTests;

/// <summary>
/// Reads a test file (YAML or JSON) into cases, strictly: an unknown or repeated key, a wrong type or a value that
/// is no level, stage or verb is a <see cref="PolicyTestFormatException"/> at its line and column, never a guess.
/// The YAML tree is PolicyKit.Yaml's, with its limits (size, depth, aliases).
/// </summary>
internal static class PolicyTestReader
{
    private static readonly string[] FileKeys = { "policy", "tests" };
    private static readonly string[] CaseKeys = { "name", "request", "expect" };
    private static readonly string[] RequestKeys = { "user", "groups", "verb", "group", "resource", "subresource", "namespace", "name", "nonResourceURL" };
    private static readonly string[] ExpectKeys = { "level", "omitStages", "omitManagedFields", "rule" };

    public static PolicyTestFile Read(string path, string text)
    {
        var parsed = YamlTreeBuilder.Parse(new StringReader(text), YamlLimits.Default);
        if (parsed.Error is not null)
        {
            throw new PolicyTestFormatException(parsed.ErrorLocation, parsed.Error);
        }
        var root = parsed.Root ?? throw new PolicyTestFormatException(new SourceLocation(1, 1), "the file is empty: expected a mapping with \"tests\"");
        var file = Mapping(root, "the test file", FileKeys);
        var policy = file.TryGetValue("policy", out var p) ? String(p, "policy") : null;
        if (!file.TryGetValue("tests", out var tests))
        {
            throw new PolicyTestFormatException(root.Location, "missing \"tests\": the list of cases");
        }
        if (tests.Kind != YamlNodeKind.Sequence)
        {
            throw new PolicyTestFormatException(tests.Location, $"\"tests\" must be a list of cases, not {tests.Describe()}");
        }
        var cases = tests.Items.Select((item, i) => Case(item, i)).ToList();
        return new PolicyTestFile(path, policy, p?.Location ?? root.Location, cases);
    }

    private static PolicyTestCase Case(YamlNode node, int index)
    {
        var fields = Mapping(node, $"case {index}", CaseKeys);
        var name = fields.TryGetValue("name", out var n) ? String(n, "name") : $"case {index}";
        if (!fields.TryGetValue("request", out var request))
        {
            throw new PolicyTestFormatException(node.Location, $"case \"{name}\": missing \"request\"");
        }
        if (!fields.TryGetValue("expect", out var expect))
        {
            throw new PolicyTestFormatException(node.Location, $"case \"{name}\": missing \"expect\"");
        }
        return new PolicyTestCase(name, node.Location, Request(request), Expectation(expect));
    }

    private static AuditRequest Request(YamlNode node)
    {
        var f = Mapping(node, "request", RequestKeys);
        string? Get(string key) => f.TryGetValue(key, out var v) ? String(v, key) : null;
        var user = f.TryGetValue("user", out var u) && !IsNull(u) ? String(u, "user") : null;
        var groups = f.TryGetValue("groups", out var g) ? Strings(g, "groups") : new List<string>();
        var verb = Get("verb") ?? throw new PolicyTestFormatException(node.Location, "request: missing \"verb\" (get, list, watch, create, ...; for a non-resource URL the lower-case HTTP method)");
        if (Get("nonResourceURL") is { } url)
        {
            foreach (var key in new[] { "group", "resource", "subresource", "namespace", "name" }.Where(f.ContainsKey))
            {
                throw new PolicyTestFormatException(f[key].Location, $"request: \"{key}\" with \"nonResourceURL\": a request is for a resource or for a URL, not both");
            }
            return AuditRequest.ForNonResource(user, groups, verb, url);
        }
        var resource = Get("resource") ?? throw new PolicyTestFormatException(node.Location, "request: give \"resource\" (with \"group\", \"namespace\", ...) or \"nonResourceURL\"");
        return AuditRequest.ForResource(user, groups, verb, Get("group") ?? "", resource, Get("subresource") ?? "", Get("namespace") ?? "", Get("name") ?? "");
    }

    private static PolicyExpectation Expectation(YamlNode node)
    {
        var f = Mapping(node, "expect", ExpectKeys);
        if (!f.TryGetValue("level", out var levelNode))
        {
            throw new PolicyTestFormatException(node.Location, "expect: missing \"level\" (None, Metadata, Request or RequestResponse)");
        }
        if (!AuditNames.TryParseLevel(String(levelNode, "level"), out var level))
        {
            throw new PolicyTestFormatException(levelNode.Location, $"expect: level {levelNode.Describe()} is not one of {string.Join(", ", AuditNames.Levels)}");
        }
        Stages? stages = null;
        if (f.TryGetValue("omitStages", out var s))
        {
            var set = Stages.None;
            foreach (var item in Items(s, "omitStages"))
            {
                if (!AuditNames.TryParseStage(String(item, "omitStages"), out var stage))
                {
                    throw new PolicyTestFormatException(item.Location, $"expect: stage {item.Describe()} is not one of {string.Join(", ", AuditNames.StageNames)}");
                }
                set |= stage.ToSet();
            }
            stages = set;
        }
        bool? managed = null;
        if (f.TryGetValue("omitManagedFields", out var m))
        {
            managed = ScalarResolver.AsBool(m) ?? throw new PolicyTestFormatException(m.Location, $"expect: omitManagedFields must be true or false, not {m.Describe()}");
        }
        if (!f.TryGetValue("rule", out var r))
        {
            return new PolicyExpectation(level, stages, managed, false, null, null);
        }
        if (IsNull(r))
        {
            return new PolicyExpectation(level, stages, managed, true, -1, null);
        }
        if (r.Kind == YamlNodeKind.Scalar && ScalarResolver.Resolve(r) == ScalarType.Int)
        {
            return int.TryParse(r.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                ? new PolicyExpectation(level, stages, managed, true, index, null)
                : throw new PolicyTestFormatException(r.Location, $"expect: rule {r.Describe()} is no rule index (0, 1, ...)");
        }
        return new PolicyExpectation(level, stages, managed, true, null, String(r, "rule"));
    }

    private static Dictionary<string, YamlNode> Mapping(YamlNode node, string what, string[] keys)
    {
        if (node.Kind != YamlNodeKind.Mapping)
        {
            throw new PolicyTestFormatException(node.Location, $"{what} must be a mapping, not {node.Describe()}");
        }
        var fields = new Dictionary<string, YamlNode>(System.StringComparer.Ordinal);
        foreach (var entry in node.Entries)
        {
            var key = entry.Key.Value;
            if (entry.Key.Kind != YamlNodeKind.Scalar || !keys.Contains(key))
            {
                throw new PolicyTestFormatException(entry.Key.Location, $"{what}: unknown field \"{key}\"; the fields are {string.Join(", ", keys)}");
            }
            if (fields.ContainsKey(key))
            {
                throw new PolicyTestFormatException(entry.Key.Location, $"{what}: \"{key}\" is given twice");
            }
            fields.Add(key, entry.Value);
        }
        return fields;
    }

    private static bool IsNull(YamlNode node) => node.Kind == YamlNodeKind.Scalar && ScalarResolver.Resolve(node) == ScalarType.Null;

    private static string String(YamlNode node, string key)
        => node.Kind == YamlNodeKind.Scalar && !IsNull(node) ? node.Value : throw new PolicyTestFormatException(node.Location, $"\"{key}\" must be a string, not {node.Describe()}");

    private static IEnumerable<YamlNode> Items(YamlNode node, string key)
        => node.Kind == YamlNodeKind.Sequence ? node.Items : throw new PolicyTestFormatException(node.Location, $"\"{key}\" must be a list, not {node.Describe()}");

    private static List<string> Strings(YamlNode node, string key) => Items(node, key).Select(i => String(i, key)).ToList();
}
