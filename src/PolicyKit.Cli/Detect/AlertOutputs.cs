using PolicyKit.Detections.Runtime;

namespace PolicyKit.Cli.Detect;

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
