using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using PolicyKit.Cli.IO;

namespace PolicyKit.Cli.Assemblies;

/// <summary>
/// The detection rules of a built assembly: every [DetectionRules] class the generator recorded with
/// [assembly: CompiledDetections]. Loaded in a collectible context that shares PolicyKit's own
/// assemblies with the CLI, so the rules' types are ours.
/// </summary>
internal sealed class CompiledDetections : IDisposable
{
    private readonly RulesLoadContext _context;

    private CompiledDetections(RulesLoadContext context, IReadOnlyList<DetectionRule> rules)
    {
        _context = context;
        Rules = rules;
    }

    public IReadOnlyList<DetectionRule> Rules { get; }

    public static CompiledDetections Load(string assemblyPath)
    {
        var full = Path.GetFullPath(assemblyPath);
        if (!File.Exists(full))
        {
            throw new InputException($"{assemblyPath}: cannot read: no such file");
        }
        var context = new RulesLoadContext(full);
        try
        {
            var assembly = context.LoadFromAssemblyPath(full);
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
            if (duplicate is not null)
            {
                throw new InputException($"{assemblyPath}: two rules have the id \"{duplicate.Key}\"");
            }
            return new CompiledDetections(context, rules);
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or TypeLoadException or TargetInvocationException)
        {
            context.Unload();
            throw new InputException($"{assemblyPath}: cannot load: {ex.Message}");
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    public void Dispose() => _context.Unload();

    private sealed class RulesLoadContext(string mainAssembly) : AssemblyLoadContext("policykit-rules:" + mainAssembly, isCollectible: true)
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

        protected override Assembly? Load(AssemblyName name)
        {
            // Share PolicyKit's own assemblies: DetectionRule and the IR must be the CLI's types.
            if (name.Name is "PolicyKit" or "PolicyKit.Core" or "PolicyKit.Detections")
            {
                return null;
            }
            var path = _resolver.ResolveAssemblyToPath(name);
            return path is null ? null : LoadFromAssemblyPath(path);
        }
    }
}
