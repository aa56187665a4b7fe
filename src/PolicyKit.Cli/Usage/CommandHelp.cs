using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace PolicyKit.Cli.Usage;

/// <summary>
/// Sections System.CommandLine's help does not have: every command's exit codes (scripts depend on them),
/// and sections a command adds (detect's rules and allow-lists). Each command registers its own.
/// </summary>
internal static class CommandHelp
{
    private static readonly ConditionalWeakTable<Command, List<(string Title, Func<IEnumerable<string>> Lines)>> Sections = new();

    /// <summary>The command's exit codes, one line per code: "0 valid", "1 invalid", ...</summary>
    public static void ExitCodes(Command command, params string[] codes) => AddSection(command, "Exit codes", () => codes);

    /// <summary>A section after the options; its lines are made when help is shown.</summary>
    public static void AddSection(Command command, string title, Func<IEnumerable<string>> lines)
        => Sections.GetOrCreateValue(command).Add((title, lines));

    /// <summary>Whether the command has an "Exit codes" section (tests hold every command to it).</summary>
    public static bool HasExitCodes(Command command)
        => Sections.TryGetValue(command, out var list) && list.Exists(s => s.Title == "Exit codes");

    /// <summary>The help option of the root command, writing the default help and then the sections.</summary>
    public static HelpOption Option()
    {
        var option = new HelpOption();
        option.Action = new WithSections((HelpAction)option.Action!);
        return option;
    }

    private sealed class WithSections(HelpAction inner) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parse)
        {
            var code = inner.Invoke(parse);
            var output = parse.InvocationConfiguration.Output;
            if (Sections.TryGetValue(parse.CommandResult.Command, out var sections))
            {
                foreach (var (title, lines) in sections)
                {
                    output.WriteLine(title + ":");
                    foreach (var line in lines())
                    {
                        output.WriteLine("  " + line);
                    }
                    output.WriteLine();
                }
            }
            return code;
        }
    }
}
