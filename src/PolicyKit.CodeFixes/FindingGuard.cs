using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyKit.Generators.Analyzers;

namespace PolicyKit.CodeFixes;

/// <summary>
/// Holds every fix to its promise: applied, it removes a finding of the kind it is for and adds none. A fix is
/// checked by analysing the project before and after it with the PolicyKit analyzers: no warning or error id (nor
/// a compiler error) may occur more often after than before, and the fixed id must occur less often. A fix that
/// fails is not offered — e.g. a PK1010 rule whose insertion would make a later rule unreachable (PK1001).
/// Info notes may appear: removing an unreachable rule can leave the rule that shadowed it redundant (PK1002),
/// which is true of the fixed policy and changes no decision. Severities are the project's (.editorconfig).
/// </summary>
internal static class FindingGuard
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PolicyDslAnalyzer(), new DetectionAnalyzer());

    // The "before" of every fix offered on one compilation is the same: analyse it once.
    private static readonly ConditionalWeakTable<Compilation, Task<Counts>> Counted = new();

    /// <summary>Per id, the diagnostics of every severity, and those at warning or error.</summary>
    private sealed record Counts(Dictionary<string, int> All, Dictionary<string, int> Serious);

    /// <summary>Whether <paramref name="after"/> has fewer findings of each of <paramref name="fixedIds"/> than <paramref name="before"/> and no more of any id.</summary>
    public static async Task<bool> KeepsPromiseAsync(Project before, Project after, IEnumerable<string> fixedIds, CancellationToken cancellationToken)
    {
        var was = await CountAsync(before, cancellationToken).ConfigureAwait(false);
        var now = await CountAsync(after, cancellationToken).ConfigureAwait(false);
        int Of(Dictionary<string, int> counts, string id) => counts.TryGetValue(id, out var n) ? n : 0;
        return now.Serious.All(kv => kv.Value <= Of(was.Serious, kv.Key)) && fixedIds.All(id => Of(now.All, id) < Of(was.All, id));
    }

    /// <summary>Whether the solution a fix-all computed keeps the promise in every project it changed.</summary>
    public static async Task<bool> KeepsPromiseAsync(Solution before, Solution after, IEnumerable<string> fixedIds, CancellationToken cancellationToken)
    {
        var changed = after.GetChanges(before).GetProjectChanges().Select(c => c.ProjectId).ToList();
        foreach (var id in changed)
        {
            if (!await KeepsPromiseAsync(before.GetProject(id)!, after.GetProject(id)!, fixedIds, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }
        return changed.Count > 0;
    }

    private static async Task<Counts> CountAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null)
        {
            return new Counts(new Dictionary<string, int>(), new Dictionary<string, int>());
        }
        return await Counted.GetValue(compilation, c => CountAsync(c, project.AnalyzerOptions)).ConfigureAwait(false);
    }

    private static async Task<Counts> CountAsync(Compilation compilation, AnalyzerOptions options)
    {
        // Not the caller's token: the result is shared by every fix of this compilation.
        var analyzed = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        var errors = compilation.GetDiagnostics(CancellationToken.None).Where(d => d.Severity == DiagnosticSeverity.Error);
        var all = analyzed.Concat(errors).ToList();
        return new Counts(
            all.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count()),
            all.Where(d => d.Severity >= DiagnosticSeverity.Warning).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count()));
    }
}
