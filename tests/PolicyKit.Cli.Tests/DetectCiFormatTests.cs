using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using PolicyKit.Detections;

namespace PolicyKit.Tests;

/// <summary>detect --format junit and --format github on the falco traces: the same alerts as the JSON lines, for CI systems.</summary>
public class DetectCiFormatTests
{
    private static readonly string Traces = Fixtures.Path("events", "falco-traces");

    private static List<JsonElement> JsonAlerts()
    {
        var r = CliRunner.Run("detect", Traces);
        return r.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
    }

    [Fact]
    public void Junit_has_a_case_per_rule_failed_by_its_alerts()
    {
        var alerts = JsonAlerts();
        var r = CliRunner.Run("detect", Traces, "--format", "junit");
        Assert.Equal(1, r.ExitCode);
        var cases = XDocument.Parse(r.Out).Descendants("testcase").ToList();
        Assert.Equal(BuiltInDetections.Detections.Select(d => d.Id).Order(StringComparer.Ordinal), cases.Select(c => ((string)c.Attribute("name")!).Split(':')[0]));
        var byRule = alerts.GroupBy(a => a.GetProperty("rule").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        foreach (var c in cases)
        {
            var rule = ((string)c.Attribute("name")!).Split(':')[0];
            var failure = c.Element("failure");
            Assert.Equal(byRule.ContainsKey(rule), failure is not null);
            if (failure is not null)
            {
                Assert.Equal(rule, (string)failure.Attribute("type")!);
                Assert.StartsWith(byRule[rule] + (byRule[rule] == 1 ? " alert [" : " alerts ["), (string)failure.Attribute("message")!);
                Assert.Equal(byRule[rule], failure.Value.Split('\n').Length);
            }
        }
        Assert.Equal(byRule.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)XDocument.Parse(r.Out).Root!.Attribute("failures")!);
    }

    [Fact]
    public void Github_has_an_annotation_per_alert_levelled_by_severity()
    {
        var alerts = JsonAlerts();
        var r = CliRunner.Run("detect", Traces, "--format", "github");
        Assert.Equal(alerts.Count, r.OutLines.Length);
        foreach (var (alert, line) in alerts.Zip(r.OutLines))
        {
            var level = alert.GetProperty("severity").GetString() switch { "high" or "critical" => "error", "medium" => "warning", _ => "notice" };
            Assert.StartsWith($"::{level} title={alert.GetProperty("rule").GetString()}%3A ", line);
            Assert.Contains("(auditID " + alert.GetProperty("auditID").GetString(), line);
        }
    }

    [Fact]
    public void A_name_in_the_log_cannot_forge_a_workflow_command_or_break_the_xml()
    {
        var exec = File.ReadAllText(Path.Combine(Traces, "exec_pod.json"));
        using var doc = JsonDocument.Parse(exec);
        var user = doc.RootElement.GetProperty("user").GetProperty("username").GetString()!;
        var forged = exec.Replace("\"" + user + "\"", "\"" + user + "\\n::error::forged\\u0001\"");
        var input = Encoding.UTF8.GetBytes(forged.ReplaceLineEndings(" ") + "\n");
        var github = CliRunner.RunWithStdin(input, "detect", "-", "--format", "github");
        // exec_pod.json alerts twice (pod-exec, pod-exec-suspicious-command): two lines, the name's newline kept escaped in them.
        Assert.Equal(2, github.OutLines.Length);
        Assert.All(github.OutLines, l => Assert.Matches("^::(warning|error) title=pod-exec", l));
        Assert.All(github.OutLines, l => Assert.Contains("\\n::error::forged\\u0001", l));
        var junit = CliRunner.RunWithStdin(input, "detect", "-", "--format", "junit");
        Assert.Contains("::error::forged", XDocument.Parse(junit.Out).Descendants("failure").First().Value);
    }
}
