using System.IO;
using PolicyKit.Events.Reading;
using PolicyKit.Text;

namespace PolicyKit.Cli.Events;

/// <summary>
/// Prints reading problems to stderr, at most <see cref="PerInput"/> per input: a file of something else
/// (a policy given as a log, a binary) gets a few located messages and a count, not one per line.
/// </summary>
internal sealed class ProblemPrinter(TextWriter error)
{
    public const int PerInput = 20;

    /// <summary>YAML lines in an input that make it a policy given as a log, rather than a log with a stray line.</summary>
    public const int YamlLinesOfAPolicy = 3;

    private string? _input;
    private int _printed;
    private long _unprinted;
    private long _firstUnprintedLine;
    private long _yamlLines;

    public void Print(BatchResult result)
    {
        foreach (var problem in result.Problems)
        {
            if (problem.Input != _input)
            {
                Finish();
                _input = problem.Input;
            }
            if (problem.Message.Contains("this line is YAML", System.StringComparison.Ordinal))
            {
                _yamlLines++;
            }
            if (_printed < PerInput || !problem.Skipped)
            {
                _printed++;
                error.WriteLine(ControlCharacters.Escape(problem.ToString()));
            }
            else if (_unprinted++ == 0)
            {
                _firstUnprintedLine = problem.Line;
            }
        }
    }

    /// <summary>Says how many problems of the last input were not printed.</summary>
    public void Finish()
    {
        if (_unprinted > 0)
        {
            error.WriteLine($"{ControlCharacters.Escape(_input ?? "")}: {_unprinted} more value(s) skipped from line {_firstUnprintedLine} on (only the first {PerInput} are shown)");
        }
        if (_yamlLines >= YamlLinesOfAPolicy)
        {
            error.WriteLine($"{ControlCharacters.Escape(_input ?? "")}: this looks like a policy, not a log ({_yamlLines} YAML lines); were the policy and the logs swapped?");
        }
        _printed = 0;
        _unprinted = 0;
        _yamlLines = 0;
    }
}
