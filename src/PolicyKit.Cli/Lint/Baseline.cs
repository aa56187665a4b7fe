using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PolicyKit.Cli.Commands;
using PolicyKit.Cli.IO;

namespace PolicyKit.Cli.Lint;

/// <summary>
/// A baseline file (<c>lint --write-baseline FILE</c>, <c>lint --baseline FILE</c>): the findings a team accepted
/// when it adopted policykit, so only new ones fail the build. An entry is a file (relative to the current
/// directory), an id and a fingerprint (<see cref="FindingFingerprint"/>), which survive edits that move lines;
/// the message is there for people reading the file. Entries no finding matches any more are reported, so the
/// baseline shrinks as findings are fixed.
/// </summary>
internal sealed class Baseline
{
    public const int Version = 1;

    private readonly Dictionary<(string File, string Id, string Fingerprint), Entry> _entries;
    private readonly HashSet<Entry> _matched = new();

    private Baseline(IEnumerable<Entry> entries)
        => _entries = entries.GroupBy(e => (e.File, e.Id, e.Fingerprint)).ToDictionary(g => g.Key, g => g.First());

    public sealed record Entry(string File, string Id, string Fingerprint, string Message);

    /// <summary>Reads a baseline; throws <see cref="InputException"/> with the file and the place of what is wrong.</summary>
    public static Baseline Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read the baseline: {ex.Message}");
        }
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != Version
                || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new InputException($"{path}: not a policykit baseline (version {Version}, with a findings array); write one with lint --write-baseline {path}");
            }
            return new Baseline(findings.EnumerateArray().Select((f, i) => new Entry(
                Field(f, "file", path, i), Field(f, "id", path, i), Field(f, "fingerprint", path, i), f.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "")).ToList());
        }
        catch (JsonException ex)
        {
            throw new InputException($"{path}:{(ex.LineNumber ?? 0) + 1}:{(ex.BytePositionInLine ?? 0) + 1}: the baseline is no JSON: {ex.Message.Split(" Path:")[0]}");
        }
    }

    /// <summary>Writes the findings as a baseline, sorted so that a rewrite changes only what changed.</summary>
    public static void Write(string path, IEnumerable<LintedFinding> findings, string currentDirectory)
    {
        var entries = findings.Select(f => new Entry(FileKey(f.File, currentDirectory), f.Finding.Id, f.Fingerprint, f.Finding.Message))
            .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal).ToList();
        var text = FindingJson.Document(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartArray("findings");
            foreach (var e in entries)
            {
                json.WriteStartObject();
                json.WriteString("file", e.File);
                json.WriteString("id", e.Id);
                json.WriteString("fingerprint", e.Fingerprint);
                json.WriteString("message", e.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
        try
        {
            AtomicFile.Write(path, text + "\n");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot write the baseline: {ex.Message}");
        }
    }

    /// <summary>The suppression of a finding the baseline holds, or null; marks its entry as still in use.</summary>
    public Suppression? Of(LintedFinding finding, string currentDirectory)
    {
        if (!_entries.TryGetValue((FileKey(finding.File, currentDirectory), finding.Finding.Id, finding.Fingerprint), out var entry))
        {
            return null;
        }
        _matched.Add(entry);
        return new Suppression(SuppressionKind.External, "in the baseline");
    }

    /// <summary>The entries no finding matched: fixed since, or their rule changed.</summary>
    public IEnumerable<Entry> Unmatched => _entries.Values.Where(e => !_matched.Contains(e)).OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal);

    /// <summary>A file as the baseline names it: relative to the current directory, with '/'.</summary>
    private static string FileKey(string file, string currentDirectory)
        => file == InputFiles.DisplayName(InputFiles.Stdin) ? file : Path.GetRelativePath(currentDirectory, Path.GetFullPath(file, currentDirectory)).Replace('\\', '/');

    private static string Field(JsonElement finding, string name, string path, int index)
        => finding.ValueKind == JsonValueKind.Object && finding.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InputException($"{path}: findings[{index}].{name}: a string is required");
}
