using System.Text;
using PolicyKit.Serve.Receiving;

namespace PolicyKit.Serve.Tests;

public sealed class EventListCheckTests
{
    private static (int Events, string? Problem) Check(string json, int maxEvents = 100, int maxDepth = 64)
        => EventListCheck.Check(Encoding.UTF8.GetBytes(json), maxEvents, maxDepth);

    [Fact]
    public void A_webhook_EventList_is_accepted_with_its_event_count()
    {
        Assert.Equal((2, null), Check("""{"kind":"EventList","apiVersion":"audit.k8s.io/v1","metadata":{},"items":[{"auditID":"a"},{"auditID":"b"}]}"""));
        Assert.Equal((0, null), Check("""{"kind":"EventList","apiVersion":"audit.k8s.io/v1","metadata":{},"items":null}"""));
        Assert.Equal((0, null), Check("""{"kind":"EventList","apiVersion":"audit.k8s.io/v1","items":[]}"""));
    }

    [Theory]
    [InlineData("""{"kind":"Event","apiVersion":"audit.k8s.io/v1","items":[]}""", "kind is \"Event\", an EventList is expected")]
    [InlineData("""{"apiVersion":"audit.k8s.io/v1","items":[]}""", "no kind")]
    [InlineData("""{"kind":"EventList","apiVersion":"audit.k8s.io/v1beta1","items":[]}""", "apiVersion is \"audit.k8s.io/v1beta1\"")]
    [InlineData("""{"kind":"EventList","apiVersion":"audit.k8s.io/v1","items":{}}""", "items is StartObject")]
    [InlineData("""{"kind":"EventList","apiVersion":"audit.k8s.io/v1","items":[{},3]}""", "items[1] is Number")]
    [InlineData("""[{"kind":"EventList"}]""", "not a JSON object")]
    [InlineData("""{"kind":"EventList","apiVersion":"audit.k8s.io/v1","items":[{}]} {}""", "invalid after a single JSON value")]
    [InlineData("""{"kind":"EventList","apiVersion":"audit.k8s.io/v1","items":[{"a":}]}""", "not valid JSON")]
    [InlineData("""{"kind":"EventList","apiVersion":"audit.k8s.io/v1","items":[{"a":1}""", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    public void Anything_else_is_refused_with_the_reason(string json, string reason)
    {
        var (events, problem) = Check(json);
        Assert.Equal(0, events);
        Assert.NotNull(problem);
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void Too_many_events_and_too_deep_nesting_are_refused()
    {
        var items = string.Join(",", Enumerable.Repeat("{}", 101));
        Assert.Contains("more than 100 events", Check($$"""{"kind":"EventList","apiVersion":"audit.k8s.io/v1","items":[{{items}}]}""").Problem);
        var deep = new string('[', 100) + new string(']', 100);
        Assert.Contains("depth", Check($$"""{"kind":"EventList","apiVersion":"audit.k8s.io/v1","items":[{"requestObject":{{deep}}}]}""").Problem);
    }

    [Fact]
    public void Text_that_is_not_UTF8_is_refused_not_thrown()
    {
        var body = Encoding.UTF8.GetBytes("""{"kind":"EventList","apiVersion":"aud#t.k8s.io/v1","items":[]}""");
        body[Array.IndexOf(body, (byte)'#')] = 0xf5;
        Assert.Contains("apiVersion is \"(not UTF-8)\"", EventListCheck.Check(body, 10, 32).Problem);
    }

    [Fact]
    public void No_input_throws()
        => Gen.Byte.Array[0, 300].Sample(bytes => EventListCheck.Check(bytes, 10, 32), iter: 5000);
}
