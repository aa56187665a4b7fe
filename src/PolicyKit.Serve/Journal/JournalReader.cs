using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Win32.SafeHandles;

namespace PolicyKit.Serve.Journal;

/// <summary>A record read back: its payload (valid until the next read), event count, and the position after it.</summary>
public readonly record struct JournalEntry(ReadOnlyMemory<byte> Payload, int Events, JournalPosition Start, JournalPosition Next);

/// <summary>
/// Reads a journal's durable records in order from a position. A position in a segment that was deleted
/// meanwhile (drop-oldest) moves to the oldest segment left, and <see cref="Skipped"/> says so. One consumer, one thread.
/// </summary>
public sealed class JournalReader(SegmentedJournal journal, JournalPosition from) : IDisposable
{
    private readonly byte[] _header = new byte[JournalRecord.HeaderSize];
    private byte[] _payload = new byte[1 << 16];
    private SafeFileHandle? _handle;
    private long _handleSegment;

    public JournalPosition Position { get; private set; } = from;

    /// <summary>Times the position moved over deleted segments.</summary>
    public long Skipped { get; private set; }

    /// <summary>The next durable record, or null when there is none yet.</summary>
    public JournalEntry? TryRead()
    {
        while (true)
        {
            var end = journal.End;
            if (Position >= end)
            {
                return null;
            }
            if (!journal.HasSegment(Position.Segment))
            {
                Position = new JournalPosition(journal.FirstSegment, 0);
                Skipped++;
                continue;
            }
            var handle = HandleFor(Position.Segment);
            var limit = Position.Segment == end.Segment ? end.Offset : RandomAccess.GetLength(handle);
            if (Position.Offset + JournalRecord.HeaderSize > limit)
            {
                // The segment is done (a later one exists, or end would be here).
                Position = new JournalPosition(journal.NextSegment(Position.Segment) ?? Position.Segment + 1, 0);
                continue;
            }
            RandomAccess.Read(handle, _header, Position.Offset);
            var size = JournalRecord.PayloadLength(_header);
            if (size < 0 || Position.Offset + JournalRecord.HeaderSize + size > limit)
            {
                throw new InvalidDataException($"journal segment {Position.Segment} is corrupt at offset {Position.Offset}");
            }
            if (_payload.Length < size)
            {
                _payload = new byte[Math.Max(size, _payload.Length * 2)];
            }
            var payload = _payload.AsMemory(0, size);
            RandomAccess.Read(handle, payload.Span, Position.Offset + JournalRecord.HeaderSize);
            if (!JournalRecord.IsIntact(_header, payload.Span))
            {
                throw new InvalidDataException($"journal segment {Position.Segment}: the record at offset {Position.Offset} fails its CRC");
            }
            var start = Position;
            Position = new JournalPosition(Position.Segment, Position.Offset + JournalRecord.HeaderSize + size);
            return new JournalEntry(payload, JournalRecord.Events(_header), start, Position);
        }
    }

    /// <summary>Waits until a record past the position may be read.</summary>
    public Task WaitAsync(CancellationToken cancel) => journal.WaitBeyondAsync(Position, cancel);

    private SafeFileHandle HandleFor(long segment)
    {
        if (_handle is null || _handleSegment != segment)
        {
            _handle?.Dispose();
            _handle = File.OpenHandle(SegmentFiles.PathOf(journal.Directory, segment), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            _handleSegment = segment;
        }
        return _handle;
    }

    public void Dispose() => _handle?.Dispose();
}
