using System.Buffers;
using System.IO;
using PolicyKit.Detections.Runtime;

namespace PolicyKit.Cli.Detect;

/// <summary>How detect writes its alerts: a line per alert as they come (JSON, text, GitHub annotations) or a report at the end (JUnit).</summary>
internal interface IAlertOutput
{
    /// <summary>Called in log order; appends the alert's line (UTF-8), if any, to <paramref name="output"/>.</summary>
    void Write(DetectionAlert alert, ArrayBufferWriter<byte> output);

    /// <summary>Called once, after the last alert: what a report format writes at the end.</summary>
    void Finish(TextWriter output);
}

/// <summary>The output of each --format of detect.</summary>
internal static class AlertOutputs
{
    public static readonly string[] Formats = ["json", "text", "junit", "github"];

    public static IAlertOutput Create(string format, System.Collections.Generic.IReadOnlyList<DetectionRule> rules) => format switch
    {
        "junit" => new JUnitAlertWriter(rules),
        "github" => new GitHubAlertWriter(),
        _ => new AlertWriter(format == "json"),
    };
}
