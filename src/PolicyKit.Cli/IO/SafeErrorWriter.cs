using System;
using System.IO;
using System.Text;

namespace PolicyKit.Cli.IO;

/// <summary>
/// Standard error that never throws: with stderr closed (<c>2&gt;&amp;-</c>) messages are lost, but the command
/// still writes everything it can to standard output and exits with its code.
/// </summary>
internal sealed class SafeErrorWriter(TextWriter inner) : TextWriter
{
    private bool _broken;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Try(() => inner.Write(value));

    public override void Write(string? value) => Try(() => inner.Write(value));

    public override void WriteLine(string? value) => Try(() => inner.WriteLine(value));

    public override void Flush() => Try(inner.Flush);

    private void Try(Action write)
    {
        if (_broken)
        {
            return;
        }
        try
        {
            write();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            _broken = true;
        }
    }
}
