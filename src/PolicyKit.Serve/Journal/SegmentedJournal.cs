using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Win32.SafeHandles;

namespace PolicyKit.Serve.Journal;

/// <summary>
/// The append-only journal behind the receiver: numbered segment files of checked records (<see cref="JournalRecord"/>).
/// An append returns once the record is durable as <see cref="FsyncPolicy"/> says; appends that arrive while an fsync
/// runs share the next one (group commit), so fsync-per-batch costs one fsync per burst, not per request. Consumers
/// (<see cref="JournalReader"/>) see only durable records and report how far they got; segments every consumer is past
/// are deleted (the newest of them kept, to rebuild a consumer's recent state after a restart). Opening recovers: the
/// last segment's torn tail (a crash mid-append, never acknowledged) is cut off.
/// </summary>
public sealed class SegmentedJournal : IDisposable
{
    private readonly JournalOptions _options;
    private readonly object _gate = new();
    private readonly SortedDictionary<long, SegmentInfo> _segments = new();
    private readonly Dictionary<string, JournalPosition> _consumers = new(StringComparer.Ordinal);
    private readonly Queue<(long Seq, TaskCompletionSource Done)> _waiters = new();
    private readonly SemaphoreSlim _flushNeeded = new(0);
    private readonly Thread _flusher;
    private SafeFileHandle _handle;
    private long _segment;
    private long _length;
    private long _appended;
    private long _durable;
    private JournalPosition _visible;
    private TaskCompletionSource _advanced = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _disposed;

    private sealed class SegmentInfo
    {
        public long Bytes;
        public long Events;
    }

