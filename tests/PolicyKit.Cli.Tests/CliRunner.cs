using System.Text;
using PolicyKit.Cli;
using PolicyKit.Cli.IO;

namespace PolicyKit.Tests;

/// <summary>Runs the policykit command line in-process with captured streams.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Result Run(params string[] args) => RunWithStdin(null, args);

    public static Result RunWithStdin(byte[]? stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliContext(output, error, () => new MemoryStream(stdin ?? Encoding.UTF8.GetBytes(""))));
        return new Result(code, output.ToString(), error.ToString());
    }
}
