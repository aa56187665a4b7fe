using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using PolicyKit.Cli.Commands;
using PolicyKit.Cli.IO;
using PolicyKit.Cli.Lint;
using PolicyKit.Diagnostics;
using PolicyKit.Validation;

namespace PolicyKit.Cli.Sarif;

/// <summary>A file that could not be read, for SARIF's toolExecutionNotifications.</summary>
internal sealed record ToolNotification(string File, string Message);

/// <summary>
/// Findings as SARIF 2.1.0, the format GitHub code scanning uploads: one run; a rule per id with its title, the
/// first paragraph of its page, the page itself as help and its link; a result per finding with its rule index,
/// a URI relative to %SRCROOT%, a fingerprint that survives moved lines, suppressions, and the witness request
/// in its properties; the invocation with its exit code and the files it could not read.
/// </summary>
internal static class SarifWriter
{
    public const string FingerprintKey = "policykitFinding/v1";

    public static string Write(IReadOnlyList<LintedFinding> findings, int exitCode, IReadOnlyList<ToolNotification> notifications, string currentDirectory)
        => FindingJson.Document(json =>
        {
            var ids = findings.Select(f => f.Finding.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, ids);
            WriteInvocation(json, exitCode, notifications, currentDirectory);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(ArtifactUri.SourceRoot);
            json.WriteString("uri", ArtifactUri.Root(currentDirectory));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var f in findings)
            {
                WriteResult(json, f, ids.IndexOf(f.Finding.Id), currentDirectory);
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
            var title = rule?.Title ?? id;
            json.WriteStartObject();
            json.WriteString("id", id);
            if (rule is not null)
            {
                json.WriteString("name", rule.Category + "/" + id);
            }
            Message(json, "shortDescription", title);
            var what = RuleHelp.Section(id, "What");
            Message(json, "fullDescription", what ?? title);
            if (RuleHelp.Page(id) is { } page)
            {
                json.WriteStartObject("help");
                json.WriteString("text", what + (RuleHelp.Section(id, "How to fix") is { } fix ? " How to fix: " + fix : ""));
                json.WriteString("markdown", page);
                json.WriteEndObject();
                json.WriteString("helpUri", rule!.HelpLink);
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

    private static void WriteInvocation(Utf8JsonWriter json, int exitCode, IReadOnlyList<ToolNotification> notifications, string currentDirectory)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        // Findings (exit 1) are a successful run; only usage and reading errors (exit 2) are not.
        json.WriteBoolean("executionSuccessful", exitCode != ExitCodes.Usage);
        json.WriteNumber("exitCode", exitCode);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var n in notifications)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            Message(json, "message", n.Message);
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            WriteArtifact(json, n.File, currentDirectory);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, LintedFinding linted, int ruleIndex, string currentDirectory)
    {
        var f = linted.Finding;
        json.WriteStartObject();
        json.WriteString("ruleId", f.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(f.Severity));
        Message(json, "message", f.Path.Length > 0 ? f.Path + ": " + f.Message : f.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, linted.File, currentDirectory);
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(1, f.Location.Line));
        json.WriteNumber("startColumn", Math.Max(1, f.Location.Column));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, linted.Fingerprint);
        json.WriteEndObject();
        if (linted.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", suppression.Kind == SuppressionKind.InSource ? "inSource" : "external");
            json.WriteString("justification", suppression.Justification);
            json.WriteEndObject();
            json.WriteEndArray();
        }
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

    /// <summary>The artifact a location is in: its URI, or for standard input a description (it has no URI).</summary>
    private static void WriteArtifact(Utf8JsonWriter json, string file, string currentDirectory)
    {
        json.WriteStartObject("artifactLocation");
        if (file == InputFiles.Stdin || file == InputFiles.DisplayName(InputFiles.Stdin))
        {
            Message(json, "description", "standard input");
        }
        else
        {
            var (uri, baseId) = ArtifactUri.Of(file, currentDirectory);
            json.WriteString("uri", uri);
            if (baseId is not null)
            {
                json.WriteString("uriBaseId", baseId);
            }
        }
        json.WriteEndObject();
    }

    private static void Message(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
