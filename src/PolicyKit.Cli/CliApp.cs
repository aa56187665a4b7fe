using System;
using System.IO;
using System.CommandLine;
using System.Linq;
using PolicyKit.Cli.Commands;
using PolicyKit.Cli.IO;
using PolicyKit.Cli.Usage;

namespace PolicyKit.Cli;

/// <summary>The <c>policykit</c> command line: builds the command tree and runs it with the given streams.</summary>
internal static class CliApp
{
    /// <summary>The command tree; the root is a plain command named "policykit" (a RootCommand is named after the assembly).</summary>
    public static Command Create(CliContext context)
    {
        var root = new Command("policykit", "policykit: check and replay Kubernetes audit policies and audit logs.")
        {
            CommandHelp.Option(),
            new VersionOption(),
            ValidateCommand.Create(context),
            EvaluateCommand.Create(context),
            ImportCommand.Create(context),
            LintCommand.Create(context),
            WitnessesCommand.Create(context),
            DiffCommand.Create(context),
            SimulateCommand.Create(context),
            DetectCommand.Create(context),
            FilterCommand.Create(context),
            TestCommand.Create(context),
            FmtCommand.Create(context),
            ServeCommand.Create(context),
        };
        CommandHelp.ExitCodes(root, "0 success", "1 findings or failures", "2 bad usage or unreadable input");
        return root;
    }

    public static int Run(string[] args, CliContext context)
    {
        var config = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false };
        if (args.Length == 0)
        {
            // No command: the usage, once, where errors go.
            Create(context).Parse(["--help"]).Invoke(new InvocationConfiguration { Output = context.Error, Error = context.Error });
            return ExitCodes.Usage;
        }
        var parse = Create(context).Parse(args);
        var errors = args.Any(a => a is "-h" or "--help" or "-?") ? [] : UsageErrors.Of(parse);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                context.Error.WriteLine("error: " + error);
            }
            context.Error.WriteLine($"Run '{UsageErrors.CommandPath(parse.CommandResult.Command)} --help' for usage.");
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
