using System.Buffers;
using System.Text;
using PolicyKit.Events;
using PolicyKit.Events.Formats;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Input;
using PolicyKit.Events.Reading;

namespace PolicyKit.Tests;

/// <summary>Reads bytes through the one read loop and records what came out: events (as text), problems, the summary.</summary>
internal static class LogReading
{
    public sealed record Outcome(List<string> Events, List<string> Problems, ReadSummary Summary);

    public static Outcome Read(string text, int workers = 1, int batchBytes = 1 << 20, int maxValueBytes = ReadLimits.DefaultMaxValueBytes)
        => Read(Encoding.UTF8.GetBytes(text), workers, batchBytes, maxValueBytes);

    public static Outcome Read(byte[] bytes, int workers = 1, int batchBytes = 1 << 20, int maxValueBytes = ReadLimits.DefaultMaxValueBytes,
        InputFormat format = InputFormat.Auto, Func<Utf8AuditEvent, string>? describe = null)
        => Read([LogInput.Of("log", () => new MemoryStream(bytes, writable: false))], workers, batchBytes, maxValueBytes, format, describe);

    public static Outcome Read(IReadOnlyList<LogInput> inputs, int workers = 1, int batchBytes = 1 << 20, int maxValueBytes = ReadLimits.DefaultMaxValueBytes,
        InputFormat format = InputFormat.Auto, Func<Utf8AuditEvent, string>? describe = null)
    {
        var events = new List<string>();
        var problems = new List<string>();
        var options = new EventReadOptions { Workers = workers, BatchBytes = batchBytes, MaxValueBytes = maxValueBytes, Format = format };
        var summary = AuditLogReader.Read(inputs, options, () => new Describer(describe ?? Describe), r =>
        {
            events.AddRange(Encoding.UTF8.GetString(r.Output.WrittenSpan).Split('\n', StringSplitOptions.RemoveEmptyEntries));
            problems.AddRange(r.Problems.Select(p => p.ToString()));
        });
        return new Outcome(events, problems, summary);
    }

    /// <summary>One line per event: what the policy path and the rules read of it.</summary>
    public static string Describe(Utf8AuditEvent e)
        => $"{e.AuditId}|{e.Verb}|{e.Username}|{string.Join(",", e.GetList(Detection.EventField.Groups))}|{e.Resource}|{e.Namespace}|{e.Name}|{e.ToRequest()}";

    private sealed class Describer(Func<Utf8AuditEvent, string> describe) : IEventWorker<BatchResult>
    {
        private readonly EventDecoder _decoder = new();

        public void Process(in FramedValue value, BatchResult into)
        {
            var output = into.Output;
            _decoder.Decode(value, into, e => output.Write(Encoding.UTF8.GetBytes(describe(e) + "\n")));
        }
    }
}
