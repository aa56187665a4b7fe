using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using PolicyKit.Cli.IO;

namespace PolicyKit.Cli.Assemblies;

/// <summary>
/// The detection rules of a built assembly: every [DetectionRules] class the generator recorded with
/// [assembly: CompiledDetections]. Loaded in a collectible context that shares PolicyKit's own
/// assemblies with the CLI, so the rules' types are ours.
/// </summary>
internal sealed class CompiledDetections : IDisposable
{
    private readonly BuiltAssemblyContext _context;

    private CompiledDetections(BuiltAssemblyContext context, IReadOnlyList<DetectionRule> rules)
    {
        _context = context;
        Rules = rules;
    }

    public IReadOnlyList<DetectionRule> Rules { get; }

    public static CompiledDetections Load(string assemblyPath)
    {
        var (context, rules) = BuiltAssemblyContext.Load(assemblyPath, assembly =>
        {
            var rules = new List<DetectionRule>();
            foreach (var record in assembly.GetCustomAttributes<CompiledDetectionsAttribute>())
            {
                var table = record.RulesClass.GetProperty("Detections", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IReadOnlyList<DetectionRule>
                    ?? throw new InputException($"{assemblyPath}: {record.RulesClass.FullName} has no generated Detections table");
                rules.AddRange(table);
            }
            if (rules.Count == 0)
            {
                throw new InputException($"{assemblyPath}: holds no detection rules (no [DetectionRules] class was built into it)");
            }
            var duplicate = rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
            return duplicate is null ? rules : throw new InputException($"{assemblyPath}: two rules have the id \"{duplicate.Key}\"");
        });
        return new CompiledDetections(context, rules);
    }

    public void Dispose() => _context.Unload();
}