    private SegmentedJournal(JournalOptions options, long recoveredBytes)
    {
        _options = options;
        RecoveredTornBytes = recoveredBytes;
        var existing = SegmentFiles.List(options.Directory);
        foreach (var n in existing)
        {
            using var h = File.OpenHandle(SegmentFiles.PathOf(options.Directory, n), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var scan = SegmentScan.Of(h);
            _segments[n] = new SegmentInfo { Bytes = scan.GoodLength, Events = scan.Events };
        }
        _segment = existing.Count == 0 ? 1 : existing[^1];
        _handle = OpenForAppend(_segment);
        _length = RandomAccess.GetLength(_handle);
        _segments.TryAdd(_segment, new SegmentInfo());
        _visible = new JournalPosition(_segment, _length);
        _flusher = new Thread(FlushLoop) { IsBackground = true, Name = "journal-fsync" };
        _flusher.Start();
    }

    /// <summary>Bytes of a torn tail cut off when the journal was opened (0 after a clean stop).</summary>
    public long RecoveredTornBytes { get; }

    /// <summary>Bytes the segments take.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _segments.Values.Sum(s => s.Bytes);
            }
        }
    }

    /// <summary>Records and events deleted undelivered by <see cref="FullPolicy.DropOldest"/>.</summary>
    public long DroppedEvents { get; private set; }

    /// <summary>The end of the durable records: what readers may read up to.</summary>
    public JournalPosition End
    {
        get
        {
            lock (_gate)
            {
                return _visible;
            }
        }
    }

    /// <summary>The oldest segment still on disk.</summary>
    public long FirstSegment
    {
        get
        {
            lock (_gate)
            {
                return _segments.Keys.First();
            }
        }
    }

    public string Directory => _options.Directory;

    /// <summary>Opens the journal in its folder (made if missing), cutting a torn tail off the last segment.</summary>
    public static SegmentedJournal Open(JournalOptions options)
    {
        if (options.BudgetBytes < 2 * options.SegmentBytes)
        {
            throw new ArgumentException($"the journal budget ({options.BudgetBytes:N0} bytes) must hold at least two segments ({options.SegmentBytes:N0} bytes each)");
        }
        System.IO.Directory.CreateDirectory(options.Directory);
        long torn = 0;
        var existing = SegmentFiles.List(options.Directory);
        if (existing.Count > 0)
        {
            using var h = File.OpenHandle(SegmentFiles.PathOf(options.Directory, existing[^1]), FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
            var scan = SegmentScan.Of(h);
            if (scan.GoodLength < scan.FileLength)
            {
                torn = scan.FileLength - scan.GoodLength;
                RandomAccess.SetLength(h, scan.GoodLength);
                RandomAccess.FlushToDisk(h);
            }
        }
        return new SegmentedJournal(options, torn);
    }

    /// <summary>
    /// Appends one record and returns once it is durable per the fsync policy. Throws <see cref="JournalFullException"/>
    /// when the budget is reached and the policy is back-pressure.
    /// </summary>
    public Task AppendAsync(ReadOnlyMemory<byte> payload, int events)
    {
        var header = JournalRecord.Header(payload.Span, events);
        var size = header.Length + payload.Length;
        TaskCompletionSource? done = null;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            MakeRoom(size);
            if (_length > 0 && _length + size > _options.SegmentBytes)
            {
                Roll();
            }
            RandomAccess.Write(_handle, [header, payload], _length);
            _length += size;
            var info = _segments[_segment];
            info.Bytes += size;
            info.Events += events;
            var seq = ++_appended;
            if (_options.Fsync == FsyncPolicy.Interval)
            {
                Advance(new JournalPosition(_segment, _length));
            }
            else
            {
                done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Enqueue((seq, done));
            }
        }
        if (done is null)
        {
            return Task.CompletedTask;
        }
        _flushNeeded.Release();
        return done.Task;
    }

    /// <summary>Registers a consumer at <paramref name="position"/> (or moves it): segments before every consumer may go.</summary>
    public void Consumed(string consumer, JournalPosition position)
    {
        lock (_gate)
        {
            _consumers[consumer] = position;
            var oldestNeeded = _consumers.Values.Min(p => p.Segment);
            // Keep the newest consumed segment: a consumer rebuilds its recent state from it after a restart.
            foreach (var n in _segments.Keys.Where(n => n < oldestNeeded - 1 && n != _segment).ToList())
            {
                Delete(n);
            }
        }
    }

    /// <summary>A task that completes once the durable end is past <paramref name="position"/>.</summary>
    public Task WaitBeyondAsync(JournalPosition position, CancellationToken cancel)
    {
        Task advanced;
        lock (_gate)
        {
            if (_visible > position)
            {
                return Task.CompletedTask;
            }
            advanced = _advanced.Task;
        }
        return advanced.WaitAsync(cancel);
    }

    /// <summary>The undelivered bytes between a consumer's position and the end (the consumer's lag).</summary>
    public long BytesAfter(JournalPosition position)
    {
        lock (_gate)
        {
            long total = 0;
            foreach (var (n, info) in _segments)
            {
                total += n < position.Segment ? 0 : n == position.Segment ? Math.Max(0, info.Bytes - position.Offset) : info.Bytes;
            }
            return total;
        }
    }

    /// <summary>Whether segment <paramref name="segment"/> is still on disk.</summary>
    public bool HasSegment(long segment)
    {
        lock (_gate)
        {
            return _segments.ContainsKey(segment);
        }
    }

    /// <summary>The first segment after <paramref name="segment"/> on disk, or null.</summary>
    public long? NextSegment(long segment)
    {
        lock (_gate)
        {
            foreach (var n in _segments.Keys)
            {
                if (n > segment)
                {
                    return n;
                }
            }
            return null;
        }
    }

    private SafeFileHandle OpenForAppend(long segment)
        => File.OpenHandle(SegmentFiles.PathOf(_options.Directory, segment), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete);

    /// <summary>Closes the current segment durably and starts the next (under the lock).</summary>
    private void Roll()
    {
        RandomAccess.FlushToDisk(_handle);
        _handle.Dispose();
        _segment++;
        _length = 0;
        _handle = OpenForAppend(_segment);
        _segments[_segment] = new SegmentInfo();
        CompleteDurable(_appended, new JournalPosition(_segment - 1, _segments[_segment - 1].Bytes));
    }

    /// <summary>Frees room for <paramref name="size"/> bytes by the full policy, or throws (under the lock).</summary>
    private void MakeRoom(long size)
    {
        var total = _segments.Values.Sum(s => s.Bytes);
        if (total + size <= _options.BudgetBytes)
        {
            return;
        }
        var oldestNeeded = _consumers.Count == 0 ? _segment : _consumers.Values.Min(p => p.Segment);
        foreach (var n in _segments.Keys.ToList())
        {
            if (total + size <= _options.BudgetBytes || n == _segment)
            {
                break;
            }
            var consumed = n < oldestNeeded;
            if (!consumed && _options.WhenFull == FullPolicy.BackPressure)
            {
                break;
            }
            if (!consumed)
            {
                DroppedEvents += _segments[n].Events;
            }
            total -= _segments[n].Bytes;
            Delete(n);
        }
        if (total + size > _options.BudgetBytes)
        {
            throw new JournalFullException(total, _options.BudgetBytes);
        }
    }

    private void Delete(long segment)
    {
        _segments.Remove(segment);
        File.Delete(SegmentFiles.PathOf(_options.Directory, segment));
    }

    private void FlushLoop()
    {
        while (true)
        {
            _flushNeeded.Wait();
            if (_disposed)
            {
                return;
            }
            long target;
            SafeFileHandle handle;
            JournalPosition end;
            lock (_gate)
            {
                target = _appended;
                handle = _handle;
                end = new JournalPosition(_segment, _length);
            }
            if (target <= Volatile.Read(ref _durable))
            {
                continue;
            }
            try
            {
                RandomAccess.FlushToDisk(handle);
            }
            catch (ObjectDisposedException)
            {
                // The segment rolled meanwhile (which fsynced it): flush the new one on the next round.
                _flushNeeded.Release();
                continue;
            }
            lock (_gate)
            {
                CompleteDurable(target, end);
            }
        }
    }

    /// <summary>Appends up to <paramref name="seq"/> are durable, up to <paramref name="end"/> (under the lock).</summary>
    private void CompleteDurable(long seq, JournalPosition end)
    {
        if (seq > _durable)
        {
            _durable = seq;
        }
        while (_waiters.Count > 0 && _waiters.Peek().Seq <= _durable)
        {
            _waiters.Dequeue().Done.TrySetResult();
        }
        Advance(end);
    }

    private void Advance(JournalPosition end)
    {
        if (end > _visible)
        {
            _visible = end;
            var advanced = _advanced;
            _advanced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            advanced.TrySetResult();
        }
    }

    /// <summary>Interval policy: fsyncs what was written since the last time (called by a timer).</summary>
    public void FlushNow()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                RandomAccess.FlushToDisk(_handle);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            RandomAccess.FlushToDisk(_handle);
            CompleteDurable(_appended, new JournalPosition(_segment, _length));
            _handle.Dispose();
        }
        _flushNeeded.Release();
    }
}
