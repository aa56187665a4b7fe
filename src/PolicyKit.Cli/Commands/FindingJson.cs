using System.Collections.Generic;
using System.Text.Json;
using PolicyKit.Diagnostics;
using PolicyKit.Validation;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Commands;

/// <summary>Writes findings as the JSON array every diagnostics command prints with --format json.</summary>
internal static class FindingJson
{
    public static string Write(IEnumerable<(string File, SourceFinding Finding)> findings)
        => Document(json =>
        {
            json.WriteStartArray();
            foreach (var (file, f) in findings)
            {
                json.WriteStartObject();
                WriteFields(json, file, f);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });

    /// <summary>lint's findings: the fields above, then the fingerprint and the suppression (null when shown).</summary>
    public static string Write(IEnumerable<Lint.LintedFinding> findings)
        => Document(json =>
        {
            json.WriteStartArray();
            foreach (var f in findings)
            {
                json.WriteStartObject();
                WriteFields(json, f.File, f.Finding);
                json.WriteString("fingerprint", f.Fingerprint);
                if (f.Suppression is { } s)
                {
                    json.WriteStartObject("suppressed");
                    json.WriteString("kind", s.Kind == Lint.SuppressionKind.InSource ? "inSource" : "external");
                    json.WriteString("justification", s.Justification);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("suppressed");
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });

    private static void WriteFields(Utf8JsonWriter json, string file, SourceFinding f)
    {
        json.WriteString("id", f.Id);
        json.WriteString("severity", SeverityName(f.Severity));
        json.WriteString("title", DiagnosticCatalog.Find(f.Id)?.Title ?? f.Id);
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
        RequestJson.Write(json, "witness", f.Witness);
    }

    /// <summary>An indented JSON document written by <paramref name="write"/>, as text.</summary>
    public static string Document(System.Action<Utf8JsonWriter> write)
    {
        using var buffer = new System.IO.MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary><c>1 rule</c>, <c>2 rules</c>: the counts of the text summaries.</summary>
    public static string Plural(long n, string word) => n + " " + word + (n == 1 ? "" : "s");

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
