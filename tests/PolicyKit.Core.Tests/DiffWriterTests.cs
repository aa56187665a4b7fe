using System.Text.Json;
using PolicyKit.Diff;

namespace PolicyKit.Tests;

/// <summary>The diff's report writers on hostile names: JSON stays valid, Markdown code stays closed, None outcomes compare as nothing recorded.</summary>
public class DiffWriterTests
{
    private static readonly Policy Old = new(new EquatableArray<PolicyRule>([new PolicyRule(Level.Metadata)]));

    private static readonly Policy New = new(new EquatableArray<PolicyRule>(
    [
        new PolicyRule(Level.RequestResponse) { Name = "quote \" back\\slash\nnew`line", Users = new(["e```vil|user"]) },
        new PolicyRule(Level.Metadata),
    ]));

    private static PolicyDiffReport Report() => PolicyDiffReport.Compare(new DiffSide("old \"a\".yaml", Old), new DiffSide("new <b>.yaml", New), DiffVersions.Latest);

    [Fact]
    public void Json_is_valid_and_keeps_every_string()
    {
        using var json = JsonDocument.Parse(DiffJsonWriter.Write(Report()));
        var root = json.RootElement;
        Assert.Equal("old \"a\".yaml", root.GetProperty("old").GetProperty("name").GetString());
        var region = Assert.Single(root.GetProperty("regions").EnumerateArray());
        Assert.Equal("quote \" back\\slash\nnew`line", region.GetProperty("newRules")[0].GetProperty("name").GetString());
        Assert.Equal("e```vil|user", region.GetProperty("witness").GetProperty("user").GetProperty("name").GetString());
    }

    [Fact]
    public void Markdown_fences_and_cells_cannot_be_broken_by_names()
    {
        var md = DiffMarkdownWriter.Write(Report());
        Assert.Contains("````\n  e```vil|user", md);
        Assert.Contains("`new <b>.yaml`", md.Split('\n')[0]);
        // A table row has exactly its six cell borders: the pipe in the user's name is escaped.
        var row = md.Split('\n').Single(l => l.StartsWith("| 1 |", StringComparison.Ordinal));
        Assert.Equal(6, row.Replace("\\|", "").Count(c => c == '|'));
    }

    [Fact]
    public void None_outcomes_are_equal_whatever_their_stages_say()
    {
        Assert.Equal(new DiffOutcome(Level.None, Stages.All, true), new DiffOutcome(Level.None, Stages.None, false));
        Assert.NotEqual(new DiffOutcome(Level.Metadata, Stages.All, true), new DiffOutcome(Level.Metadata, Stages.None, true));
        var quiet = new Policy(new EquatableArray<PolicyRule>([new PolicyRule(Level.None) { OmitStages = Stages.All }]));
        var other = new Policy(new EquatableArray<PolicyRule>([new PolicyRule(Level.None) { Verbs = new(["get"]) }])) { OmitStages = Stages.Panic };
        Assert.False(PolicyDiff.Compare(quiet, other).HasChanges);
    }
}
