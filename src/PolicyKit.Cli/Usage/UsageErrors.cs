using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using PolicyKit.Text;

namespace PolicyKit.Cli.Usage;

/// <summary>
/// One rule for every command: an unknown option, a stray argument or an unknown command is a usage error
/// with a "did you mean". System.CommandLine binds an unknown <c>--bogus</c> to a file argument (then
/// "cannot read --bogus"), so tokens bound to arguments are checked here, before any command runs.
/// A file whose name starts with '-' is still reachable after <c>--</c>.
/// </summary>
internal static class UsageErrors
{
    public static IReadOnlyList<string> Of(ParseResult parse)
    {
        var errors = new List<string>();
        var command = parse.CommandResult.Command;
        var literal = AfterDoubleDash(parse);
        foreach (var token in BoundTokens(parse.CommandResult))
        {
            if (!literal.Contains(token.Value))
            {
                errors.Add(UnknownOption(token.Value, command));
            }
        }
        var unmatched = parse.UnmatchedTokens.ToList();
        if (command.Subcommands.Count > 0 && unmatched.Count > 0)
        {
            // An unknown command: what follows it was meant for that command, not for us.
            errors.Add(UnknownCommand(unmatched[0], command));
        }
        else
        {
            errors.AddRange(unmatched.Select(token => LooksLikeOption(token) ? UnknownOption(token, command) : $"unexpected argument '{token}'"));
        }
        // The parser's own words for what was reported above, and "Required command" next to an unknown one.
        var reported = unmatched.Select(t => string.Format(CultureInfo.InvariantCulture, "Unrecognized command or argument '{0}'.", t)).ToHashSet(StringComparer.Ordinal);
        errors.AddRange(parse.Errors.Select(e => e.Message)
            .Where(m => !reported.Contains(m) && !(unmatched.Count > 0 && m == "Required command was not provided.")));
        return errors;
    }

    /// <summary>The command line, as the user types it: <c>policykit lint</c>.</summary>
    public static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is not null; s = s.Parents.FirstOrDefault())
        {
            names.Add(s.Name);
        }
        names.Reverse();
        return string.Join(" ", names);
    }

    /// <summary>
    /// Tokens that look like options but were taken as values: every such token of a command argument, and of
    /// an option's values those that start with "--" or, past its first value, with '-' (a negative number is a value).
    /// </summary>
    private static IEnumerable<Token> BoundTokens(CommandResult result)
    {
        foreach (var child in result.Children)
        {
            if (child is ArgumentResult argument)
            {
                foreach (var t in argument.Tokens.Where(t => LooksLikeOption(t.Value)))
                {
                    yield return t;
                }
            }
            else if (child is OptionResult option)
            {
                for (var i = 0; i < option.Tokens.Count; i++)
                {
                    var value = option.Tokens[i].Value;
                    if (value.StartsWith("--", StringComparison.Ordinal) && value.Length > 2
                        || i > 0 && LooksLikeOption(value) && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                    {
                        yield return option.Tokens[i];
                    }
                }
            }
        }
    }

    private static bool LooksLikeOption(string value) => value.Length > 1 && value[0] == '-';

    private static HashSet<string> AfterDoubleDash(ParseResult parse)
        => parse.Tokens.SkipWhile(t => t.Type != TokenType.DoubleDash).Skip(1).Select(t => t.Value).ToHashSet(StringComparer.Ordinal);

    private static string UnknownOption(string token, Command command)
    {
        var name = token.Split('=', ':')[0];
        var known = Options(command).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
        var suggestion = EditDistance.Suggest(name, known);
        return $"unknown option '{name}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?");
    }

    private static string UnknownCommand(string token, Command command)
    {
        var suggestion = EditDistance.Suggest(token, command.Subcommands.Select(c => c.Name));
        return $"unknown command '{token}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?");
    }

    /// <summary>The command's options and the recursive ones of its parents (--help).</summary>
    private static IEnumerable<Option> Options(Command command)
    {
        foreach (var o in command.Options)
        {
            yield return o;
        }
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (var o in parent.Options.Where(o => o.Recursive))
            {
                yield return o;
            }
        }
    }
}
