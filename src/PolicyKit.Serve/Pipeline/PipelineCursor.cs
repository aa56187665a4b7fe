using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyKit.Serve.Journal;

namespace PolicyKit.Serve.Pipeline;

/// <summary>
/// The pipeline's durable progress: the journal position processed and, for each output file, how long it was
/// then. Written atomically (temporary file, fsync, rename) after the outputs are fsynced, so after a crash the
/// outputs are cut back to these lengths and processing resumes at the position: each event's output once.
/// </summary>
public sealed record PipelineCursor(long Segment, long Offset, OutputState? Alerts, OutputState? Events)
{
    public const string FileName = "pipeline.cursor";

    [JsonIgnore]
    public JournalPosition Position => new(Segment, Offset);

    public static PipelineCursor? Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), CursorJson.Default.PipelineCursor);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not a pipeline cursor: {ex.Message}");
        }
    }

    public void Save(string directory) => DurableFile.Replace(Path.Combine(directory, FileName), JsonSerializer.SerializeToUtf8Bytes(this, CursorJson.Default.PipelineCursor));
}

[JsonSerializable(typeof(PipelineCursor))]
[JsonSerializable(typeof(Sinks.HttpSinkCursor))]
internal sealed partial class CursorJson : JsonSerializerContext;
