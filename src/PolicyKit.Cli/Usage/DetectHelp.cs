using System;
using System.CommandLine;
using System.Linq;
using PolicyKit.Detection;
using PolicyKit.Detections;

namespace PolicyKit.Cli.Usage;

/// <summary><c>detect --help</c>: the built-in rules and the allow-lists --allow can add to, read from the pack itself.</summary>
internal static class DetectHelp
{
    public static void AddTo(Command command)
    {
        CommandHelp.AddSection(command, "Built-in rules (without --rules)", () =>
        {
            var rules = BuiltInDetections.Detections;
            var width = rules.Max(r => r.Id.Length);
            return rules.OrderBy(r => r.Id, StringComparer.Ordinal)
                .Select(r => $"{r.Id.PadRight(width)}  {r.Info.Severity.ToString().ToLowerInvariant(),-8}  {r.Info.Title}");
        });
        CommandHelp.AddSection(command, "Allow-lists of the built-in rules (--allow LIST=VALUE)", () =>
            BuiltInDetections.Detections
                .SelectMany(r => AllowListUse.Names(r.Info.Condition).Select(list => (List: list, Rule: r.Id)))
                .GroupBy(p => p.List, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key}: used by {string.Join(", ", g.Select(p => p.Rule).Distinct().OrderBy(id => id, StringComparer.Ordinal))}"));
    }
}
