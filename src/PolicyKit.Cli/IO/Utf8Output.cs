using System;
using System.IO;
using System.Text;

namespace PolicyKit.Cli.IO;

/// <summary>Writes UTF-8 bytes to a text writer: straight to the stream under a <see cref="StreamWriter"/>, decoded otherwise (tests).</summary>
internal static class Utf8Output
{
    public static void Write(TextWriter writer, ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return;
        }
        if (writer is StreamWriter { Encoding: UTF8Encoding } stream)
        {
            stream.Flush();
            stream.BaseStream.Write(utf8);
        }
        else
        {
            writer.Write(Encoding.UTF8.GetString(utf8));
        }
    }
}
