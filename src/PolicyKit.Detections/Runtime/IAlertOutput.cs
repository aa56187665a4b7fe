using System.Buffers;
using System.IO;

namespace PolicyKit.Detections.Runtime;

/// <summary>How alerts are written (detect's formats, serve's alert files): a line per alert as they come (JSON, text, GitHub annotations) or a report at the end (JUnit).</summary>
public interface IAlertOutput
{
    /// <summary>Called in log order; appends the alert's line (UTF-8), if any, to <paramref name="output"/>.</summary>
    void Write(DetectionAlert alert, ArrayBufferWriter<byte> output);

    /// <summary>Called once, after the last alert: what a report format writes at the end.</summary>
    void Finish(TextWriter output);
}
