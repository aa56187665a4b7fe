using System;
using System.IO;
using System.IO.Compression;

namespace PolicyKit.Cli.IO;

/// <summary>Opens command inputs: a path, or "-" for stdin; gzip is detected by its magic bytes and read transparently.</summary>
internal static class InputFiles
{
    public const string Stdin = "-";

    public static string DisplayName(string path) => path == Stdin ? "<stdin>" : path;

    /// <summary>Opens the input, or throws <see cref="InputException"/> with a message fit for the user.</summary>
    public static Stream Open(string path, CliContext context)
    {
        Stream raw;
        if (path != Stdin && Directory.Exists(path))
        {
            throw new InputException($"{path}: is a directory, not a file");
        }
        try
        {
            raw = path == Stdin ? context.OpenStdin() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException($"{DisplayName(path)}: cannot read: {Reason(ex)}");
        }
        return Decompress(raw);
    }

    /// <summary>Wraps the stream in a gzip decoder when it starts with the gzip magic bytes.</summary>
    public static Stream Decompress(Stream raw)
    {
        var buffered = new BufferedStream(raw, 1 << 16);
        var b0 = buffered.ReadByte();
        var b1 = b0 < 0 ? -1 : buffered.ReadByte();
        var head = new PeekedStream(buffered, b0, b1);
        return b0 == 0x1f && b1 == 0x8b ? new GZipStream(head, CompressionMode.Decompress) : head;
    }

    private static string Reason(Exception ex) => ex switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        UnauthorizedAccessException => "permission denied",
        _ => ex.Message,
    };
}

/// <summary>A user-facing input error (exit code 2).</summary>
internal sealed class InputException(string message) : Exception(message);
