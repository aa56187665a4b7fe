using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyKit.Tests;

/// <summary>
/// YAML as gcloud prints a LogEntry, as the JSON it stands for (gcloud --format json prints the same entry):
/// plain scalars that are numbers, booleans or null are typed, quoted ones are strings.
/// </summary>
internal static class GcloudYaml
{
    public static JsonNode? ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, Convert(p.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(Convert).ToArray()),
        YamlScalarNode s when s.Style is ScalarStyle.Plain => Plain(s.Value ?? ""),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => null,
    };

    private static JsonNode? Plain(string text)
    {
        if (text is "null" or "~" or "")
        {
            return null;
        }
        if (text is "true" or "false")
        {
            return JsonValue.Create(text == "true");
        }
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            return JsonValue.Create(n);
        }
        return JsonValue.Create(text);
    }
}
