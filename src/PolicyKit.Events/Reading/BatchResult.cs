using System.Buffers;
using System.Collections.Generic;
using PolicyKit.Events.Formats;
using PolicyKit.Events.Input;

namespace PolicyKit.Events.Reading;

/// <summary>
/// What a worker made of one batch of an input's values: output bytes and problems, in the values'
/// order. Batches are merged in input order, so output is the same however many workers ran.
/// Subclass it to carry more (detect's matches, which its windowed rules count in order).
/// </summary>
public class BatchResult
{
    private readonly List<ReadProblem> _problems = new();

    /// <summary>The input the batch's values came from; a batch never spans two inputs.</summary>
    public LogInput Input { get; internal set; } = null!;

    /// <summary>The input's format: forced (--input-format), or detected from its first value of a known shape; Auto until then.</summary>
    public InputFormat Format { get; set; }

    /// <summary>UTF-8 output for standard output, in value order.</summary>
    public ArrayBufferWriter<byte> Output { get; } = new();

    /// <summary>Problems with the batch's values (a value that is no event, an item skipped), in order.</summary>
    public IReadOnlyList<ReadProblem> Problems => _problems;

    /// <summary>Events handed to the worker.</summary>
    public long Events { get; set; }

    /// <summary>Input bytes the batch covers (for progress).</summary>
    public long Bytes { get; internal set; }

    /// <summary>The input failed here (unreadable, corrupt gzip): nothing after this batch was read from it.</summary>
    public bool InputFailed { get; internal set; }

    public void Report(long line, string message, bool skipped = true)
        => _problems.Add(new ReadProblem(Input.Name, line, message, skipped));

    internal void ReportInputFailure(string message)
    {
        InputFailed = true;
        _problems.Add(new ReadProblem(Input.Name, 0, message, Skipped: false));
    }

    /// <summary>Empties the result for reuse with another batch.</summary>
    public virtual void Clear()
    {
        Output.Clear();
        _problems.Clear();
        Events = Bytes = 0;
        InputFailed = false;
    }
}

/// <summary>A problem at a line of an input (line 0: the input as a whole).</summary>
public readonly record struct ReadProblem(string Input, long Line, string Message, bool Skipped)
{
    public override string ToString()
        => (Line > 0 ? $"{Input}:{Line}: " : Message.StartsWith(Input, System.StringComparison.Ordinal) ? "" : Input + ": ")
            + Message + (Skipped ? "; skipped" : "");
}
