using System;

namespace PolicyKit.Events.Framing;

/// <summary>
/// CloudWatch Logs' export to S3 (CreateExportTask) writes each log event as one line: its timestamp in RFC 3339
/// (<c>2024-01-01T00:00:00.000Z</c>), a space, then the message, which for EKS's kube-apiserver-audit stream is the
/// event's JSON as the apiserver wrote it. The prefix is passed over; what follows is read as any other line.
/// </summary>
internal static class CloudWatchExportPrefix
{
    /// <summary>The length of the timestamp and its space when <paramref name="line"/> starts so and a JSON object follows; else 0.</summary>
    public static int Length(ReadOnlySpan<byte> line)
    {
        // yyyy-MM-ddTHH:mm:ss
        const string shape = "dddd-dd-ddTdd:dd:dd";
        if (line.Length < shape.Length + 3)
        {
            return 0;
        }
        for (var i = 0; i < shape.Length; i++)
        {
            var ok = shape[i] == 'd' ? line[i] is >= (byte)'0' and <= (byte)'9' : line[i] == shape[i];
            if (!ok)
            {
                return 0;
            }
        }
        var at = shape.Length;
        if (line[at] == (byte)'.')
        {
            at++;
            var digits = at;
            while (at < line.Length && line[at] is >= (byte)'0' and <= (byte)'9')
            {
                at++;
            }
            if (at == digits)
            {
                return 0;
            }
        }
        return at + 2 < line.Length && line[at] == (byte)'Z' && line[at + 1] == (byte)' ' && line[at + 2] == (byte)'{' ? at + 2 : 0;
    }
}
