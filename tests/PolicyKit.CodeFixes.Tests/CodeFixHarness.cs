using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PolicyKit.Generators.Analyzers;

namespace PolicyKit.CodeFixes.Tests;

/// <summary>
/// Applies a code fix the way the IDE does, offline: an AdhocWorkspace project with the .NET reference assemblies
/// (Basic.Reference.Assemblies) and the built PolicyKit assemblies, the real analyzer for the diagnostics, the
/// provider's registered action, and its ApplyChangesOperation (which also runs the simplifier and formatter).
/// </summary>
internal static class CodeFixHarness
{
    private static readonly MetadataReference[] References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(PolicyBuilder).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Policy).Assembly.Location),
    ];

    public static Document Document(params string[] sources)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Policies", "Policies", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: References));
        Document? first = null;
        for (var i = 0; i < sources.Length; i++)
        {
            // Distinct file paths: the analyzer maps rule sites (e.g. in a [RuleSet] of another file) to trees by path.
            var document = workspace.AddDocument(DocumentInfo.Create(DocumentId.CreateNewId(project.Id), $"Policy{i}.cs",
                loader: TextLoader.From(TextAndVersion.Create(SourceText.From(sources[i]), VersionStamp.Default)), filePath: $"/policies/Policy{i}.cs"));
            project = document.Project;
            first ??= document;
        }
        return project.Solution.GetDocument(first!.Id)!;
    }

    /// <summary>The analyzer's diagnostics for the whole project, after checking the sources compile.</summary>
    public static async Task<ImmutableArray<Diagnostic>> Analyze(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the policy does not compile:\n" + string.Join("\n", errors));
        var diagnostics = await compilation.WithAnalyzers([new PolicyDslAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        var dsl = diagnostics.Where(d => d.Id.StartsWith("PK0", StringComparison.Ordinal)).ToList();
        Assert.True(dsl.Count == 0, "DSL errors:\n" + string.Join("\n", dsl));
        return diagnostics;
    }

    /// <summary>The code actions the provider offers for one diagnostic.</summary>
    public static async Task<IReadOnlyList<CodeAction>> Actions(CodeFixProvider provider, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        return actions;
    }

    /// <summary>Applies the action and returns the solution it leaves.</summary>
    public static async Task<Solution> Apply(CodeAction action, Solution solution)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var apply = Assert.Single(operations.OfType<ApplyChangesOperation>());
        Assert.NotSame(solution, apply.ChangedSolution);
        return apply.ChangedSolution;
    }

    /// <summary>What a fix left: the text of each source (in order) and the analysis of the fixed project.</summary>
    public sealed record Fixed(IReadOnlyList<string> Texts, ImmutableArray<Diagnostic> After)
    {
        public string Text => Texts[0];
    }

    /// <summary>
    /// Analyzes the sources, takes the <paramref name="which"/>-th <paramref name="id"/> diagnostic (in source order),
    /// applies the action titled <paramref name="title"/> and re-analyzes. <paramref name="adjust"/> replaces the
    /// diagnostic before the fix sees it (to pin the property contract down independently of the analyzer).
    /// </summary>
    public static async Task<Fixed> Fix(CodeFixProvider provider, string id, string title, string[] sources, int which = 0, Func<Diagnostic, Diagnostic>? adjust = null)
    {
        var (document, diagnostic) = await Find(id, sources, which);
        diagnostic = adjust?.Invoke(diagnostic) ?? diagnostic;
        var target = document.Project.Solution.GetDocument(diagnostic.Location.SourceTree)!;
        var actions = await Actions(provider, target, diagnostic);
        var action = actions.FirstOrDefault(a => a.Title == title);
        Assert.True(action is not null, $"no action \"{title}\" among: " + string.Join(", ", actions.Select(a => $"\"{a.Title}\"")));
        return await Result(await Apply(action, document.Project.Solution), document.Project);
    }

    public static Task<Fixed> Fix(CodeFixProvider provider, string id, string title, string source, int which = 0, Func<Diagnostic, Diagnostic>? adjust = null)
        => Fix(provider, id, title, [source], which, adjust);

    /// <summary>The titles of the actions offered for the <paramref name="which"/>-th <paramref name="id"/> diagnostic.</summary>
    public static async Task<IReadOnlyList<string>> Titles(CodeFixProvider provider, string id, string[] sources, int which = 0)
    {
        var (document, diagnostic) = await Find(id, sources, which);
        var target = document.Project.Solution.GetDocument(diagnostic.Location.SourceTree)!;
        return (await Actions(provider, target, diagnostic)).Select(a => a.Title).ToList();
    }

    private static async Task<(Document Document, Diagnostic Diagnostic)> Find(string id, string[] sources, int which)
    {
        var document = Document(sources);
        var before = await Analyze(document.Project);
        var diagnostic = before.Where(d => d.Id == id).OrderBy(d => d.Location.SourceTree?.FilePath).ThenBy(d => d.Location.SourceSpan.Start).ElementAtOrDefault(which);
        Assert.True(diagnostic is not null, $"no {id} (#{which}) in:\n" + string.Join("\n", before));
        return (document, diagnostic);
    }

    private static async Task<Fixed> Result(Solution solution, Project original)
    {
        var project = solution.GetProject(original.Id)!;
        var texts = new List<string>();
        foreach (var id in original.DocumentIds)
        {
            texts.Add((await project.GetDocument(id)!.GetTextAsync()).ToString());
        }
        return new Fixed(texts, await Analyze(project));
    }

    /// <summary>Applies the provider's fix-all to every <paramref name="id"/> diagnostic of the document.</summary>
    public static async Task<Fixed> FixAll(CodeFixProvider provider, string id, string equivalenceKey, string source)
    {
        var document = Document(source);
        var before = await Analyze(document.Project);
        var diagnostics = before.Where(d => d.Id == id).ToImmutableArray();
        Assert.NotEmpty(diagnostics);
        var fixAll = provider.GetFixAllProvider();
        Assert.NotNull(fixAll);
        var context = new FixAllContext(document, provider, FixAllScope.Document, equivalenceKey, [id], new Diagnostics(diagnostics), CancellationToken.None);
        var action = await fixAll.GetFixAsync(context);
        Assert.NotNull(action);
        return await Result(await Apply(action, document.Project.Solution), document.Project);
    }

    /// <summary>The provider's fix-all for every <paramref name="id"/> diagnostic of the document, or null when it offers none.</summary>
    public static async Task<Fixed?> TryFixAll(CodeFixProvider provider, string id, string equivalenceKey, string source)
    {
        var document = Document(source);
        var diagnostics = (await Analyze(document.Project)).Where(d => d.Id == id).ToImmutableArray();
        if (diagnostics.IsEmpty || provider.GetFixAllProvider() is not { } fixAll)
        {
            return null;
        }
        var context = new FixAllContext(document, provider, FixAllScope.Document, equivalenceKey, [id], new Diagnostics(diagnostics), CancellationToken.None);
        return await fixAll.GetFixAsync(context) is { } action ? await Result(await Apply(action, document.Project.Solution), document.Project) : null;
    }

    /// <summary>Hands the fix-all machinery the diagnostics computed above.</summary>
    private sealed class Diagnostics(ImmutableArray<Diagnostic> all) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult(all.Where(d => d.Location.SourceTree == document.GetSyntaxTreeAsync(cancellationToken).Result));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(all);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(all);
    }
}
