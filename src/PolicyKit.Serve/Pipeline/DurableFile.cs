using System.IO;

namespace PolicyKit.Serve.Pipeline;

/// <summary>Replaces a small file atomically and durably: a temporary beside it, fsynced, renamed over it.</summary>
internal static class DurableFile
{
    public static void Replace(string path, byte[] content)
    {
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }
}
