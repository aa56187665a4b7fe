using System.IO;
using PolicyKit.Cli.IO;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// Reads a command's input (a policy) into memory, at most a bound: past it the reader refuses the input
/// itself, so a gzip bomb costs the bound, not the memory it would inflate to. A read error (corrupt or
/// truncated gzip, reported by <see cref="PolicyKit.Events.Input.CompressedInput"/>) becomes an
/// <see cref="InputException"/> that names the file.
/// </summary>
internal static class BoundedInput
{
    public static byte[] Read(Stream stream, long limit, string name)
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
        catch (PolicyKit.Events.Input.CorruptInputException ex)
        {
            throw new InputException(ex.Message);
        }
        catch (IOException ex)
        {
            throw new InputException($"{name}: cannot read: {ex.Message}");
        }
        return buffer.ToArray();
    }
}
