using System.Buffers;
using System.IO;
using System.Text;
using PolicyKit.Cli.Ci;
using PolicyKit.Detection;
using PolicyKit.Detections.Runtime;
using PolicyKit.Text;

namespace PolicyKit.Cli.Detect;

/// <summary>
/// detect --format github: an annotation per alert (high and critical as ::error, medium ::warning, low and info
/// ::notice), titled with the rule. Alerts have no place in a file, so the annotation has none. Control characters
/// from the log are escaped first, as in text output, so a name in a log cannot forge a workflow command.
/// </summary>
internal sealed class GitHubAlertWriter : IAlertOutput
{
    public void Write(DetectionAlert alert, ArrayBufferWriter<byte> output)
    {
        var e = alert.Event;
        var level = alert.Rule.Info.Severity switch
        {
            AlertSeverity.High or AlertSeverity.Critical => "error",
            AlertSeverity.Medium => "warning",
            _ => "notice",
        };
        var line = GitHubAnnotation.Line(level, ControlCharacters.Escape($"{alert.Reason} (auditID {e.AuditId}, {e.Timestamp})"),
            ControlCharacters.Escape($"{alert.Rule.Id}: {alert.Rule.Info.Title}"));
        Encoding.UTF8.GetBytes(line + "\n", output);
    }

    public void Finish(TextWriter output)
    {
    }
}
