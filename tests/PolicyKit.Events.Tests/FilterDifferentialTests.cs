using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;
using PolicyKit.Events;
using PolicyKit.Events.Filtering;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;
using PolicyKit.Yaml;

namespace PolicyKit.Tests;

/// <summary>
/// EventFilter against the apiserver's rules, written a second time here on JSON trees (docs/cli.md, filter;
/// audit-semantics: level None and omitted stages write nothing, bodies by level, managedFields, the Request-level
/// annotations): a log recorded at RequestResponse, filtered through a policy, is what that policy would have
/// written, decided by the reference evaluator — over the real logs with the real policies, and over generated
/// events (bodies with managedFields, lists, Tables, patches) with generated policies.
/// </summary>
public class FilterDifferentialTests
{
    [Fact]
    public void Real_logs_filtered_through_real_policies_are_what_the_policies_write()
    {
        var events = RawFixtureEvents.All().Select(r => r.Json).ToList();
        foreach (var path in Fixtures.Policies())
        {
            if (PolicyYamlReader.ReadFile(path).Policy is not { } policy)
            {
                continue;
            }
            Check(events, new PolicyEvaluator(policy), Path.GetFileName(path));
        }
    }

    [Fact]
    public void Generated_events_filtered_through_generated_policies_are_what_the_policies_write()
    {
        Gen.Select(Generators.Policy, Event.Array[1, 12]).Sample((policy, events) =>
            Check(events.Select(e => e.ToJsonString()).ToList(), new PolicyEvaluator(policy), "generated"), iter: 300);
    }

    /// <summary>Mutated logs of every format, filtered through a policy that keeps everything but managedFields: never an exception.</summary>
    [Fact]
    public void Mutated_logs_never_escape_the_filter()
    {
        var policy = PolicyYamlReader.Read("apiVersion: audit.k8s.io/v1\nkind: Policy\nomitManagedFields: true\nrules:\n- level: RequestResponse\n").Policy!;
        var evaluator = new PolicyEvaluator(policy);
        var seeds = MutatedLogs.Seeds("*.json*", Fixtures.Path("events"));
        MutatedLogs.Each(seeds, 300, bytes =>
        {
            var output = new ArrayBufferWriter<byte>();
            AuditLogReader.Read([LogInput.Of("log", () => new MemoryStream(bytes))], new EventReadOptions { Workers = 1 }, () => new Filtering(evaluator), r => output.Write(r.Output.WrittenSpan));
            foreach (var line in Encoding.UTF8.GetString(output.WrittenSpan).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                // Every line written is one JSON value.
                using var _ = System.Text.Json.JsonDocument.Parse(line, new System.Text.Json.JsonDocumentOptions { MaxDepth = PolicyKit.Events.ReadLimits.MaxDepth + 8 });
            }
        });
    }

