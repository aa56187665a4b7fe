using System;
using System.IO;
using System.CommandLine;
using System.Linq;
using PolicyKit.Cli.Commands;
using PolicyKit.Cli.IO;

namespace PolicyKit.Cli;

/// <summary>The <c>policykit</c> command line: builds the command tree and runs it with the given streams.</summary>
internal static class CliApp
{
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand(
            "policykit: check and replay Kubernetes audit policies and audit logs.\n" +
            "Exit codes: 0 success, 1 findings or failures, 2 bad usage or unreadable input.")
        {
            ValidateCommand.Create(context),
            EvaluateCommand.Create(context),
            ImportCommand.Create(context),
            LintCommand.Create(context),
            WitnessesCommand.Create(context),
            DiffCommand.Create(context),
            SimulateCommand.Create(context),
            DetectCommand.Create(context),
            FilterCommand.Create(context),
            ServeCommand.Create(context),
        };
        return root;
    }

    public static int Run(string[] args, CliContext context)
    {
        var parse = Create(context).Parse(args);
        var config = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?"))
        {
            foreach (var error in parse.Errors)
            {
                context.Error.WriteLine("error: " + error.Message);
            }
            context.Error.WriteLine("Run 'policykit " + string.Join(" ", args.TakeWhile(a => !a.StartsWith('-')).Take(1)) + " --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(config);
        }
        catch (InputException ex)
        {
            context.Error.WriteLine("error: " + ex.Message);
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Reading errors are reported where they happen; what is left is the output (stdout closed, a broken pipe).
            context.Error.WriteLine("error: cannot write the output: " + (ex.InnerException ?? ex).Message);
            return ExitCodes.Usage;
        }
    }
}
