using System;
using System.Collections.Generic;
using System.Threading;
using PolicyKit.Events.Framing;
using PolicyKit.Events.Input;

namespace PolicyKit.Events.Reading;

/// <summary>
/// Values of one input copied out of the framer's buffer (which moves on), for a worker to process
/// while the reader frames the next batch; merged in order once <see cref="Done"/> is set.
/// </summary>
internal sealed class ValueBatch<TResult>
    where TResult : BatchResult, new()
{
    private readonly List<(int Start, int Length, long Line, bool WholeLine, string? Error, ItemPlaces? Items)> _values = new();
    private byte[] _arena = new byte[1 << 16];
    private int _used;

    public TResult Result { get; } = new();

    public ManualResetEventSlim Done { get; } = new();

    public Exception? Failure { get; set; }

    public int Bytes => _used;

    public int Count => _values.Count;

    public void Start(LogInput input, PolicyKit.Events.Formats.InputFormat format)
    {
        _values.Clear();
        _used = 0;
        Result.Clear();
        Result.Input = input;
        Result.Format = format;
        Failure = null;
        Done.Reset();
    }

    public void Add(in FramedValue value)
    {
        if (value.Error is not null)
        {
            _values.Add((0, 0, value.Line, false, value.Error, null));
            return;
        }
        if (_used + value.Json.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _used + value.Json.Length));
        }
        value.Json.Span.CopyTo(_arena.AsSpan(_used));
        _values.Add((_used, value.Json.Length, value.Line, value.IsWholeLine, null, value.Items));
        _used += value.Json.Length;
    }

    /// <summary>Runs the worker over the values, in order; framing errors are reported in their place.</summary>
    public void Process(IEventWorker<TResult> worker)
    {
        foreach (var v in _values)
        {
            if (v.Error is not null)
            {
                Result.Report(v.Line, v.Error);
            }
            else
            {
                worker.Process(new FramedValue(_arena.AsMemory(v.Start, v.Length), v.Line, null, v.WholeLine, v.Items), Result);
            }
        }
    }
}
