using System;
using System.IO;
using PolicyKit.Cli.IO;

namespace PolicyKit.Cli.Events;

/// <summary>
/// Reads audit events from log inputs (JSON lines, EventList documents, v1 and v1beta1, gzip, stdin),
/// in input order. Lines that are not Events are reported with their number and skipped.
/// </summary>
internal static class AuditLogReader
{
    /// <summary>Reads one input; returns the number of lines that were reported as not Events.</summary>
    public static int Read(string path, CliContext context, Action<AuditEventSummary> onEvent, Action<string> onBadLine)
    {
        using var stream = InputFiles.Open(path, context);
        return Read(stream, InputFiles.DisplayName(path), onEvent, onBadLine);
    }

    /// <summary>Reads an opened input (already decompressed); <paramref name="name"/> is how messages call it.</summary>
    public static int Read(Stream stream, string name, Action<AuditEventSummary> onEvent, Action<string> onBadLine)
    {
        var reader = new JsonValueReader(stream);
        var bad = 0;
        try
        {
            while (reader.TryRead(out var value))
            {
                var notJson = false;
                var problem = value.Error ?? AuditEventParser.Parse(value.Json.Span, onEvent, out notJson);
                if (problem is not null && notJson && value.Unchecked)
                {
                    // Not one JSON value after all: several on the line, one spread over lines, or a bad line.
                    value = reader.Recheck();
                    problem = value.Error ?? AuditEventParser.Parse(value.Json.Span, onEvent);
                }
                if (problem is not null)
                {
                    bad++;
                    onBadLine($"{name}:{value.Line}: {problem}; skipped");
                }
            }
        }
        catch (InvalidDataException ex)
        {
            // Corrupt gzip data, or a line beyond any sane size: the rest of this input is unreadable.
            bad++;
            onBadLine($"{name}: {ex.Message}; the rest of this input is skipped");
        }
        return bad;
    }
}
