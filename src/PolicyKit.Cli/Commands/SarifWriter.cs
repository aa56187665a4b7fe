using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using PolicyKit.Diagnostics;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// Findings as SARIF 2.1.0, the format GitHub code scanning uploads: one run, a rule per PK id with its
/// help link, a result per finding at file:line:col, the witness request in the result's properties.
/// </summary>
internal static class SarifWriter
{
    public static string Write(IReadOnlyList<(string File, SourceFinding Finding)> findings)
        => FindingJson.Document(json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, findings.Select(f => f.Finding.Id).Distinct().OrderBy(id => id, System.StringComparer.Ordinal).ToList());
            json.WriteStartArray("results");
            foreach (var (file, f) in findings)
            {
                WriteResult(json, file, f);
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<string> ids)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "policykit");
        json.WriteString("informationUri", "https://github.com/policykit/policykit");
        json.WriteString("semanticVersion", typeof(SarifWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        json.WriteStartArray("rules");
        foreach (var id in ids)
        {
            var rule = DiagnosticCatalog.Find(id);
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule?.Title ?? id);
            json.WriteEndObject();
            if (rule is not null && id.StartsWith("PK", System.StringComparison.Ordinal))
            {
                json.WriteString("helpUri", rule.HelpLink);
            }
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule?.DefaultSeverity ?? Severity.Error));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, string file, SourceFinding f)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", f.Id);
        json.WriteString("level", Level(f.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", f.Path.Length > 0 ? f.Path + ": " + f.Message : f.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", file.Replace('\\', '/'));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", f.Location.Line);
        json.WriteNumber("startColumn", f.Location.Column);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (f.Witness is not null || f.RuleIndex is not null)
        {
            json.WriteStartObject("properties");
            if (f.RuleIndex is { } rule)
            {
                json.WriteNumber("rule", rule);
            }
            RequestJson.Write(json, "witness", f.Witness);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
