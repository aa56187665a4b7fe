using System.Text;
using PolicyKit.Detection;
using PolicyKit.Detections;
using PolicyKit.Detections.Runtime;
using PolicyKit.Events;

namespace PolicyKit.Tests;

/// <summary>The pieces under the engine: string tests, query decoding, the event reader, literals, allow-lists.</summary>
public class EngineUnitTests
{
    [Theory]
    [InlineData("system:node:n1", "system:node:*", true)]
    [InlineData("system:node:", "system:node:*", true)]
    [InlineData("system:nodes", "system:node:*", false)]
    [InlineData("abc", "a?c", true)]
    [InlineData("ac", "a?c", false)]
    [InlineData("aXbYc", "*b*c", true)]
    public void Glob(string text, string pattern, bool expected) => Assert.Equal(expected, TextMatching.Glob(text, pattern));

    [Theory]
    [InlineData("/etc", "/etc", true)]
    [InlineData("/etc/", "/etc", true)]
    [InlineData("/etc/kubernetes/pki", "/etc", true)]
    [InlineData("/etcd", "/etc", false)]
    [InlineData("/anything", "/", true)]
    [InlineData("relative", "/", false)]
    [InlineData("//etc", "/etc", true)]
    [InlineData("/./etc/shadow", "/etc", true)]
    [InlineData("/var/log/../../etc", "/etc", true)]
    [InlineData("/var//run/containerd/containerd.sock", "/var/run", true)]
    [InlineData("/../../", "/", true)]
    [InlineData("/data/../datab", "/data", false)]
    [InlineData("/var/lib/kubelet/", "/var/lib/kubelet/", true)]
    public void IsUnder(string path, string dir, bool expected) => Assert.Equal(expected, TextMatching.IsUnder(path, dir));

    [Fact]
    public void Query_values_are_decoded_and_repeat()
    {
        var uri = "/api/v1/namespaces/a/pods/b/exec?command=%2Fbin%2Fsh&command=-c&command=curl+http%3A%2F%2Fx&stdin=true";
        Assert.Equal(["/bin/sh", "-c", "curl http://x"], QueryString.Values(uri, "command"));
        Assert.Empty(QueryString.Values("/healthz", "command"));
        Assert.Equal("/api/v1/namespaces/a/pods/b/exec", QueryString.PathOf(uri));
    }

    [Fact]
    public void The_event_reader_takes_v1beta1_escapes_and_lazy_fields()
    {
        var e = new Utf8AuditEvent();
        var json = """{"kind":"Event","apiVersion":"audit.k8s.io/v1beta1","timestamp":"2017-09-11T20:29:04Z","auditID":"a","stage":"ResponseComplete","verb":"get","user":{"username":"sy\u0073tem:admin","groups":["g1","g2"]},"impersonatedUser":{"username":"alice","groups":["dev"]},"objectRef":{"resource":"secrets","namespace":"ns","name":"n\"x"},"responseStatus":{"code":403},"annotations":{"k":"v"}}""";
        Assert.Null(e.Load(Encoding.UTF8.GetBytes(json)));
        Assert.Equal("system:admin", e.Username);
        Assert.Equal("n\"x", e.Name);
        Assert.Equal(["g1", "g2"], e.GetList(EventField.Groups));
        Assert.Equal("alice", e.Get(EventField.ImpersonatedUsername));
        Assert.Equal(["dev"], e.GetList(EventField.ImpersonatedGroups));
        Assert.Equal(403, e.ResponseCode);
        Assert.Equal("v", e.Get(EventField.Annotation, "k"));
        Assert.Equal("2017-09-11T20:29:04Z", e.Timestamp);
        Assert.Equal(PolicyKit.Stage.ResponseComplete, e.Stage);
        Assert.Null(e.Body(BodyRoot.RequestObject));
    }

    [Theory]
    [InlineData("""{"kind":"Pod"}""", "kind is \"Pod\"")]
    [InlineData("""{"apiVersion":"v1","auditID":"x"}""", "apiVersion is \"v1\"")]
    [InlineData("""{"verb":"get"}""", "no kind and no auditID")]
    [InlineData("""{"kind":"Event"} {"kind":"Event"}""", "")]
    [InlineData("""[1]""", "a list, not an object")]
    [InlineData("""{"kind":null}""", "\"kind\" is null, not a string")]
    [InlineData("""5""", "a number, not an object")]
    public void Values_that_are_no_event_say_why(string json, string why)
        => Assert.Contains(why, new Utf8AuditEvent().Load(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Necessary_literals_of_the_pack()
    {
        string[]? Of(string id) => DetectionLiterals.Necessary(BuiltInDetections.Detections.Single(r => r.Id == id).Info.Condition)?.ToArray();
        Assert.Equal(["system:anonymous", "system:unauthenticated"], Of("anonymous-allowed")!);
        Assert.Equal(["\"impersonatedUser\""], Of("impersonate-privileged")!);
        // Decoded query values are no literal; the index already holds resource, subresource and verb.
        Assert.Null(Of("pod-exec-suspicious-command"));
        Assert.Null(Of("pod-exec"));
    }

    [Fact]
    public void Allow_list_additions_reach_compiled_and_interpreted_rules()
    {
        var json = """{"kind":"Event","auditID":"x","stage":"ResponseComplete","verb":"get","user":{"username":"velero"},"objectRef":{"resource":"secrets","namespace":"a","name":"b"},"responseStatus":{"code":200}}""";
        Assert.True(RuleTesting.FiresOnJson(BuiltInDetections.Detections, "secret-read-unexpected", json));
        var additions = new AllowListAdditions().Add("secret-readers", "velero");
        Assert.False(RuleTesting.FiresOnJson(BuiltInDetections.Detections, "secret-read-unexpected", json, additions));
        // Additions belong to the engine that was given them, not to the process.
        Assert.True(RuleTesting.FiresOnJson(BuiltInDetections.Detections, "secret-read-unexpected", json));
    }
}
