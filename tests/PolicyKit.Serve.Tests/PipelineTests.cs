using System.Net;
using System.Text.Json;
using PolicyKit.Detections;
using PolicyKit.Serve.Pipeline;
using PolicyKit.Serve.Tests.Support;
using PolicyKit.Tests;
using PolicyKit.Yaml;

namespace PolicyKit.Serve.Tests;

public sealed class PipelineTests
{
    [Fact]
    public async Task A_resent_batch_is_written_once_also_after_a_restart()
    {
        var directory = RunningServer.TempDirectory();
        var first = AuditBatches.EventList(AuditBatches.ImmudbEvents.Take(300), "first");
        var second = AuditBatches.EventList(AuditBatches.ImmudbEvents.Skip(300).Take(300), "second");
        var options = RunningServer.DefaultOptions(directory);
        var server = await RunningServer.StartAsync(options, directory);
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync(first)).StatusCode);
        await server.DrainedAsync();
        Assert.Equal(300, server.Server.Metrics.Duplicates.Value);
        await server.StopAsync();

        // The client did not get the acknowledgement of `first` and sends it again to the restarted server.
        await using var restarted = await RunningServer.StartAsync(options, directory);
        Assert.Equal(HttpStatusCode.OK, (await restarted.PostAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await restarted.PostAsync(second)).StatusCode);
        await restarted.DrainedAsync();
        var keys = OutputKeys.Count(restarted.OutputLines("events"));
        Assert.Equal(600, keys.Count);
        Assert.All(keys.Values, n => Assert.Equal(1, n));
        Assert.Equal(300, restarted.Server.Metrics.Duplicates.Value);
    }

    [Fact]
    public async Task Output_written_after_the_last_commit_is_cut_off_and_written_again_once()
    {
        var directory = RunningServer.TempDirectory();
        var options = RunningServer.DefaultOptions(directory);
        var server = await RunningServer.StartAsync(options, directory);
        await server.PostAsync(AuditBatches.EventList(AuditBatches.FalcoEvents, "a"));
        await server.DrainedAsync();
        await server.StopAsync();
        // A crash between writing output and committing: the output has lines the cursor does not cover,
        // and the journal has the record they came from after the cursor.
        var cursor = PipelineCursor.Load(options.Pipeline.OutputDirectory)!;
        var alertsPath = Sinks.RotatedJsonLines.PathOf(options.Pipeline.OutputDirectory, "alerts", 1);
        var committedAlerts = File.ReadAllText(alertsPath);
        File.AppendAllText(alertsPath, "{\"partial\":");
        var journal = Journal.SegmentedJournal.Open(options.Journal);
        await journal.AppendAsync(AuditBatches.EventList([AuditBatches.FalcoEvent("exec_pod.json")], "late"), 1);
        journal.Dispose();

        await using var restarted = await RunningServer.StartAsync(options, directory);
        await restarted.DrainedAsync();
        var alerts = restarted.OutputLines("alerts");
        Assert.StartsWith(committedAlerts, string.Join("\n", alerts) + "\n");
        Assert.DoesNotContain(alerts, a => a.Contains("partial", StringComparison.Ordinal));
        Assert.Equal(2, alerts.Count(a => a.Contains("late-000000", StringComparison.Ordinal)));
        Assert.True(cursor.Position < restarted.Server.Pipeline.Committed.Position);
    }

    [Fact]
    public async Task Windowed_rules_keep_counting_across_a_restart()
    {
        // forbidden-burst: 20 denied requests of one user within 60 s. 12 before the restart, 8 after: one alert.
        var denied = File.ReadLines(Fixtures.Path("events", "detections", "forbidden-burst.positive.jsonl"))
            .Select(l => (System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(l)!).ToList();
        Assert.True(denied.Count >= 20);
        var directory = RunningServer.TempDirectory();
        var options = RunningServer.DefaultOptions(directory);
        var server = await RunningServer.StartAsync(options, directory);
        await server.PostAsync(AuditBatches.EventList(denied.Take(12)));
        await server.DrainedAsync();
        await server.StopAsync();
        await using var restarted = await RunningServer.StartAsync(options, directory);
        await restarted.PostAsync(AuditBatches.EventList(denied.Skip(12).Take(8)));
        await restarted.DrainedAsync();
        Assert.Single(restarted.OutputLines("alerts"), a => a.Contains("\"rule\":\"forbidden-burst\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_policy_filters_what_is_written_as_policykit_filter_does()
    {
        var document = PolicyYamlReader.ReadFile(Fixtures.Policy("gke-gce-default.yaml"));
        var evaluator = new PolicyEvaluator(document.Policy!, KubernetesVersion.Latest);
        var rules = new ServeRules(BuiltInDetections.Detections, new PolicyKit.Detection.AllowListAdditions(), r => evaluator.Evaluate(r));
        await using var server = await RunningServer.StartAsync(o => o with { Pipeline = o.Pipeline with { WriteEvents = false } }, rules);
        var events = AuditBatches.ImmudbEvents.Take(500).ToList();
        await server.PostAsync(AuditBatches.EventList(events));
        await server.DrainedAsync();
        var written = server.OutputLines("events");
        var expected = new List<string>();
        var filter = new PolicyKit.Events.Filtering.EventFilter();
        var e = new PolicyKit.Events.Utf8AuditEvent();
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        foreach (var item in events)
        {
            Assert.Null(e.Load(System.Text.Encoding.UTF8.GetBytes(item.ToJsonString())));
            filter.Apply(e, evaluator.Evaluate(e.ToRequest()), output);
        }
        expected.AddRange(System.Text.Encoding.UTF8.GetString(output.WrittenSpan).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.InRange(written.Count, 1, events.Count - 1);
        Assert.Equal(expected, written);
    }

    [Fact]
    public async Task Output_files_rotate_and_each_line_is_whole()
    {
        await using var server = await RunningServer.StartAsync(o => o with { Pipeline = o.Pipeline with { RotateBytes = 64 << 10, KeepFiles = 100, CommitRecords = 1 } });
        for (var i = 0; i < 10; i++)
        {
            await server.PostAsync(AuditBatches.EventList(AuditBatches.ImmudbEvents.Skip(i * 100).Take(100), $"r{i}"));
        }
        await server.DrainedAsync();
        Assert.True(Sinks.RotatedJsonLines.Files(server.OutputDirectory, "events").Count > 3);
        var lines = server.OutputLines("events");
        Assert.Equal(1000, lines.Count);
        Assert.All(lines, l => JsonDocument.Parse(l).Dispose());
    }
}
