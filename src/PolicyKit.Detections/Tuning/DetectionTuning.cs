using System;
using System.Collections.Generic;
using System.Linq;
using PolicyKit.Detection;

namespace PolicyKit.Detections.Tuning;

/// <summary>A tuning mistake (unknown rule, list or field; a bad value), with where it was written ("file:3:7", "--allow").</summary>
public sealed class DetectionTuningException(string message) : Exception(message);

/// <summary>
/// How operators adjust a rule pack without copying rules: exceptions added to rules, entries added to
/// allow-lists, other thresholds and windows for windowed rules, and rules enabled or disabled by id or
/// tag. Read from a file (<see cref="DetectionTuningFile"/>) or built from command-line options; applied
/// to the rules before an engine runs them (<see cref="Apply"/>), so every engine (detect, a service)
/// applies the exceptions itself, compiled and interpreted alike.
/// </summary>
public sealed class DetectionTuning
{
    /// <summary>Exceptions to add, each with the rule id it belongs to and where it was written.</summary>
    public List<(string Rule, DetectionException Exception, string At)> Exceptions { get; } = new();

    public List<(string List, string Value, string At)> Allow { get; } = new();

    /// <summary>New threshold and/or window (seconds) per windowed rule id; null keeps the rule's own.</summary>
    public List<(string Rule, int? Threshold, int? WindowSeconds, string At)> Windows { get; } = new();

    /// <summary>Rule ids or "tag:NAME": when any is given, only those rules run.</summary>
    public List<(string Selector, string At)> Enable { get; } = new();

    /// <summary>Rule ids or "tag:NAME" that do not run.</summary>
    public List<(string Selector, string At)> Disable { get; } = new();

    /// <summary>Adds another tuning's settings after this one's (a file, then the command line).</summary>
    public DetectionTuning Add(DetectionTuning other)
    {
        Exceptions.AddRange(other.Exceptions);
        Allow.AddRange(other.Allow);
        Windows.AddRange(other.Windows);
        Enable.AddRange(other.Enable);
        Disable.AddRange(other.Disable);
        return this;
    }

    /// <summary>The rules as tuned (in their order) and the allow-list additions; throws on any unknown name.</summary>
    public (IReadOnlyList<DetectionRule> Rules, AllowListAdditions Additions) Apply(IReadOnlyList<DetectionRule> rules)
    {
        var ids = rules.Select(r => r.Id).ToList();
        var tags = rules.SelectMany(r => r.Info.Tags).Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToList();
        var lists = rules.SelectMany(r => AllowListUse.Names(r.Info.Condition)).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var tuned = rules.ToDictionary(r => r.Id, r => r.Info, StringComparer.Ordinal);

        foreach (var (rule, exception, at) in Exceptions)
        {
            var info = tuned[Known(rule, ids, "rule", at)];
            if (info.Exceptions.Any(x => x.Name == exception.Name))
            {
                throw new DetectionTuningException($"{at}: rule {rule} already has an exception named \"{exception.Name}\"");
            }
            tuned[rule] = info with { Exceptions = new EquatableArray<DetectionException>(info.Exceptions.Append(exception)) };
        }
        foreach (var (rule, threshold, seconds, at) in Windows)
        {
            var info = tuned[Known(rule, ids, "rule", at)];
            if (info.Window is not { } window)
            {
                throw new DetectionTuningException($"{at}: rule {rule} is not windowed (windowed rules: {string.Join(", ", rules.Where(r => r.Info.Window is not null).Select(r => r.Id))})");
            }
            if (threshold is < 2 || seconds is < 1)
            {
                throw new DetectionTuningException($"{at}: rule {rule}: the threshold must be at least 2 and the window at least 1 second");
            }
            tuned[rule] = info with { Window = window with { Threshold = threshold ?? window.Threshold, WindowSeconds = seconds ?? window.WindowSeconds } };
        }
        var additions = new AllowListAdditions();
        foreach (var (list, value, at) in Allow)
        {
            additions.Add(Known(list, lists, "allow-list", at), value);
        }
        bool Selects(string selector, DetectionInfo info) => selector.StartsWith("tag:", StringComparison.Ordinal)
            ? info.Tags.Contains(selector.Substring(4))
            : info.Id == selector;
        foreach (var (selector, at) in Enable.Concat(Disable))
        {
            if (selector.StartsWith("tag:", StringComparison.Ordinal))
            {
                Known(selector.Substring(4), tags, "tag", at);
            }
            else
            {
                Known(selector, ids, "rule", at);
            }
        }
        var result = rules
            .Where(r => Enable.Count == 0 || Enable.Any(s => Selects(s.Selector, r.Info)))
            .Where(r => !Disable.Any(s => Selects(s.Selector, r.Info)))
            .Select(r => ReferenceEquals(tuned[r.Id], r.Info) ? r : new DetectionRule(tuned[r.Id], r.Compiled))
            .ToList();
        return (result, additions);
    }

    private static string Known(string name, List<string> known, string what, string at)
    {
        if (known.Contains(name))
        {
            return name;
        }
        var suggestion = Text.EditDistance.Suggest(name, known);
        throw new DetectionTuningException($"{at}: no {what} \"{name}\"" + (suggestion is null ? "" : $"; did you mean \"{suggestion}\"?")
            + (known.Count <= 40 ? $" ({what}s: {string.Join(", ", known)})" : ""));
    }
}
