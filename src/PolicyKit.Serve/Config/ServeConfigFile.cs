using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyKit.Serve.Config;

/// <summary>
/// The serve config file (YAML, or JSON, which YAML reads too): a mapping of flag names without their dashes to
/// values, e.g. <c>insecure-listen: 127.0.0.1:8080</c>, <c>write-events: true</c>, <c>allow: [secret-readers=velero]</c>.
/// It becomes command-line tokens for the flags not given on the command line, so flags override the file and
/// the file is checked exactly as flags are.
/// </summary>
public static class ServeConfigFile
{
    /// <summary>The tokens for the file's settings whose flag is not among <paramref name="given"/>.</summary>
    public static List<string> Tokens(string path, ISet<string> given)
    {
        YamlStream yaml = new();
        try
        {
            using var reader = new StreamReader(path);
            yaml.Load(reader);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ServeConfigurationException($"--config {path}: cannot read: {ex.Message}");
        }
        catch (YamlException ex)
        {
            throw new ServeConfigurationException($"--config {path}:{ex.Start.Line}:{ex.Start.Column}: {ex.Message}");
        }
        var tokens = new List<string>();
        if (yaml.Documents.Count == 0)
        {
            return tokens;
        }
        if (yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ServeConfigurationException($"--config {path}: a mapping of settings is expected (flag names without --)");
        }
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var at = $"--config {path}:{keyNode.Start.Line}:{keyNode.Start.Column}";
            if (key is "" or "config" || key.StartsWith('-'))
            {
                throw new ServeConfigurationException($"{at}: \"{key}\" is not a setting (flag names without --, e.g. insecure-listen)");
            }
            if (given.Contains("--" + key))
            {
                continue;
            }
            foreach (var item in Values(value, at))
            {
                if (item == "true")
                {
                    tokens.Add("--" + key);
                }
                else if (item != "false")
                {
                    tokens.Add("--" + key);
                    tokens.Add(item);
                }
            }
        }
        return tokens;
    }

    private static IEnumerable<string> Values(YamlNode node, string at) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? ""],
        YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode) => list.Children.Select(c => ((YamlScalarNode)c).Value ?? ""),
        _ => throw new ServeConfigurationException($"{at}: a value or a list of values is expected"),
    };
}
