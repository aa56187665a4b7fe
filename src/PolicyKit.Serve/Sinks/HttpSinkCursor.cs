using System.IO;
using System.Text.Json;
using PolicyKit.Serve.Pipeline;

namespace PolicyKit.Serve.Sinks;

/// <summary>How far the HTTP sink delivered the alert files: a file's number and the offset in it.</summary>
public sealed record HttpSinkCursor(long Seq, long Offset)
{
    public const string FileName = "http-sink.cursor";

    public static HttpSinkCursor? Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), CursorJson.Default.HttpSinkCursor) : null;
    }

    public void Save(string directory) => DurableFile.Replace(Path.Combine(directory, FileName), JsonSerializer.SerializeToUtf8Bytes(this, CursorJson.Default.HttpSinkCursor));
}