    private static void Check(List<string> events, PolicyEvaluator evaluator, string name)
    {
        var input = Encoding.UTF8.GetBytes(string.Concat(events.Select(e => e.ReplaceLineEndings(" ") + "\n")));
        var expected = new List<JsonNode>();
        EventText.ForEach(input, e =>
        {
            if (Expected(RawFixtureEvents.Parse(Encoding.UTF8.GetString(e.Json.Span)), evaluator.Evaluate(e.ToRequest())) is { } kept)
            {
                expected.Add(kept);
            }
        });
        foreach (var workers in new[] { 1, 2 })
        {
            var actual = Filter(input, evaluator, workers);
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.True(JsonNode.DeepEquals(expected[i], actual[i]), $"{name}, event {i}:\nexpected {expected[i].ToJsonString()}\nactual   {actual[i].ToJsonString()}");
            }
        }
    }

    /// <summary>What the apiserver writes of a request it recorded so, under the decision.</summary>
    private static JsonNode? Expected(JsonObject e, AuditDecision d)
    {
        var stage = (string?)e["stage"];
        if (d.Level == Level.None || (stage is not null && d.OmitStages.Enumerate().Any(s => s.ToName() == stage)))
        {
            return null;
        }
        var recorded = (string?)e["level"] switch { "Metadata" => Level.Metadata, "Request" => Level.Request, _ => Level.RequestResponse };
        var level = (Level)Math.Min((int)recorded, (int)d.Level);
        var w = (JsonObject)e.DeepClone();
        w["level"] = level.ToName();
        if (level < Level.Request)
        {
            w.Remove("requestObject");
            if (w["annotations"] is JsonObject annotations)
            {
                foreach (var key in annotations.Select(a => a.Key).Where(k => k.StartsWith("patch.webhook.admission.k8s.io/", StringComparison.Ordinal)).ToList())
                {
                    annotations.Remove(key);
                }
            }
        }
        if (level < Level.RequestResponse)
        {
            w.Remove("responseObject");
        }
        if (d.OmitManagedFields)
        {
            Strip(w["responseObject"]);
            if ((string?)w["verb"] != "patch")
            {
                Strip(w["requestObject"]);
            }
        }
        return w;
    }

    private static void Strip(JsonNode? body)
    {
        if (body is not JsonObject o)
        {
            return;
        }
        (o["metadata"] as JsonObject)?.Remove("managedFields");
        foreach (var item in (o["items"] as JsonArray) ?? [])
        {
            Strip(item);
        }
        if ((string?)(o["kind"] as JsonValue) == "Table")
        {
            foreach (var row in (o["rows"] as JsonArray) ?? [])
            {
                Strip(row?["object"]);
            }
        }
    }

    private static List<JsonNode> Filter(byte[] input, PolicyEvaluator evaluator, int workers)
    {
        var output = new StringBuilder();
        AuditLogReader.Read([LogInput.Of("log", () => new MemoryStream(input))], new EventReadOptions { Workers = workers, BatchBytes = 4096 },
            () => new Filtering(evaluator), r =>
            {
                Assert.Empty(r.Problems);
                output.Append(Encoding.UTF8.GetString(r.Output.WrittenSpan));
            });
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Select(l => JsonNode.Parse(l)!).ToList();
    }

    private sealed class Filtering(PolicyEvaluator evaluator) : IEventWorker<BatchResult>
    {
        private readonly EventDecoder _decoder = new();
        private readonly EventFilter _filter = new();

        public void Process(in FramedValue value, BatchResult into)
            => _decoder.Decode(value, into, e => _filter.Apply(e, evaluator.Evaluate(e.ToRequest()), into.Output));
    }

    private static readonly JsonArray ManagedFields = [new JsonObject { ["manager"] = "kubectl", ["operation"] = "Update", ["fieldsV1"] = new JsonObject { ["f:spec"] = new JsonObject() } }];

    private static JsonObject Object(string kind, string name) => new()
    {
        ["kind"] = kind,
        ["apiVersion"] = "v1",
        ["metadata"] = new JsonObject { ["name"] = name, ["managedFields"] = ManagedFields.DeepClone() },
        ["spec"] = new JsonObject { ["x"] = 1 },
    };

    private static readonly Gen<JsonNode?> RequestBody = Gen.OneOf(
        Gen.Const((JsonNode?)null),
        Gen.Const<JsonNode?>(Object("Pod", "p")),
        Gen.Const<JsonNode?>(new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "/metadata/managedFields", ["value"] = ManagedFields.DeepClone() })));

    private static readonly Gen<JsonNode?> ResponseBody = Gen.OneOf(
        Gen.Const((JsonNode?)null),
        Gen.Const<JsonNode?>(Object("Pod", "p")),
        Gen.Const<JsonNode?>(new JsonObject { ["kind"] = "PodList", ["metadata"] = new JsonObject(), ["items"] = new JsonArray(Object("Pod", "a"), Object("Pod", "b")) }),
        Gen.Const<JsonNode?>(new JsonObject { ["kind"] = "Table", ["rows"] = new JsonArray(new JsonObject { ["cells"] = new JsonArray("a"), ["object"] = Object("PartialObjectMetadata", "a") }) }),
        Gen.Const<JsonNode?>(new JsonObject { ["kind"] = "Status", ["code"] = 403 }));

    /// <summary>Events of every stage and level, over the requests the policy generators draw, with bodies where filtering has work.</summary>
    private static readonly Gen<JsonObject> Event =
        Gen.Select(Generators.Request, Gen.OneOfConst("RequestReceived", "ResponseStarted", "ResponseComplete", "Panic"),
                Gen.Frequency((4, Gen.Const("RequestResponse")), (1, Gen.Const("Request")), (1, Gen.Const("Metadata"))), RequestBody, ResponseBody, Gen.Bool, Gen.Int[0, 99999])
            .Select(t =>
            {
                var (request, stage, level, requestBody, responseBody, patchAnnotation, id) = t;
                var e = new JsonObject
                {
                    ["kind"] = "Event",
                    ["apiVersion"] = "audit.k8s.io/v1",
                    ["level"] = level,
                    ["auditID"] = "id-" + id,
                    ["stage"] = stage,
                    ["requestURI"] = request.IsResourceRequest ? "/apis/x" : request.Path,
                    ["verb"] = request.Verb,
                };
                if (request.HasUser)
                {
                    e["user"] = new JsonObject { ["username"] = request.User, ["groups"] = new JsonArray(request.Groups.Select(g => (JsonNode)g!).ToArray()) };
                }
                if (request.IsResourceRequest)
                {
                    var o = new JsonObject { ["resource"] = request.Resource };
                    foreach (var (key, value) in new[] { ("namespace", request.Namespace), ("name", request.Name), ("apiGroup", request.ApiGroup), ("subresource", request.Subresource) })
                    {
                        if (value.Length > 0)
                        {
                            o[key] = value;
                        }
                    }
                    e["objectRef"] = o;
                }
                if (level != "Metadata" && requestBody is not null)
                {
                    e["requestObject"] = requestBody.DeepClone();
                }
                if (level == "RequestResponse" && responseBody is not null)
                {
                    e["responseObject"] = responseBody.DeepClone();
                }
                var annotations = new JsonObject { ["authorization.k8s.io/decision"] = "allow" };
                if (patchAnnotation)
                {
                    annotations["patch.webhook.admission.k8s.io/round_0_index_0"] = "{\"patch\":[]}";
                }
                e["annotations"] = annotations;
                return e;
            });
}
