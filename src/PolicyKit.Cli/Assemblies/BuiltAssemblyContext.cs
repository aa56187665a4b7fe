using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using PolicyKit.Cli.IO;

namespace PolicyKit.Cli.Assemblies;

/// <summary>
/// A collectible load context for a user's built assembly (a policy or rules repo). PolicyKit's own
/// assemblies are shared with the CLI, so the generated code's types (AuditRequest, DetectionRule, the
/// IR) are the CLI's; everything else resolves next to the assembly.
/// </summary>
internal sealed class BuiltAssemblyContext(string mainAssembly) : AssemblyLoadContext("policykit:" + mainAssembly, isCollectible: true)
{
    private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

    /// <summary>Loads the assembly and reads it; unloads and throws <see cref="InputException"/> when either fails.</summary>
    public static (BuiltAssemblyContext Context, T Value) Load<T>(string assemblyPath, Func<Assembly, T> read)
    {
        var full = Path.GetFullPath(assemblyPath);
        if (!File.Exists(full))
        {
            throw new InputException($"{assemblyPath}: cannot read: no such file");
        }
        var context = new BuiltAssemblyContext(full);
        try
        {
            return (context, read(context.LoadFromAssemblyPath(full)));
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or TypeLoadException or ArgumentException or TargetInvocationException)
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

    protected override Assembly? Load(AssemblyName name)
    {
        if (name.Name is "PolicyKit" or "PolicyKit.Core" or "PolicyKit.Detections")
        {
            return null;
        }
        var path = _resolver.ResolveAssemblyToPath(name);
        return path is null ? null : LoadFromAssemblyPath(path);
    }
}
