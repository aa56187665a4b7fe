using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyKit.Events;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;
using PolicyKit.Events.Replay;
using PolicyKit.Yaml;

namespace PolicyKit.Tests;

/// <summary>
/// The replay engine (simulate, diff --events) counts what a direct replay counts: each event decided with
/// PolicyEvaluator on its own, on the real logs of tests/fixtures and on generated ones, for any number of threads.
/// </summary>
public class ReplayTests
{
    private static readonly string[] Logs =
    [
        Fixtures.Path("events", "immudb", "k8s-metadata.jsonl"),
        Fixtures.Path("events", "audit2rbac", "demo-v1.jsonl"),
        Fixtures.Path("events", "audit2rbac", "demo-v1beta1.jsonl"),
        Fixtures.Path("events", "requestresponse", "falco-traces.jsonl"),
    ];

    private static readonly string[] PolicyNames = ["gke-gce-default.yaml", "kubernetes-docs-example.yaml", "openshift-default.yaml", "kubermatic-minimal.yaml", "rke2-cis-default.yaml"];

    public static TheoryData<string, string> RealCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var log in Logs)
        {
            foreach (var policy in PolicyNames)
            {
                data.Add(log, policy);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RealCases))]
    public void Counts_on_a_real_log_equal_a_direct_replay(string log, string policyName)
    {
        var policy = Load(policyName);
        var expected = DirectReplay(policy, each => EventText.ForEachInFile(log, each));
        foreach (var workers in new[] { 1, 2 })
        {
            var (tally, summary) = LogReplay.Run([LogInput.File(log)], new EventReadOptions { Workers = workers, BatchBytes = 64 << 10 },
                [ReplaySide.Evaluated(policyName, policy, KubernetesVersion.Latest)]);
            Assert.Equal(0, summary.Skipped);
            AssertEqual(expected, tally.Sides[0]);
        }
    }

    [Fact]
    public void Generated_logs_and_policies_count_as_a_direct_replay()
    {
        Gen.Select(Generators.Policy, GeneratedEvent.Array[1, 40]).Sample((policy, events) =>
        {
            var text = string.Join("\n", events) + "\n";
            var expected = DirectReplay(policy, each => EventText.ForEach(Encoding.UTF8.GetBytes(text), each));
            var (tally, _) = LogReplay.Run([LogInput.Of("generated", () => new MemoryStream(Encoding.UTF8.GetBytes(text)))],
                new EventReadOptions { Workers = 2, BatchBytes = 512 }, [ReplaySide.Evaluated("generated", policy, KubernetesVersion.Latest)]);
            AssertEqual(expected, tally.Sides[0]);
        }, iter: 300);
    }

    [Fact]
    public void Bytes_at_a_lower_level_are_the_logged_line_without_the_bodies_the_level_drops()
    {
        // Checked against System.Text.Json's own view of each line of the RequestResponse fixture (compact JSON).
        var log = Fixtures.Path("events", "requestresponse", "falco-traces.jsonl");
        var policy = PolicyYamlReader.Read(new MemoryStream("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n"u8.ToArray()), KubernetesVersion.Latest).Policy!;
        long expected = 0;
        foreach (var line in File.ReadAllLines(log))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var bytes = Encoding.UTF8.GetByteCount(line) + 1 + "Metadata".Length - root.GetProperty("level").GetString()!.Length;
            if (root.TryGetProperty("requestObject", out var request))
            {
                bytes -= Encoding.UTF8.GetByteCount(request.GetRawText()) + "\"requestObject\":,".Length;
            }
            if (root.TryGetProperty("responseObject", out var response))
            {
                bytes -= Encoding.UTF8.GetByteCount(response.GetRawText()) + "\"responseObject\":,".Length;
            }
            expected += bytes;
        }
        var (tally, _) = LogReplay.Run([LogInput.File(log)], new EventReadOptions { Workers = 1 }, [ReplaySide.Evaluated("metadata", policy, KubernetesVersion.Latest)]);
        Assert.Equal(expected, tally.Sides[0].Bytes);
        Assert.Equal(0, tally.Sides[0].EstimatedBytes);
    }

    [Fact]
    public void Two_policies_count_as_two_direct_replays_and_their_changes_as_the_pairs_of_decisions()
    {
        var log = Fixtures.Path("events", "immudb", "k8s-metadata.jsonl");
        var old = Load("gke-gce-default.yaml");
        var @new = PolicyYamlReader.Read(File.OpenRead(Fixtures.Path("diff", "gke-gce-default-configmaps-logged.yaml")), KubernetesVersion.Latest).Policy!;
        var (tally, _) = LogReplay.Run([LogInput.File(log)], new EventReadOptions { Workers = 2, BatchBytes = 64 << 10 },
            [ReplaySide.Evaluated("old", old, KubernetesVersion.Latest), ReplaySide.Evaluated("new", @new, KubernetesVersion.Latest)]);
        AssertEqual(DirectReplay(old, each => EventText.ForEachInFile(log, each)), tally.Sides[0]);
        AssertEqual(DirectReplay(@new, each => EventText.ForEachInFile(log, each)), tally.Sides[1]);
        var (oldEvaluator, newEvaluator) = (new PolicyEvaluator(old), new PolicyEvaluator(@new));
        var levels = new Dictionary<(Level, Level), long>();
        var rules = new Dictionary<(int, int), long>();
        EventText.ForEachInFile(log, e =>
        {
            var (o, n) = (oldEvaluator.Evaluate(e.ToRequest()), newEvaluator.Evaluate(e.ToRequest()));
            levels[(o.Level, n.Level)] = levels.GetValueOrDefault((o.Level, n.Level)) + 1;
            rules[(o.RuleIndex, n.RuleIndex)] = rules.GetValueOrDefault((o.RuleIndex, n.RuleIndex)) + 1;
        });
        Assert.Equal(levels.OrderBy(p => p.Key), tally.Changes.Levels.OrderBy(p => p.Key));
        Assert.Equal(rules.OrderBy(p => p.Key), tally.Changes.Rules.OrderBy(p => p.Key));
        Assert.Equal(10, tally.Changes.ChangedEvents);
    }

    /// <summary>Per rule (last: none): matched, and written per stage slot; and bytes when no estimate is involved.</summary>
    private sealed record Direct(long[] Matched, long[,] Written);

    private static Direct DirectReplay(Policy policy, Action<Action<Utf8AuditEvent>> forEach)
    {
        var evaluator = new PolicyEvaluator(policy);
        var matched = new long[policy.Rules.Count + 1];
        var written = new long[policy.Rules.Count + 1, RuleTally.StageSlots];
        forEach(e =>
        {
            var d = evaluator.Evaluate(e.ToRequest());
            var rule = d.RuleIndex < 0 ? policy.Rules.Count : d.RuleIndex;
            matched[rule]++;
            var stage = e.StageName switch
            {
                "RequestReceived" => 0, "ResponseStarted" => 1, "ResponseComplete" => 2, "Panic" => 3, _ => 4,
            };
            if (d.Level != Level.None && (stage == 4 || !d.OmitStages.HasFlag((Stages)(1 << stage))))
            {
                written[rule, stage]++;
            }
        });
        return new Direct(matched, written);
    }

    private static void AssertEqual(Direct expected, PolicyTally actual)
    {
        Assert.Equal(expected.Matched, actual.Rules.Select(r => r.Matched));
        for (var r = 0; r < actual.Rules.Length; r++)
        {
            for (var s = 0; s < RuleTally.StageSlots; s++)
            {
                Assert.Equal(expected.Written[r, s], actual.Rules[r].Written[s]);
            }
        }
        Assert.Equal(expected.Matched.Sum(), actual.Events);
        Assert.Equal(actual.Rules.Sum(r => r.Bytes), actual.Bytes);
        Assert.Equal(actual.Rules.Sum(r => r.WrittenEvents), actual.WrittenEvents);
    }

    private static Policy Load(string name)
        => PolicyYamlReader.Read(File.OpenRead(Fixtures.Policy(name)), KubernetesVersion.Latest).Policy!;

    /// <summary>One event line for a generated request, at a random stage and level, with or without bodies.</summary>
    private static readonly Gen<string> GeneratedEvent =
        Gen.Select(Generators.Request, Gen.Int[0, 4], Gen.Int[0, 3], Gen.Bool).Select((request, stage, level, bodies) =>
        {
            var e = new JsonObject
            {
                ["kind"] = "Event",
                ["apiVersion"] = "audit.k8s.io/v1",
                ["level"] = ((Level)level).ToName(),
                ["auditID"] = "a",
                ["stage"] = stage < 4 ? ((Stage)stage).ToName() : "Odd",
                ["requestURI"] = request.IsResourceRequest ? "/api/v1/x" : request.Path,
                ["verb"] = request.Verb,
                ["user"] = new JsonObject { ["username"] = request.User ?? "", ["groups"] = new JsonArray([.. request.Groups.Select(g => (JsonNode?)g)]) },
                ["requestReceivedTimestamp"] = "2024-01-01T00:00:00.000000Z",
            };
            if (request.IsResourceRequest)
            {
                e["objectRef"] = new JsonObject
                {
                    ["resource"] = request.Resource, ["namespace"] = request.Namespace, ["apiGroup"] = request.ApiGroup,
                    ["subresource"] = request.Subresource, ["name"] = request.Name,
                };
            }
            if (bodies)
            {
                e["requestObject"] = new JsonObject { ["kind"] = "Thing", ["spec"] = new JsonObject { ["x"] = 1 } };
                e["responseObject"] = new JsonObject { ["kind"] = "Status" };
            }
            return e.ToJsonString();
        });
}
