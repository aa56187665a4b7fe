using System;
using System.IO;
using System.Text;
using PolicyKit.Cli;
using PolicyKit.Cli.IO;

// Buffered stdout: evaluate and detect write a line per event, and Console.Out flushes on every write.
// stderr never throws (closed with 2>&-, messages are lost but the output is not).
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" };
var stderr = new SafeErrorWriter(new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" });
var code = CliApp.Run(args, new CliContext(stdout, stderr, Console.OpenStandardInput, ErrorIsTerminal: !Console.IsErrorRedirected));
try
{
    stdout.Flush();
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
{
    stderr.WriteLine("error: cannot write to standard output: " + (ex.InnerException ?? ex).Message);
    code = ExitCodes.Usage;
}
return code;
