using PolicyKit.Detections;
using PolicyKit.Detections.Runtime;

namespace PolicyKit.Tests;

/// <summary>
/// Every rule of the built-in pack against its own positive and negative fixtures
/// (tests/fixtures/events/detections/RULE.positive.jsonl and RULE.negative.jsonl): each positive event
/// raises the rule's alert, no negative event does. RuleTesting also holds compiled == interpreted.
/// A windowed rule's fixtures are sequences: the positive one is bursts of Threshold to 2×Threshold−1
/// events, a quiet window apart, each raising exactly one alert; the negative one is near misses (one
/// event short, spread beyond the window, split over keys, events the rule does not count).
/// </summary>
public class PackFixtureTests
{
    private static string Fixture(string rule, string kind) => Fixtures.Path("events", "detections", $"{rule}.{kind}.jsonl");

    public static TheoryData<string> Rules() => new(BuiltInDetections.Detections.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_positive_event_raises_the_alert(string rule)
    {
        var events = CountEvents(Fixture(rule, "positive"));
        Assert.True(events > 0, $"{rule} has no positive fixture");
        var alerts = RuleTesting.Alerts(BuiltInDetections.Detections.Where(r => r.Id == rule), Fixture(rule, "positive"));
        var window = BuiltInDetections.Detections.Single(r => r.Id == rule).Info.Window;
        Assert.Equal(window is null ? events : events / window.Threshold, alerts.Count);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void No_negative_event_raises_the_alert(string rule)
    {
        Assert.True(CountEvents(Fixture(rule, "negative")) > 0, $"{rule} has no negative fixture");
        Assert.False(RuleTesting.Fires(BuiltInDetections.Detections, rule, Fixture(rule, "negative")));
    }

    [Fact]
    public void The_pack_covers_the_scenarios_with_unique_ids()
    {
        var ids = BuiltInDetections.Detections.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(ids.Count >= 24);
        Assert.All(BuiltInDetections.Detections, r => Assert.Matches(@"^T\d{4}(\.\d{3})?$", r.Info.Mitre));
    }

    private static int CountEvents(string path)
    {
        var n = 0;
        Assert.Empty(PolicyKit.Events.Reading.EventText.ForEachInFile(path, _ => n++));
        return n;
    }
}
