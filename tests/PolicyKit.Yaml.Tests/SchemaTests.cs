using System.Buffers;
using System.Text;
using System.Text.Json;
using CsCheck;
using NJsonSchema;
using NJsonSchema.Validation;
using PolicyKit.Validation;
using PolicyKit.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyKit.Tests;

/// <summary>
/// schemas/audit-policy.v1.schema.json: everything the canonical writer produces validates, the
/// mistakes the apiserver refuses are rejected, and every property is described for editors.
/// </summary>
public class SchemaTests
{
    private static readonly string SchemaPath = Path.Combine(Fixtures.RepositoryRoot, "schemas", "audit-policy.v1.schema.json");

    private static readonly Lazy<Task<JsonSchema>> LazySchema = new(() => JsonSchema.FromFileAsync(SchemaPath));

    private static Task<JsonSchema> LoadSchema() => LazySchema.Value;

    private const string Minimal = """
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules:
          - level: Metadata
        """;

    // ---- writer output validates ----

    public static TheoryData<string> FixtureNames()
    {
        var data = new TheoryData<string>();
        foreach (var path in Fixtures.Policies())
        {
            data.Add(Path.GetFileName(path));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public async Task Writer_output_of_every_fixture_validates(string name)
    {
        var document = PolicyYamlReader.ReadFile(Fixtures.Policy(name));
        if (document.Policy is null)
        {
            return; // not a readable Policy at all (e.g. another kind): nothing to write
        }
        var schema = await LoadSchema();
        var yaml = PolicyYamlWriter.Write(document.Policy);
        var errors = Validate(schema, yaml);
        Assert.True(errors.Count == 0, $"{name}: {Describe(errors)}\n{yaml}");
    }

    [Fact]
    public void Most_fixtures_are_readable_v1_policies()
    {
        // Guards the theory above against silently skipping everything.
        var readable = Fixtures.Policies().Select(p => PolicyYamlReader.ReadFile(p))
            .Count(d => d.Policy is not null && d.ApiVersion == Policy.ApiVersion);
        Assert.True(readable >= 10, $"only {readable} fixtures read as audit.k8s.io/v1 policies");
    }

    [Fact]
    public async Task Writer_output_of_generated_valid_policies_validates()
    {
        var schema = await LoadSchema();
        var checkedCount = 0;
        Generators.Policy.Sample(policy =>
        {
            if (PolicyValidator.HasErrors(PolicyValidator.Validate(policy)))
            {
                return; // the apiserver refuses it too (e.g. nonResourceURLs "**", group "Apps")
            }
            Interlocked.Increment(ref checkedCount);
            var yaml = PolicyYamlWriter.Write(policy);
            var errors = Validate(schema, yaml);
            Assert.True(errors.Count == 0, Describe(errors) + "\n" + yaml);
        }, iter: 300);
        Assert.True(checkedCount >= 30, $"only {checkedCount} of 300 generated policies were valid; the generator drifted");
    }

    [Fact]
    public async Task Writer_output_with_every_field_set_validates()
    {
        var policy = new Policy(new[]
        {
            new PolicyRule(Level.None)
            {
                Name = "everything",
                Users = new[] { "system:kube-proxy", "*", "yes" },
                UserGroups = new[] { "system:nodes" },
                Verbs = new[] { "watch", "true" },
                Resources = new[]
                {
                    new GroupResources("", new[] { "pods", "pods/*", "*/log", "*" }, new[] { "x", "on" }),
                    new GroupResources("rbac.authorization.k8s.io"),
                    new GroupResources("*", new[] { "secrets" }),
                },
                Namespaces = new[] { "", "kube-system" },
                OmitStages = Stages.All,
                OmitManagedFields = false,
            },
            new PolicyRule(Level.RequestResponse) { NonResourceUrls = new[] { "*", "/healthz*", "/", "/*" }, OmitManagedFields = true },
        })
        {
            Name = "policy",
            OmitStages = Stages.RequestReceived | Stages.Panic,
            OmitManagedFields = true,
        };
        Assert.False(PolicyValidator.HasErrors(PolicyValidator.Validate(policy)));
        var yaml = PolicyYamlWriter.Write(policy);
        var json = YamlToJson(yaml);
        Assert.Contains("\"omitManagedFields\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"omitManagedFields\":false", json, StringComparison.Ordinal);
        Assert.Contains("\"yes\"", json, StringComparison.Ordinal);
        Assert.Contains("\"true\"", json, StringComparison.Ordinal); // the quoted verb stays a string
        var errors = (await LoadSchema()).Validate(json);
        Assert.True(errors.Count == 0, Describe(errors) + "\n" + yaml);
    }

    // ---- the schema agrees with the apiserver's nonResourceURLs check ----

    public static TheoryData<string> UrlCases()
    {
        var data = new TheoryData<string>();
        foreach (var url in Generators.Urls.Concat(new[] { "", "healthz", "healthz*", "/a*b", "/a**", "*/", "/", "/a/b/c*" }).Distinct())
        {
            data.Add(url);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(UrlCases))]
    public async Task NonResourceURL_pattern_agrees_with_the_validator(string url)
    {
        var policy = new Policy(new[] { new PolicyRule(Level.None) { NonResourceUrls = new[] { url } } });
        var apiserverAccepts = !PolicyValidator.HasErrors(PolicyValidator.Validate(policy));
        var errors = Validate(await LoadSchema(), PolicyYamlWriter.Write(policy));
        Assert.True(apiserverAccepts == (errors.Count == 0),
            $"\"{url}\": validator {(apiserverAccepts ? "accepts" : "rejects")}, schema {(errors.Count == 0 ? "accepts" : "rejects: " + Describe(errors))}");
    }

    // ---- rejections ----

    [Fact]
    public async Task Accepts_the_minimal_policy()
    {
        var errors = Validate(await LoadSchema(), Minimal);
        Assert.True(errors.Count == 0, Describe(errors));
        Assert.True(PolicyYamlReader.Read(Minimal).IsValid);
    }

    [Theory]
    [InlineData("unknown rule field", """
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules:
          - level: Metadata
            verb: ["get"]
        """, ValidationErrorKind.NoAdditionalPropertiesAllowed)]
    [InlineData("unknown GroupResources field", """
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules:
          - level: Metadata
            resources:
              - group: ""
                resource: ["pods"]
        """, ValidationErrorKind.NoAdditionalPropertiesAllowed)]
    [InlineData("unknown policy field", """
        apiVersion: audit.k8s.io/v1
        kind: Policy
        omitStage: [RequestReceived]
        rules:
          - level: Metadata
        """, ValidationErrorKind.NoAdditionalPropertiesAllowed)]
    [InlineData("bad level", """
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules:
          - level: metadata
        """, ValidationErrorKind.NotInEnumeration)]
    [InlineData("bad stage in a rule", """
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules:
          - level: Metadata
            omitStages: [RequestRecieved]
        """, ValidationErrorKind.NotInEnumeration)]
    [InlineData("bad stage in the policy", """
        apiVersion: audit.k8s.io/v1
        kind: Policy
        omitStages: [ResponseCompleted]
        rules:
          - level: Metadata
        """, ValidationErrorKind.NotInEnumeration)]
    [InlineData("empty rules", """
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules: []
        """, ValidationErrorKind.TooFewItems)]
    [InlineData("missing rules", """
        apiVersion: audit.k8s.io/v1
        kind: Policy
        """, ValidationErrorKind.PropertyRequired)]
    [InlineData("nonResourceURL without leading slash", """
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules:
          - level: None
            nonResourceURLs: ["healthz"]
        """, ValidationErrorKind.PatternMismatch)]
    [InlineData("nonResourceURL with an inner '*'", """
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules:
          - level: None
            nonResourceURLs: ["/apis/*/v1"]
        """, ValidationErrorKind.PatternMismatch)]
    [InlineData("missing level", """
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules:
          - verbs: ["get"]
        """, ValidationErrorKind.PropertyRequired)]
    [InlineData("wrong apiVersion", """
        apiVersion: audit.k8s.io/v1beta1
        kind: Policy
        rules:
          - level: Metadata
        """, ValidationErrorKind.NotInEnumeration)]
    [InlineData("wrong kind", """
        apiVersion: audit.k8s.io/v1
        kind: AuditPolicy
        rules:
          - level: Metadata
        """, ValidationErrorKind.NotInEnumeration)]
    [InlineData("quoted boolean", """
        apiVersion: audit.k8s.io/v1
        kind: Policy
        omitManagedFields: "true"
        rules:
          - level: Metadata
        """, ValidationErrorKind.BooleanExpected)]
    [InlineData("string instead of a list", """
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules:
          - level: Metadata
            verbs: get
        """, ValidationErrorKind.ArrayExpected)]
    public async Task Rejects(string what, string yaml, ValidationErrorKind expected)
    {
        var errors = Validate(await LoadSchema(), yaml);
        var kinds = Flatten(errors).Select(e => e.Kind).ToList();
        Assert.True(kinds.Contains(expected), $"{what}: expected {expected}, got [{string.Join(", ", kinds)}]");
        // The apiserver (as modelled by the reader) refuses or silently changes each of these files too.
        Assert.False(PolicyYamlReader.Read(yaml).IsValid, what + ": the reader accepts it");
    }

    // ---- descriptions ----

    [Fact]
    public void Every_property_has_a_description()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var root = json.RootElement;
        Assert.Equal("http://json-schema.org/draft-07/schema#", root.GetProperty("$schema").GetString());
        Assert.Equal(PolicyYamlWriter.DefaultSchemaUrl, root.GetProperty("$id").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));

        var missing = new List<string>();
        var seen = new List<string>();
        Walk(root, "#", missing, seen);
        foreach (var definition in root.GetProperty("definitions").EnumerateObject())
        {
            if (!HasDescription(definition.Value))
            {
                missing.Add("#/definitions/" + definition.Name);
            }
        }
        Assert.True(missing.Count == 0, "no description: " + string.Join(", ", missing));

        // Every field of audit.k8s.io/v1 is there: Policy (6), PolicyRule (9), GroupResources (3).
        Assert.Equal(
            new[]
            {
                "#/properties/apiVersion", "#/properties/kind", "#/properties/metadata", "#/properties/rules", "#/properties/omitStages", "#/properties/omitManagedFields",
                "#/definitions/PolicyRule/properties/level", "#/definitions/PolicyRule/properties/users", "#/definitions/PolicyRule/properties/userGroups",
                "#/definitions/PolicyRule/properties/verbs", "#/definitions/PolicyRule/properties/resources", "#/definitions/PolicyRule/properties/namespaces",
                "#/definitions/PolicyRule/properties/nonResourceURLs", "#/definitions/PolicyRule/properties/omitStages", "#/definitions/PolicyRule/properties/omitManagedFields",
                "#/definitions/GroupResources/properties/group", "#/definitions/GroupResources/properties/resources", "#/definitions/GroupResources/properties/resourceNames",
            }.OrderBy(s => s, StringComparer.Ordinal),
            seen.OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public async Task NJsonSchema_sees_the_descriptions_too()
    {
        var schema = await LoadSchema();
        var objects = new[] { schema, schema.Definitions["PolicyRule"], schema.Definitions["GroupResources"] };
        foreach (var obj in objects)
        {
            Assert.NotEmpty(obj.ActualProperties);
            foreach (var (name, property) in obj.ActualProperties)
            {
                Assert.False(string.IsNullOrWhiteSpace(property.Description), name + " has no description");
            }
        }
    }

    private static void Walk(JsonElement element, string path, List<string> missing, List<string> seen)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    var memberPath = path + "/" + member.Name;
                    if (member.Name == "properties" && member.Value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var property in member.Value.EnumerateObject())
                        {
                            var propertyPath = memberPath + "/" + property.Name;
                            seen.Add(propertyPath);
                            if (!HasDescription(property.Value))
                            {
                                missing.Add(propertyPath);
                            }
                            Walk(property.Value, propertyPath, missing, seen);
                        }
                    }
                    else
                    {
                        Walk(member.Value, memberPath, missing, seen);
                    }
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, path + "/" + i++, missing, seen);
                }
                break;
        }
    }

    private static bool HasDescription(JsonElement schema)
        => schema.ValueKind == JsonValueKind.Object
           && schema.TryGetProperty("description", out var d)
           && d.ValueKind == JsonValueKind.String
           && !string.IsNullOrWhiteSpace(d.GetString());

    // ---- YAML to JSON ----

    [Fact]
    public void Conversion_keeps_plain_booleans_and_quoted_strings_apart()
    {
        var json = YamlToJson("""
            a: true
            b: "true"
            c: false
            d: 'false'
            e: [x, "", "1.10", yes]
            f: {g: h}
            """);
        Assert.Equal("""{"a":true,"b":"true","c":false,"d":"false","e":["x","","1.10","yes"],"f":{"g":"h"}}""", json);
    }

    /// <summary>
    /// YAML to JSON through YamlDotNet's representation model: plain untagged <c>true</c>/<c>false</c>
    /// become JSON booleans, every other scalar a string (YamlDotNet's object deserializer would turn
    /// booleans into strings, which the schema's boolean fields reject).
    /// </summary>
    internal static string YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        Assert.Single(stream.Documents);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteNode(writer, stream.Documents[0].RootNode);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteNode(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    writer.WritePropertyName(key is YamlScalarNode k ? k.Value ?? "" : throw new InvalidOperationException("non-scalar key at " + key.Start));
                    WriteNode(writer, value);
                }
                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    WriteNode(writer, item);
                }
                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                if (scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty && scalar.Value is "true" or "false")
                {
                    writer.WriteBooleanValue(scalar.Value == "true");
                }
                else
                {
                    writer.WriteStringValue(scalar.Value ?? "");
                }
                break;
            default:
                throw new InvalidOperationException("unexpected YAML node " + node.NodeType + " at " + node.Start);
        }
    }

    private static ICollection<ValidationError> Validate(JsonSchema schema, string yaml) => schema.Validate(YamlToJson(yaml));

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return error;
            if (error is ChildSchemaValidationError child)
            {
                foreach (var nested in Flatten(child.Errors.Values.SelectMany(e => e)))
                {
                    yield return nested;
                }
            }
        }
    }

    private static string Describe(IEnumerable<ValidationError> errors)
        => string.Join("; ", Flatten(errors).Select(e => $"{e.Kind} at {e.Path}"));
}
