using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace PolicyKit.CodeFixes.Tests;

/// <summary>
/// What every code fix must leave: the finding it is for gone, and no finding (warning or error) that was not there
/// before. Checked on the diagnostics of the whole project before and after, independently of the fixes' own guard:
/// per id, no more findings than before; and on every rule statement the fix left as it was, none it did not have.
/// Info notes are not findings here: removing an unreachable rule can leave its shadowing rule redundant (PK1002).
/// </summary>
internal static partial class NoNewFinding
{
    public static void Assert(ImmutableArray<Diagnostic> allBefore, ImmutableArray<Diagnostic> allAfter, string fixedId, string what)
    {
        Xunit.Assert.True(allAfter.Count(d => d.Id == fixedId) < allBefore.Count(d => d.Id == fixedId), $"{what}: the {fixedId} finding is still there");
        var before = allBefore.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        var after = allAfter.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        foreach (var id in after.Select(d => d.Id).Distinct())
        {
            var was = before.Count(d => d.Id == id);
            var now = after.Count(d => d.Id == id);
            Xunit.Assert.True(now <= was, $"{what}: {now - was} new {id}:\n" + string.Join("\n", after.Where(d => d.Id == id)));
        }
        var beforeSites = before.Select(Site).ToList();
        foreach (var group in after.GroupBy(d => (d.Id, Site: Site(d))).Where(g => beforeSites.Contains(g.Key.Site)))
        {
            var was = before.Count(d => d.Id == group.Key.Id && Site(d) == group.Key.Site);
            Xunit.Assert.True(group.Count() <= was, $"{what}: a new {group.Key.Id} on an unchanged statement: {group.First()}");
        }
    }

    /// <summary>The text of the statement a finding is on (blanks removed), which a fix that leaves it alone does not change.</summary>
    private static string Site(Diagnostic diagnostic)
    {
        var tree = diagnostic.Location.SourceTree;
        if (tree is null)
        {
            return "";
        }
        var node = tree.GetRoot().FindNode(diagnostic.Location.SourceSpan);
        var statement = node.AncestorsAndSelf().FirstOrDefault(n => n is Microsoft.CodeAnalysis.CSharp.Syntax.StatementSyntax) ?? node;
        return tree.FilePath + ":" + Blanks().Replace(statement.ToString(), "");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanks();
}
