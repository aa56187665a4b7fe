using System.Text;
using System.Text.Json.Nodes;
using PolicyKit.Events;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;
using PolicyKit.Events.Replay;
using PolicyKit.Yaml;
using Xunit.Abstractions;

namespace PolicyKit.Tests;

/// <summary>
/// The body size model against reality: the RequestResponse events of tests/fixtures/events/requestresponse, replayed
/// through a RequestResponse policy as logged (measured) and with their bodies stripped to Metadata level (estimated).
/// </summary>
public class BodySizeEstimateTests(ITestOutputHelper output)
{
    private static readonly string Log = Fixtures.Path("events", "requestresponse", "falco-traces.jsonl");

    private static readonly Policy Everything = PolicyYamlReader.Read(
        new MemoryStream("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: RequestResponse\n"u8.ToArray()), KubernetesVersion.Latest).Policy!;

    [Fact]
    public void The_built_in_model_is_the_one_learned_from_the_fixture_log()
    {
        var learned = BodySizeModel.Learn(BodySizeModel.Default.Source, each => EventText.ForEachInFile(Log, each));
        Assert.Equal(learned.Sizes.OrderBy(p => p.Key), BodySizeModel.Default.Sizes.OrderBy(p => p.Key));
    }

    [Fact]
    public void In_sample_the_estimate_is_the_measured_bytes_to_rounding()
    {
        var lines = RequestResponseLines();
        var model = BodySizeModel.Learn("in-sample", each => EventText.ForEach(Encoding.UTF8.GetBytes(string.Join("\n", lines)), each));
        var (measured, estimated) = Compare(lines, model);
        output.WriteLine($"in sample: measured {measured} bytes, estimated {estimated} bytes ({(double)estimated / measured:P1})");
        Assert.InRange(estimated, measured - lines.Count, measured + lines.Count);
    }

    [Fact]
    public void Out_of_sample_the_estimate_is_reported_against_the_measured_bytes()
    {
        // Learned from the even lines, checked on the odd ones: the model has never seen these bodies.
        var lines = RequestResponseLines();
        var train = lines.Where((_, i) => i % 2 == 0).ToList();
        var test = lines.Where((_, i) => i % 2 == 1).ToList();
        var model = BodySizeModel.Learn("even lines", each => EventText.ForEach(Encoding.UTF8.GetBytes(string.Join("\n", train)), each));
        var (measured, estimated) = Compare(test, model);
        output.WriteLine($"out of sample: measured {measured} bytes, estimated {estimated} bytes ({(double)estimated / measured:P1})");
        // Same order of magnitude: an estimate, said to be one; docs/simulate.md gives the numbers.
        Assert.InRange((double)estimated / measured, 0.5, 2.0);
    }

    /// <summary>The RequestResponse events, written as System.Text.Json writes them (as their stripped copies are).</summary>
    private static List<string> RequestResponseLines()
        => File.ReadAllLines(Log).Where(l => l.Contains("\"level\":\"RequestResponse\"", StringComparison.Ordinal))
            .Select(l => JsonNode.Parse(l)!.ToJsonString()).ToList();

    /// <summary>Bytes a RequestResponse policy writes for the lines as logged, and for the lines stripped to Metadata with the model's estimate.</summary>
    private static (long Measured, long Estimated) Compare(List<string> lines, BodySizeModel model)
    {
        var stripped = lines.Select(l =>
        {
            var e = JsonNode.Parse(l)!.AsObject();
            e["level"] = "Metadata";
            e.Remove("requestObject");
            e.Remove("responseObject");
            return e.ToJsonString();
        });
        return (Replay(lines, model).Bytes, Replay(stripped, model).Bytes);
    }

    private static PolicyTally Replay(IEnumerable<string> lines, BodySizeModel model)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
        var (tally, _) = LogReplay.Run([LogInput.Of("log", () => new MemoryStream(bytes))], new EventReadOptions { Workers = 1 },
            [ReplaySide.Evaluated("everything", Everything, KubernetesVersion.Latest)], model);
        return tally.Sides[0];
    }
}
