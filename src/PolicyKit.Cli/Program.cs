using System;
using System.IO;
using System.Text;
using PolicyKit.Cli;
using PolicyKit.Cli.IO;

// Buffered stdout: evaluate prints one line per event, and Console.Out flushes on every write.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" };
var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
try
{
    return CliApp.Run(args, new CliContext(stdout, stderr, Console.OpenStandardInput));
}
finally
{
    stdout.Flush();
}
