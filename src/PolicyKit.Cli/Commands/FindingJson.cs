using System.Collections.Generic;
using System.Text.Json;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Commands;

/// <summary>Writes findings as the JSON array every diagnostics command prints with --format json.</summary>
internal static class FindingJson
{
    public static string Write(IEnumerable<(string File, SourceFinding Finding)> findings)
    {
        using var buffer = new System.IO.MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var (file, f) in findings)
            {
                json.WriteStartObject();
                json.WriteString("id", f.Id);
                json.WriteString("severity", SeverityName(f.Severity));
                json.WriteString("message", f.Message);
                json.WriteString("file", file);
                json.WriteNumber("line", f.Location.Line);
                json.WriteNumber("column", f.Location.Column);
                json.WriteString("path", f.Path);
                if (f.RuleIndex is { } rule)
                {
                    json.WriteNumber("rule", rule);
                }
                else
                {
                    json.WriteNull("rule");
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
