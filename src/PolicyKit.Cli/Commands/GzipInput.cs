using System.IO;
using PolicyKit.Cli.IO;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// Reading a policy that may be gzip'd: .NET's GZipStream throws InvalidDataException on corrupt data (a bad CRC
/// says "unsupported compression method") and silently stops at a truncated one; both become an
/// <see cref="InputException"/> that names the file.
/// </summary>
internal static class GzipInput
{
    /// <summary>The input, at most <paramref name="limit"/> bytes of it (the reader refuses larger inputs itself).</summary>
    public static byte[] ReadBounded(Stream stream, long limit, string name)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int n;
            while (buffer.Length < limit && (n = stream.Read(chunk, 0, (int)System.Math.Min(chunk.Length, limit - buffer.Length))) > 0)
            {
                buffer.Write(chunk, 0, n);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new InputException($"{name}: corrupt gzip data: {Reason(ex)}");
        }
        catch (IOException ex)
        {
            throw new InputException($"{name}: cannot read: {ex.Message}");
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Throws when a gzip file ends before its trailer: the trailer's last field is the size of the last member's
    /// data, and a truncated file ends in compressed bytes that claim a size (almost surely) larger than what decoded.
    /// Several members decode to at least the last one's size, so they pass.
    /// </summary>
    public static void CheckComplete(string path, long decodedLength)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (file.Length < 2 || file.ReadByte() != 0x1f || file.ReadByte() != 0x8b)
        {
            return;
        }
        if (file.Length < 18)
        {
            throw new InputException($"{path}: corrupt gzip data: the file ends inside its header (truncated?)");
        }
        file.Seek(-4, SeekOrigin.End);
        var trailer = new byte[4];
        file.ReadExactly(trailer, 0, 4);
        var size = (uint)(trailer[0] | trailer[1] << 8 | trailer[2] << 16 | trailer[3] << 24);
        if (size > (ulong)decodedLength)
        {
            throw new InputException($"{path}: corrupt gzip data: it decodes to {decodedLength:N0} bytes but says {size:N0} (truncated?)");
        }
    }

    private static string Reason(InvalidDataException ex)
        => ex.Message.Contains("unsupported compression method") ? "the data or its checksum is damaged" : ex.Message;
}
