using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PolicyKit.Detection;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyKit.Detections.Tuning;

/// <summary>
/// Reads a tuning file (docs/detections.md, "Tuning file"): <c>exceptions</c>, <c>allow</c>, <c>windows</c>,
/// <c>enable</c>, <c>disable</c>. Every mistake is an error at its file:line:col, with "did you mean" for
/// misspelt keys; rule ids and list names are checked against the rules when the tuning is applied.
/// </summary>
public static class DetectionTuningFile
{
    /// <summary>The largest file read (a tuning file is a few kilobytes).</summary>
    public const long MaxBytes = 1024 * 1024;

    private static readonly string[] TopKeys = ["exceptions", "allow", "windows", "enable", "disable"];
    private static readonly string[] WindowKeys = ["threshold", "windowSeconds"];

    public static DetectionTuning Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new DetectionTuningException($"{path}: no such file");
        }
        if (info.Length > MaxBytes)
        {
            throw new DetectionTuningException($"{path}: {info.Length:N0} bytes; a tuning file may hold at most {MaxBytes:N0}");
        }
        return Parse(File.ReadAllText(path), path);
    }

    public static DetectionTuning Parse(string text, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new DetectionTuningException($"{file}:{e.Start.Line}:{e.Start.Column}: not YAML: {e.InnerException?.Message ?? e.Message}");
        }
        var tuning = new DetectionTuning();
        if (stream.Documents.Count == 0)
        {
            return tuning;
        }
        if (stream.Documents.Count > 1)
        {
            throw new DetectionTuningException($"{At(file, stream.Documents[1].RootNode)}: a tuning file holds one YAML document");
        }
        var root = Mapping(stream.Documents[0].RootNode, file, "the file");
        foreach (var (key, value) in Entries(root, file, TopKeys))
        {
            switch (key)
            {
                case "exceptions":
                    foreach (var item in Sequence(value, file, "exceptions").Children)
                    {
                        ReadException(item, file, tuning);
                    }
                    break;
                case "allow":
                    foreach (var (list, values) in Entries(Mapping(value, file, "allow"), file, null))
                    {
                        foreach (var v in Strings(values, file, "allow." + list))
                        {
                            tuning.Allow.Add((list, v.Text, v.At));
                        }
                    }
                    break;
                case "windows":
                    foreach (var (rule, settings) in Entries(Mapping(value, file, "windows"), file, null))
                    {
                        int? threshold = null, seconds = null;
                        foreach (var (k, v) in Entries(Mapping(settings, file, "windows." + rule), file, WindowKeys))
                        {
                            var n = Integer(v, file, $"windows.{rule}.{k}");
                            if (k == "threshold")
                            {
                                threshold = n;
                            }
                            else
                            {
                                seconds = n;
                            }
                        }
                        tuning.Windows.Add((rule, threshold, seconds, At(file, settings)));
                    }
                    break;
                default:
                    var selectors = key == "enable" ? tuning.Enable : tuning.Disable;
                    selectors.AddRange(Strings(value, file, key).Select(s => (s.Text, s.At)));
                    break;
            }
        }
        return tuning;
    }

    private static void ReadException(YamlNode item, string file, DetectionTuning tuning)
    {
        var map = Mapping(item, file, "an exception");
        string? rule = null, name = null;
        var conditions = new List<ExceptionCondition>();
        var keys = new[] { "rule", "name" }.Concat(ExceptionFields.All.Select(f => f.Key)).Distinct().ToArray();
        foreach (var (key, value) in Entries(map, file, keys))
        {
            if (key is "rule" or "name")
            {
                var text = Scalar(value, file, key);
                if (key == "rule")
                {
                    rule = text;
                }
                else
                {
                    name = text;
                }
                continue;
            }
            var field = ExceptionFields.Parse(key)!.Value;
            var values = Strings(value, file, key);
            foreach (var v in values)
            {
                if (ExceptionFields.Problem(field, v.Text) is { } problem)
                {
                    throw new DetectionTuningException($"{v.At}: {key}: {problem}");
                }
            }
            conditions.Add(new ExceptionCondition(field, new EquatableArray<string>(values.Select(v => v.Text))));
        }
        var at = At(file, item);
        if (rule is null || name is null)
        {
            throw new DetectionTuningException($"{at}: an exception needs a rule and a name");
        }
        if (conditions.Count == 0)
        {
            throw new DetectionTuningException($"{at}: exception \"{name}\" sets no field ({string.Join(", ", ExceptionFields.All.Select(f => f.Key))}): it would drop every alert of {rule}");
        }
        tuning.Exceptions.Add((rule, new DetectionException(name, new EquatableArray<ExceptionCondition>(conditions)), at));
    }

    private static string At(string file, YamlNode node) => $"{file}:{node.Start.Line}:{node.Start.Column}";

    private static YamlMappingNode Mapping(YamlNode node, string file, string what)
        => node as YamlMappingNode ?? throw new DetectionTuningException($"{At(file, node)}: {what} must be a mapping (key: value)");

    private static YamlSequenceNode Sequence(YamlNode node, string file, string what)
        => node as YamlSequenceNode ?? throw new DetectionTuningException($"{At(file, node)}: {what} must be a list");

    private static string Scalar(YamlNode node, string file, string what)
        => node is YamlScalarNode { Value: { Length: > 0 } text } ? text : throw new DetectionTuningException($"{At(file, node)}: {what} must be a non-empty string");

    private static int Integer(YamlNode node, string file, string what)
        => int.TryParse(Scalar(node, file, what), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n : throw new DetectionTuningException($"{At(file, node)}: {what} must be a whole number");

    /// <summary>A string or a list of strings.</summary>
    private static List<(string Text, string At)> Strings(YamlNode node, string file, string what)
    {
        if (node is YamlScalarNode)
        {
            return [(Scalar(node, file, what), At(file, node))];
        }
        return Sequence(node, file, what).Children.Select(c => (Scalar(c, file, what), At(file, c))).ToList();
    }

    /// <summary>The entries in order; a key outside <paramref name="allowed"/> (when given) or given twice is an error.</summary>
    private static IEnumerable<(string Key, YamlNode Value)> Entries(YamlMappingNode map, string file, string[]? allowed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in map.Children)
        {
            var key = Scalar(pair.Key, file, "a key");
            if (allowed is not null && !allowed.Contains(key))
            {
                var suggestion = Text.EditDistance.Suggest(key, allowed);
                throw new DetectionTuningException($"{At(file, pair.Key)}: unknown key \"{key}\"" + (suggestion is null ? "" : $"; did you mean \"{suggestion}\"?")
                    + $" (keys: {string.Join(", ", allowed)})");
            }
            if (!seen.Add(key))
            {
                throw new DetectionTuningException($"{At(file, pair.Key)}: \"{key}\" is given twice");
            }
            yield return (key, pair.Value);
        }
    }
}
