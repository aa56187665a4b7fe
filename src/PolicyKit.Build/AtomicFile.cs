using System;
using System.IO;
using System.Linq;

namespace PolicyKit.Build;

/// <summary>
/// Writes a file only when its bytes change, through a temporary file in the same folder renamed over
/// the target: a reader sees the old file or the new one, never a part, and an unchanged file keeps
/// its timestamp so an incremental build downstream stays a no-op.
/// </summary>
internal static class AtomicFile
{
    /// <returns>True when the file was written, false when it already had these bytes.</returns>
    public static bool WriteIfChanged(string path, byte[] content)
    {
        if (File.Exists(path) && new FileInfo(path).Length == content.Length && File.ReadAllBytes(path).SequenceEqual(content))
        {
            return false;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllBytes(temp, content);
            if (File.Exists(path))
            {
                File.Replace(temp, path, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temp, path);
            }
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
        return true;
    }
}
