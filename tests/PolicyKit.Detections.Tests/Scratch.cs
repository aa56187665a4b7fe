using PolicyKit.Detections;
using PolicyKit.Detections.Runtime;
using Xunit.Abstractions;

namespace PolicyKit.Tests;

public class Scratch(ITestOutputHelper output)
{
    [Fact]
    public void Print()
    {
        foreach (var r in BuiltInDetections.Detections)
        {
            output.WriteLine($"{r.Id} {r.Info.Stage} {r.Info.NeededLevel} R={string.Join(",", r.Info.Requirements.Resources)} S={string.Join(",", r.Info.Requirements.Subresources)} V={string.Join(",", r.Info.Requirements.Verbs)}");
        }
        foreach (var f in Directory.GetFiles(Fixtures.Path("events", "falco-traces")).Order())
        {
            try { output.WriteLine(Path.GetFileName(f) + ": " + string.Join(",", RuleTesting.Alerts(BuiltInDetections.Detections, f))); }
            catch (Exception ex) { output.WriteLine(Path.GetFileName(f) + ": EX " + ex.Message); }
        }
        var counts = RuleTesting.Alerts(BuiltInDetections.Detections, Fixtures.Path("events", "immudb", "k8s-metadata.jsonl")).GroupBy(x => x);
        foreach (var g in counts) output.WriteLine("immudb " + g.Key + " " + g.Count());
    }
}
