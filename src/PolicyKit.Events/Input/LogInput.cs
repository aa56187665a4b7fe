using System;
using System.IO;

namespace PolicyKit.Events.Input;

/// <summary>One log to read: a file, or standard input (read live: each event as it arrives).</summary>
public sealed class LogInput
{
    /// <summary>How standard input is named on the command line.</summary>
    public const string StdinArgument = "-";

    private readonly Func<Stream> _open;

    private LogInput(string name, bool isLive, Func<Stream> open)
    {
        Name = name;
        IsLive = isLive;
        _open = open;
    }

    /// <summary>How messages call the input: its path, or &lt;stdin&gt;.</summary>
    public string Name { get; }

    /// <summary>Standard input: read as it arrives, with output flushed before each wait for more.</summary>
    public bool IsLive { get; }

    public static LogInput File(string path) => new(path, false, () => OpenFile(path));

    public static LogInput Stdin(Func<Stream> open) => new("<stdin>", true, open);

    /// <summary>An input read as it arrives, like stdin (a followed log: <see cref="FollowedLog"/>).</summary>
    public static LogInput Live(string name, Func<Stream> open) => new(name, true, open);

    /// <summary>An input from elsewhere (memory, a test), read like a file.</summary>
    public static LogInput Of(string name, Func<Stream> open) => new(name, false, open);

    /// <summary>The input's text, decompressed when it is gzip; throws <see cref="EventInputException"/> when it cannot be opened.</summary>
    public Stream Open() => CompressedInput.Decompress(_open(), Name);

    private static Stream OpenFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new EventInputException($"{path}: is a directory, not a file");
        }
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new EventInputException($"{path}: cannot read: {Reason(ex)}");
        }
    }

    private static string Reason(Exception ex) => ex switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        UnauthorizedAccessException => "permission denied",
        _ => ex.Message,
    };
}

/// <summary>An input that cannot be opened or read, with a message fit for the user.</summary>
public class EventInputException(string message) : Exception(message);

/// <summary>Input data that is corrupt past some point (bad gzip CRC, truncated gzip).</summary>
public sealed class CorruptInputException(string message) : IOException(message);
