using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;

namespace PolicyKit.Events.Input;

/// <summary>
/// A log followed as kube-apiserver writes and rotates it (--audit-log-path with --audit-log-maxsize and
/// --audit-log-maxbackup: the file is renamed, a new one is created, the backup may be gzip'd): read as it grows,
/// polled; a rotation is seen by the file's identity (its first bytes, or a size below what was read) and the
/// renamed file, still open, is read to its end before the new one, so no event is lost or read twice. A truncated
/// file (copytruncate) is read again from its start. With a state file, <see cref="SaveState"/> records where the
/// events handed on end (<see cref="FollowCheckpoint"/>), and a restart resumes there: in the file itself, or in
/// its renamed or gzip'd backup and the backups after it, then the log.
/// </summary>
public sealed class FollowedLog
{
    private readonly string _path;
    private readonly string? _statePath;
    private readonly TimeSpan _poll;
    private readonly CancellationToken _stop;
    private readonly Action<string> _notice;
    private readonly List<Segment> _segments = new();
    private readonly object _gate = new();
    private long _position;
    private long _afterLastNewline;
    private FollowCheckpoint? _saved;

    public FollowedLog(string path, string? statePath, TimeSpan poll, CancellationToken stop, Action<string>? notice = null)
    {
        _path = Path.GetFullPath(path);
        _statePath = statePath;
        _poll = poll;
        _stop = stop;
        _notice = notice ?? (_ => { });
        Input = LogInput.Live(path, () => new Stream(this));
    }

    /// <summary>The input to read: live (output is flushed before each wait), ending when the stop token is cancelled and the log is read to its end.</summary>
    public LogInput Input { get; }

    /// <summary>Records, in the state file, that the events in the first <paramref name="consumed"/> bytes handed out are done.</summary>
    public void SaveState(long consumed)
    {
        if (_statePath is null)
        {
            return;
        }
        FollowCheckpoint? checkpoint;
        lock (_gate)
        {
            // A line not yet ended was handed to the framer only because reading stopped: it is read again next time.
            var at = Math.Min(consumed, _afterLastNewline);
            var segment = _segments.LastOrDefault(s => s.StreamStart <= at);
            checkpoint = segment is null ? null : new FollowCheckpoint(FollowCheckpoint.Hash(segment.Head()), segment.Head().Length, segment.FileStart + (at - segment.StreamStart));
        }
        if (checkpoint is not null && checkpoint != _saved)
        {
            checkpoint.Save(_statePath);
            _saved = checkpoint;
        }
    }

    /// <summary>The files to read, in order: where a checkpoint says reading stopped (and the backups after it), then the log.</summary>
    private Queue<(string Path, long Offset, bool Live)> Plan()
    {
        var plan = new Queue<(string, long, bool)>();
        var checkpoint = _statePath is null ? null : FollowCheckpoint.Load(_statePath);
        if (checkpoint is null)
        {
            plan.Enqueue((_path, 0, true));
            return plan;
        }
        if (Matches(_path, checkpoint))
        {
            plan.Enqueue((_path, checkpoint.Offset, true));
            return plan;
        }
        var backups = Backups();
        var found = backups.FindIndex(b => Matches(b, checkpoint));
        if (found < 0)
        {
            _notice($"{_path}: the file the checkpoint in {_statePath} names is gone (rotated past --audit-log-maxbackup?); reading the log from its start");
            plan.Enqueue((_path, 0, true));
            return plan;
        }
        plan.Enqueue((backups[found], checkpoint.Offset, false));
        foreach (var later in backups.Skip(found + 1))
        {
            plan.Enqueue((later, 0, false));
        }
        plan.Enqueue((_path, 0, true));
        return plan;
    }

