using System;
using System.Collections.Generic;
using System.IO;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Input;

namespace PolicyKit.Events.Reading;

/// <summary>
/// Every event of a file or of JSON text, on the calling thread, through the same reader as the
/// commands: for tests, fixtures and tools that want the events one by one.
/// </summary>
public static class EventText
{
    /// <summary>Calls <paramref name="onEvent"/> with each event of the file (gzip or not); returns what was skipped.</summary>
    public static IReadOnlyList<ReadProblem> ForEachInFile(string path, Action<Utf8AuditEvent> onEvent)
        => Read(LogInput.File(path), onEvent);

    /// <summary>Calls <paramref name="onEvent"/> with each event of the JSON text; returns what was skipped.</summary>
    public static IReadOnlyList<ReadProblem> ForEach(ReadOnlyMemory<byte> json, Action<Utf8AuditEvent> onEvent)
        => Read(LogInput.Of("(json)", () => new MemoryStream(json.ToArray(), writable: false)), onEvent);

    private static IReadOnlyList<ReadProblem> Read(LogInput input, Action<Utf8AuditEvent> onEvent)
    {
        var problems = new List<ReadProblem>();
        AuditLogReader.Read([input], new EventReadOptions { Workers = 1 }, () => new Worker(onEvent), r => problems.AddRange(r.Problems));
        return problems;
    }

    private sealed class Worker(Action<Utf8AuditEvent> onEvent) : IEventWorker<BatchResult>
    {
        private readonly EventDecoder _decoder = new();

        public void Process(in FramedValue value, BatchResult into) => _decoder.Decode(value, into, onEvent);
    }
}
