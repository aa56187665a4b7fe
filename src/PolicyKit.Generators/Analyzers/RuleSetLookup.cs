using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyKit.Generators.Model;
using PolicyKit.Generators.Parsing;

namespace PolicyKit.Generators.Analyzers;

/// <summary>The compilation's [RuleSet] methods by documentation id, parsed on first use and cached per compilation.</summary>
internal sealed class RuleSetLookup : IReadOnlyDictionary<string, RuleSetSpec>
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<string, RuleSetSpec?> _cache;

    public RuleSetLookup(Compilation compilation, ConcurrentDictionary<string, RuleSetSpec?> cache)
    {
        _compilation = compilation;
        _cache = cache;
    }

    public bool TryGetValue(string key, out RuleSetSpec value)
    {
        var spec = _cache.GetOrAdd(key, id =>
        {
            var method = DocumentationCommentId.GetFirstSymbolForDeclarationId(id, _compilation) as IMethodSymbol;
            // A rule set usually lives in another file than the policy being analysed, so the node action's
            // semantic model does not cover it; the compilation caches the model it hands out.
#pragma warning disable RS1030
            return method?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is MethodDeclarationSyntax syntax
                ? PolicyParser.ParseRuleSet(syntax, method, _compilation.GetSemanticModel(syntax.SyntaxTree))
                : null;
#pragma warning restore RS1030
        });
        value = spec!;
        return spec is not null;
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public RuleSetSpec this[string key] => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException(key);

    // Only lookups are needed by the resolver.
    public IEnumerable<string> Keys => _cache.Keys;

    public IEnumerable<RuleSetSpec> Values => _cache.Values.Where(v => v is not null)!;

    public int Count => _cache.Count;

    public IEnumerator<KeyValuePair<string, RuleSetSpec>> GetEnumerator()
        => _cache.Where(kv => kv.Value is not null).Select(kv => new KeyValuePair<string, RuleSetSpec>(kv.Key, kv.Value!)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
