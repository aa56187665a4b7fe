using System.Text.RegularExpressions;
using PolicyKit.Diagnostics;

namespace PolicyKit.Tests;

/// <summary>
/// The docs say what the tool does (issue 16, defect 10): id ranges in README.md and docs/ are whole, every
/// <c>$ policykit ...</c> example in docs/cli.md prints what it shows when run, and counts read "1 rule", never "1 rules".
/// </summary>
public partial class DocsDriftTests
{
    private static readonly string Root = Fixtures.RepositoryRoot;

    public static TheoryData<string> Documents()
        => [.. new[] { Path.Combine(Root, "README.md") }.Concat(Directory.GetFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories))
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    /// <summary>"PK1001–PK1049" while PK1050 exists is a range that stopped growing with the catalog.</summary>
    [Theory]
    [MemberData(nameof(Documents))]
    public void Id_ranges_name_whole_runs_of_the_catalog(string document)
    {
        var ids = DiagnosticCatalog.All.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (Match m in IdRange().Matches(File.ReadAllText(Path.Combine(Root, document))))
        {
            var (first, last) = (m.Groups[1].Value, m.Groups[2].Value);
            Assert.True(ids.Contains(first) && ids.Contains(last), $"{document}: {m.Value} names an id that does not exist");
            Assert.False(ids.Contains(Neighbour(last, +1)), $"{document}: {m.Value}, but {Neighbour(last, +1)} exists");
            Assert.False(ids.Contains(Neighbour(first, -1)), $"{document}: {m.Value}, but {Neighbour(first, -1)} exists");
        }
    }

    /// <summary>The range notation the docs use, for this test to see each.</summary>
    [Fact]
    public void The_readme_names_the_ranges_of_each_group()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var ranges = IdRange().Matches(readme).Select(m => m.Value).ToList();
        foreach (var group in DiagnosticCatalog.All.GroupBy(d => d.Id.Substring(0, 3)))
        {
            Assert.Contains(ranges, r => r.StartsWith(group.Min(d => d.Id)!, StringComparison.Ordinal));
        }
    }

    public static TheoryData<int> CliExamples() => [.. Examples().Select((_, i) => i)];

    [Theory]
    [MemberData(nameof(CliExamples))]
    public void Cli_examples_print_what_docs_cli_md_shows(int index)
    {
        var (command, expected) = Examples()[index];
        var args = Arguments(command).Select(a => Resolve(a)).ToArray();
        var r = CliRunner.Run(args);
        var actual = (r.Out + r.Error).Replace(Root.Replace('\\', '/') + "/", "").Replace(Root + Path.DirectorySeparatorChar, "")
            .Split('\n').Select(l => l.TrimEnd()).ToList();
        var at = 0;
        foreach (var line in expected.Where(l => l.Trim() is not ("" or "…" or "...")))
        {
            var next = actual.FindIndex(at, a => Matches(line.Trim(), a.Trim()));
            Assert.True(next >= 0, $"docs/cli.md: `$ {command}` shows\n  {line}\nwhich is not in its output (in order):\n{string.Join("\n", actual)}");
            at = next + 1;
        }
    }

    [Fact]
    public void Counts_of_one_are_singular_in_every_command()
    {
        var talos = Fixtures.Policy("talos-default.yaml");
        var dir = Directory.CreateTempSubdirectory("pk-plural-").FullName;
        var outputs = new[]
        {
            CliRunner.Run("validate", talos),
            CliRunner.Run("lint", talos),
            CliRunner.Run("lint", talos, "--write-baseline", Path.Combine(dir, "b.json")),
            CliRunner.Run("witnesses", talos),
            CliRunner.Run("import", talos, "--class", "Talos", "-o", Path.Combine(dir, "Talos.cs")),
            CliRunner.Run("detect", Fixtures.Path("events", "falco-traces", "attach_pod.json")),
            CliRunner.Run("simulate", Fixtures.Policy("kubernetes-docs-example.yaml"), "--events", Fixtures.Path("events", "immudb", "k8s-metadata.jsonl")),
        };
        foreach (var r in outputs)
        {
            var text = r.Out + r.Error;
            Assert.DoesNotMatch(PluralOfOne(), text);
        }
        Assert.Contains("(1 rule)", outputs[4].Error);
        Assert.Contains("wrote " + Path.Combine(dir, "b.json") + " (1 finding)", outputs[2].Error);
    }

    /// <summary>Each <c>$ policykit ...</c> line of a code block in docs/cli.md, with the lines it shows until the next command or the block's end.</summary>
    private static List<(string Command, List<string> Output)> Examples()
    {
        var examples = new List<(string, List<string>)>();
        var inBlock = false;
        List<string>? output = null;
        foreach (var raw in File.ReadAllLines(Path.Combine(Root, "docs", "cli.md")))
        {
            var line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                output = null;
            }
            else if (inBlock && line.StartsWith("$ policykit", StringComparison.Ordinal))
            {
                output = new List<string>();
                examples.Add((line.Substring(2), output));
            }
            else if (line.StartsWith("$ ", StringComparison.Ordinal))
            {
                output = null;
            }
            else
            {
                output?.Add(line);
            }
        }
        Assert.True(examples.Count >= 5, "docs/cli.md has fewer $ policykit examples than expected");
        return examples;
    }

    /// <summary>A shown line matches an output line when its parts between "…" appear in it, in order (the first at its start).</summary>
    private static bool Matches(string shown, string actual)
    {
        var parts = shown.Split('…');
        if (!actual.StartsWith(parts[0], StringComparison.Ordinal))
        {
            return false;
        }
        var at = parts[0].Length;
        foreach (var part in parts.Skip(1))
        {
            var found = actual.IndexOf(part, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }
            at = found + part.Length;
        }
        return parts.Length > 1 || actual.Length == shown.Length;
    }

    private static IEnumerable<string> Arguments(string command)
        => ShellWord().Matches(command).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Value).Skip(1);

    /// <summary>A path of the repository, absolute (the tests run elsewhere); anything else as written.</summary>
    private static string Resolve(string argument)
    {
        var path = Path.Combine(Root, argument);
        var directory = Path.GetDirectoryName(path.Split('*')[0]);
        return File.Exists(path) || Directory.Exists(path) || argument.Contains('*') && directory is not null && Directory.Exists(directory) ? path : argument;
    }

    private static string Neighbour(string id, int step) => "PK" + (int.Parse(id.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture) + step).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(PK\d{4})\s*[–-]\s*(PK\d{4})")]
    private static partial Regex IdRange();

    [GeneratedRegex(@"'([^']*)'|\S+")]
    private static partial Regex ShellWord();

    [GeneratedRegex(@"(?<![\d.,])1 (rule|error|warning|finding|event|alert|change|file|value|input|match)s\b")]
    private static partial Regex PluralOfOne();
}
