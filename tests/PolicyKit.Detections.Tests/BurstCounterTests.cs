using PolicyKit.Detection;
using PolicyKit.Detections;
using PolicyKit.Detections.Runtime;

namespace PolicyKit.Tests;

/// <summary>Windowed rules: the counter's window logic, and the engine counting a windowed rule's matches.</summary>
public class BurstCounterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 11, 9, 0, 0, TimeSpan.Zero);

    private static string At(double seconds) => T0.AddSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'");

    /// <summary>Counts one event per time for the key; returns the indices of the events that alerted.</summary>
    private static List<int> Alerting(BurstCounter counter, string key, IEnumerable<double> seconds)
        => seconds.Select((s, i) => (i, burst: counter.Count(key, At(s)))).Where(x => x.burst is not null).Select(x => x.i).ToList();

    [Fact]
    public void The_event_that_reaches_the_threshold_alerts_once_per_burst()
    {
        var counter = new BurstCounter(new DetectionWindow(3, 60, CountKey.User));
        // Events 0–1 are below the threshold; 2 reaches it; 3–9 (each within a window of the one before) stay quiet.
        Assert.Equal([2], Alerting(counter, "mallory", Enumerable.Range(0, 10).Select(i => i * 20.0)));
    }

    [Fact]
    public void The_burst_carries_key_count_and_window()
    {
        var counter = new BurstCounter(new DetectionWindow(2, 60, CountKey.SourceIP));
        Assert.Null(counter.Count("203.0.113.7", At(0)));
        var burst = counter.Count("203.0.113.7", At(1));
        Assert.Equal(new Burst(CountKey.SourceIP, "203.0.113.7", 2, 60), burst);
        Assert.Equal("2 matching events for source IP 203.0.113.7 within 60 s", burst!.ToString());
    }

    [Fact]
    public void Only_events_within_the_window_count()
    {
        var counter = new BurstCounter(new DetectionWindow(3, 60, CountKey.User));
        // 0, 30, 60: the first has left the window (60 s is not within 60 s) when the third comes; 0..90 step 30 never has 3.
        Assert.Empty(Alerting(counter, "u", [0, 30, 60, 90, 120]));
        Assert.Equal([2], Alerting(counter, "v", [0, 30, 59.9]));
    }

    [Fact]
    public void After_an_alert_the_key_is_quiet_until_its_window_has_emptied()
    {
        var counter = new BurstCounter(new DetectionWindow(2, 60, CountKey.User));
        // Alert at 1; 50 and 100 continue the burst (each within 60 s of the one before); 160 comes after a
        // whole quiet window, so a new count starts there and 161 alerts again.
        Assert.Equal([1, 5], Alerting(counter, "u", [0, 1, 50, 100, 160, 161]));
    }

    [Fact]
    public void Keys_are_counted_apart()
    {
        var counter = new BurstCounter(new DetectionWindow(3, 60, CountKey.User));
        Assert.Null(counter.Count("alice", At(0)));
        Assert.Null(counter.Count("bob", At(1)));
        Assert.Null(counter.Count("alice", At(2)));
        Assert.Null(counter.Count("bob", At(3)));
        Assert.NotNull(counter.Count("alice", At(4)));
        Assert.NotNull(counter.Count("bob", At(5)));
    }

    [Fact]
    public void Missing_or_earlier_timestamps_count_as_now()
    {
        var counter = new BurstCounter(new DetectionWindow(3, 60, CountKey.User));
        Assert.Null(counter.Count("u", At(100)));
        Assert.Null(counter.Count("u", At(10)));
        Assert.NotNull(counter.Count("u", "not a time"));
        var none = new BurstCounter(new DetectionWindow(2, 60, CountKey.User));
        Assert.Null(none.Count("u", ""));
        Assert.NotNull(none.Count("u", ""));
    }

    [Fact]
    public void Idle_keys_are_evicted()
    {
        var counter = new BurstCounter(new DetectionWindow(5, 60, CountKey.SourceIP));
        for (var i = 0; i < 100; i++)
        {
            counter.Count($"10.0.{i}.1", At(0));
        }
        Assert.Equal(100, counter.Keys);
        // A minute later one busy key: the next sweep drops the 100 idle ones.
        for (var i = 0; i < BurstCounter.SweepEvery; i++)
        {
            counter.Count("10.9.9.9", At(61 + i * 0.001));
        }
        Assert.Equal(1, counter.Keys);
    }

    private static string Denied(int i, string user, string[] ips, double seconds)
        => $$"""{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"a{{i}}","stage":"ResponseComplete","requestURI":"/api/v1/pods","verb":"list","user":{"username":"{{user}}"},"sourceIPs":[{{string.Join(",", ips.Select(ip => $"\"{ip}\""))}}],"objectRef":{"resource":"pods","apiVersion":"v1"},"responseStatus":{"metadata":{},"code":403},"requestReceivedTimestamp":"{{At(seconds)}}","stageTimestamp":"{{At(seconds + 0.01)}}"}""";

    [Fact]
    public void The_engine_raises_one_alert_per_burst_with_the_burst()
    {
        var session = new DetectionSession(BuiltInDetections.Detections.Where(r => r.Id == "forbidden-burst"));
        var alerts = new List<(string Rule, string AuditId, Burst? Burst)>();
        for (var i = 0; i < 30; i++)
        {
            session.Process(System.Text.Encoding.UTF8.GetBytes(Denied(i, "mallory", ["10.0.0.1"], i)), a => alerts.Add((a.Rule.Id, a.Event.AuditId, a.Burst)));
        }
        var alert = Assert.Single(alerts);
        Assert.Equal(("forbidden-burst", "a19", new Burst(CountKey.User, "mallory", 20, 60)), alert);
    }

    [Fact]
    public void Source_addresses_are_counted_by_the_last_one()
    {
        // Made-up X-Forwarded-For entries come first; the connection's address is last.
        var lines = Enumerable.Range(0, 20).Select(i => Denied(i, "system:anonymous", [$"192.0.2.{i}", "203.0.113.7"], i));
        Assert.Equal(["anonymous-forbidden-burst"], RuleTesting.AlertsOnJson(BuiltInDetections.Detections, string.Join("\n", lines)));
    }

    [Fact]
    public void A_response_code_the_rule_names_is_a_necessary_literal()
    {
        var rule = BuiltInDetections.Detections.Single(r => r.Id == "failed-authentication-burst");
        Assert.Equal(["401"], DetectionLiterals.Necessary(rule.Info.Condition));
    }
}