    /// <summary>The log's rotated backups (kube-apiserver's audit-TIMESTAMP.log[.gz], logrotate's audit.log.N[.gz]), oldest first.</summary>
    private List<string> Backups()
    {
        var dir = Path.GetDirectoryName(_path)!;
        var stem = Path.GetFileNameWithoutExtension(_path);
        var state = _statePath is null ? null : Path.GetFullPath(_statePath);
        var files = new DirectoryInfo(dir).GetFiles(stem + "*")
            .Where(f => f.FullName != _path && f.FullName != state && !f.Name.EndsWith(".tmp", StringComparison.Ordinal))
            .ToList();
        // A backup being gzip'd is there twice, NAME and NAME.gz: it is read once, as NAME while NAME is there.
        var names = files.Select(f => f.FullName).ToHashSet();
        return files.Where(f => !(f.Name.EndsWith(".gz", StringComparison.Ordinal) && names.Contains(f.FullName[..^3])))
            .OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => f.FullName).ToList();
    }

    /// <summary>
    /// The backups rotated after the one that starts with <paramref name="head"/> (none when it is not among them),
    /// but not <paramref name="current"/>, the log just opened, should it have been rotated too since: it is read as it is.
    /// </summary>
    private List<string> BackupsAfter(byte[] head, FileStream current)
    {
        var backups = Backups();
        var found = backups.FindIndex(b => Matches(b, Identity(head)));
        if (found < 0)
        {
            return [];
        }
        var buffer = new byte[FollowCheckpoint.IdentityBytes];
        var currentHead = buffer.AsSpan(0, RandomAccess.Read(current.SafeFileHandle, buffer, 0)).ToArray();
        return backups.Skip(found + 1).Where(b => currentHead.Length == 0 || !Matches(b, Identity(currentHead))).ToList();
    }

    private static FollowCheckpoint Identity(byte[] head) => new(FollowCheckpoint.Hash(head), head.Length, 0);

    private static bool Matches(string path, FollowCheckpoint checkpoint)
    {
        try
        {
            using var text = OpenText(path);
            var head = ReadHead(text, checkpoint.FingerprintBytes);
            return head.Length == checkpoint.FingerprintBytes && FollowCheckpoint.Hash(head) == checkpoint.Fingerprint;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return false;
        }
    }

    private static System.IO.Stream OpenText(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        var b0 = file.ReadByte();
        var b1 = file.ReadByte();
        file.Position = 0;
        return b0 == 0x1f && b1 == 0x8b ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    private static byte[] ReadHead(System.IO.Stream text, int max)
    {
        var head = new byte[max];
        var n = 0;
        int got;
        while (n < max && (got = text.Read(head, n, max - n)) > 0)
        {
            n += got;
        }
        return head.AsSpan(0, n).ToArray();
    }

    /// <summary>One file as read: where its bytes start in the stream and in the file, and its first bytes (its identity).</summary>
    private sealed class Segment(string path, long streamStart, long fileStart, FileStream? live)
    {
        private byte[] _head = [];

        public string Path { get; } = path;

        public long StreamStart { get; } = streamStart;

        public long FileStart { get; } = fileStart;

        public FileStream? Live { get; set; } = live;

        /// <summary>The file's first bytes, read again from the open file while it is shorter than an identity.</summary>
        public byte[] Head()
        {
            if (_head.Length < FollowCheckpoint.IdentityBytes && Live is { } file)
            {
                var buffer = new byte[FollowCheckpoint.IdentityBytes];
                _head = buffer.AsSpan(0, RandomAccess.Read(file.SafeFileHandle, buffer, 0)).ToArray();
            }
            return _head;
        }

        public void SetHead(byte[] head) => _head = head;
    }

    /// <summary>The followed bytes: each planned file in turn, then the log, following its rotations.</summary>
    private sealed class Stream(FollowedLog log) : ReadOnlyStream
    {
        private Queue<(string Path, long Offset, bool Live)>? _plan;
        private System.IO.Stream? _current;
        private Segment? _segment;
        private long _fileOffset;
        private byte[]? _previousHead;

        public override int Read(Span<byte> buffer)
        {
            _plan ??= log.Plan();
            while (true)
            {
                if (_current is null && !TryOpenNext())
                {
                    if (log._stop.IsCancellationRequested)
                    {
                        return 0;
                    }
                    Wait();
                    continue;
                }
                var n = _current!.Read(buffer);
                if (n > 0)
                {
                    Handed(buffer.Slice(0, n));
                    return n;
                }
                if (_segment!.Live is null)
                {
                    CloseCurrent();
                    continue;
                }
                if (Rotated())
                {
                    // Renamed (or truncated): what was written to it before is read first, then the new file.
                    n = _current.Read(buffer);
                    if (n > 0)
                    {
                        Handed(buffer.Slice(0, n));
                        return n;
                    }
                    CloseCurrent();
                    _plan.Enqueue((log._path, 0, true));
                    continue;
                }
                if (log._stop.IsCancellationRequested)
                {
                    return 0;
                }
                Wait();
            }
        }

        private void Wait() => log._stop.WaitHandle.WaitOne(log._poll);

        private void Handed(ReadOnlySpan<byte> bytes)
        {
            _fileOffset += bytes.Length;
            lock (log._gate)
            {
                var newline = bytes.LastIndexOf((byte)'\n');
                if (newline >= 0)
                {
                    log._afterLastNewline = log._position + newline + 1;
                }
                log._position += bytes.Length;
            }
        }

        private bool TryOpenNext()
        {
            while (_plan!.Count > 0)
            {
                var (path, offset, live) = _plan.Peek();
                try
                {
                    if (live)
                    {
                        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
                        if (_previousHead is { Length: > 0 } previous && log.BackupsAfter(previous, file) is { Count: > 0 } rotated)
                        {
                            // Rotated more than once since the last look: the backups made after the file read last come first.
                            file.Dispose();
                            _plan = new Queue<(string, long, bool)>(rotated.Select(b => (b, 0L, false)).Concat(_plan));
                            continue;
                        }
                        if (offset > file.Length)
                        {
                            log._notice($"{path}: shorter than the checkpoint's offset (truncated?); reading it from its start");
                            offset = 0;
                        }
                        file.Position = offset;
                        _current = file;
                        Start(path, offset, file);
                    }
                    else
                    {
                        // A backup gzip'd since it was listed: kube-apiserver writes NAME.gz whole, then removes NAME.
                        if (!File.Exists(path) && File.Exists(path + ".gz"))
                        {
                            path += ".gz";
                        }
                        var text = OpenText(path);
                        var segment = Start(path, offset, null);
                        segment.SetHead(ReadHead(OpenText(path), FollowCheckpoint.IdentityBytes));
                        Skip(text, offset);
                        _current = text;
                    }
                    _plan.Dequeue();
                    return true;
                }
                catch (FileNotFoundException) when (live)
                {
                    // Between the rename and the new file's creation: wait for it.
                    return false;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    if (live)
                    {
                        throw new EventInputException($"{path}: cannot read: {ex.Message}");
                    }
                    log._notice($"{path}: cannot read the backup ({ex.Message}); going on with the next file");
                    _plan.Dequeue();
                }
            }
            return false;
        }

        private Segment Start(string path, long offset, FileStream? live)
        {
            _fileOffset = offset;
            lock (log._gate)
            {
                _segment = new Segment(path, log._position, offset, live);
                log._segments.Add(_segment);
                if (log._segments.Count > 16)
                {
                    log._segments.RemoveAt(0);
                }
            }
            return _segment;
        }

        private static void Skip(System.IO.Stream text, long bytes)
        {
            var buffer = new byte[1 << 16];
            while (bytes > 0)
            {
                var n = text.Read(buffer, 0, (int)Math.Min(buffer.Length, bytes));
                if (n == 0)
                {
                    return;
                }
                bytes -= n;
            }
        }

        /// <summary>Whether the path now names another file than the one read (or the file shrank below what was read).</summary>
        private bool Rotated()
        {
            var live = _segment!.Live!;
            FileStream now;
            try
            {
                now = new FileStream(log._path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
            }
            catch (FileNotFoundException)
            {
                return false;
            }
            catch (DirectoryNotFoundException)
            {
                return false;
            }
            using (now)
            {
                if (live.Length < _fileOffset)
                {
                    return true;
                }
                var ours = new byte[FollowCheckpoint.IdentityBytes];
                var theirs = new byte[FollowCheckpoint.IdentityBytes];
                var a = RandomAccess.Read(live.SafeFileHandle, ours, 0);
                var b = RandomAccess.Read(now.SafeFileHandle, theirs, 0);
                var k = Math.Min(a, b);
                if (!ours.AsSpan(0, k).SequenceEqual(theirs.AsSpan(0, k)))
                {
                    return true;
                }
                // Same first bytes: another file only if it holds less than was read of this one, or this one is empty and it is not.
                return now.Length < _fileOffset || (a == 0 && b > 0 && live.Length == 0);
            }
        }

        private void CloseCurrent()
        {
            if (_segment is not null && _current is not null)
            {
                _previousHead = _segment.Head();
            }
            _current?.Dispose();
            _current = null;
            if (_segment is not null)
            {
                _segment.Live = null;
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                CloseCurrent();
            }
            base.Dispose(disposing);
        }
    }
}
