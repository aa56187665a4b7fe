using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PolicyKit.Serve.Pipeline;

namespace PolicyKit.Serve.Sinks;

/// <summary>
/// JSON lines into numbered files, <c>PREFIX-000001.jsonl</c>, <c>PREFIX-000002.jsonl</c>, …: a new file once one
/// holds <see cref="MaxBytes"/>, the oldest deleted past <see cref="KeepFiles"/> (unless a reader still needs it).
/// Files are never renamed, so the pipeline's cursor can name the current one and its committed length:
/// <see cref="Restore"/> cuts off what was written after the last commit, and deletes files begun after it.
/// </summary>
public sealed class RotatedJsonLines : IDisposable
{
    private readonly string _directory;
    private readonly string _prefix;
    private FileStream _stream;

    public RotatedJsonLines(string directory, string prefix, long maxBytes, int keepFiles, OutputState? committed)
    {
        _directory = directory;
        _prefix = prefix;
        MaxBytes = maxBytes;
        KeepFiles = keepFiles;
        Directory.CreateDirectory(directory);
        var state = committed ?? new OutputState(Math.Max(1, Files(directory, prefix).LastOrDefault()), 0);
        foreach (var later in Files(directory, prefix).Where(n => n > state.Seq))
        {
            File.Delete(PathOf(later));
        }
        Seq = state.Seq;
        _stream = new FileStream(PathOf(Seq), FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        Restore(state.Length);
    }

    public long MaxBytes { get; }

    public int KeepFiles { get; }

    /// <summary>The current file's number.</summary>
    public long Seq { get; private set; }

    public long Length => _stream.Position;

    /// <summary>Files a reader (the HTTP sink) has not finished: never deleted while it needs them.</summary>
    public Func<long>? OldestNeeded { get; set; }

    public OutputState State => new(Seq, Length);

    public string PathOf(long seq) => PathOf(_directory, _prefix, seq);

    public static string PathOf(string directory, string prefix, long seq)
        => Path.Combine(directory, $"{prefix}-{seq.ToString("D6", CultureInfo.InvariantCulture)}.jsonl");

    /// <summary>The numbers of the prefix's files in the folder, oldest first.</summary>
    public static List<long> Files(string directory, string prefix)
        => !Directory.Exists(directory) ? [] : Directory.EnumerateFiles(directory, prefix + "-*.jsonl")
            .Select(f => Path.GetFileNameWithoutExtension(f).Substring(prefix.Length + 1))
            .Select(s => long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .Where(n => n > 0)
            .OrderBy(n => n)
            .ToList();

    public void Write(ReadOnlySpan<byte> lines) => _stream.Write(lines);

    /// <summary>Makes what was written durable (before the cursor that names it is written).</summary>
    public void Flush() => _stream.Flush(flushToDisk: true);

    /// <summary>After a commit: starts the next file once this one is full, and applies retention.</summary>
    public void RotateIfFull()
    {
        if (Length < MaxBytes)
        {
            return;
        }
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        Seq++;
        _stream = new FileStream(PathOf(Seq), FileMode.Create, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        var files = Files(_directory, _prefix);
        var needed = OldestNeeded?.Invoke() ?? long.MaxValue;
        foreach (var old in files.Take(Math.Max(0, files.Count - KeepFiles)))
        {
            if (old >= needed)
            {
                break;
            }
            File.Delete(PathOf(old));
        }
    }

    private void Restore(long length)
    {
        _stream.Flush();
        if (_stream.Length > length)
        {
            _stream.SetLength(length);
        }
        else if (_stream.Length < length)
        {
            throw new InvalidDataException($"{PathOf(Seq)} is {_stream.Length:N0} bytes, shorter than the {length:N0} the pipeline cursor committed: it was changed outside policykit");
        }
        _stream.Position = length;
    }

    public void Dispose()
    {
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
    }
}
