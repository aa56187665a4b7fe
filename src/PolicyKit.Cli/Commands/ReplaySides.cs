using System;
using System.Collections.Generic;
using PolicyKit.Cli.Assemblies;
using PolicyKit.Cli.IO;
using PolicyKit.Events.Replay;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// The policies a log is replayed through (simulate, diff --events): a YAML/JSON file decided by the reference evaluator,
/// or a built policy assembly (.dll) decided by its compiled matcher, as evaluate does.
/// </summary>
internal sealed class ReplaySides : IDisposable
{
    private readonly List<IDisposable> _loaded = new();

    /// <summary>The side for <paramref name="file"/>, or null after saying on stderr why the apiserver would refuse it.</summary>
    public ReplaySide? Load(CliContext context, string file, string? policyName, KubernetesVersion version)
    {
        if (file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            var (name, model) = CompiledPolicyModel.Load(file, policyName);
            var compiled = CompiledPolicy.Load(file, policyName);
            _loaded.Add(compiled);
            var evaluate = compiled.Evaluate;
            return new ReplaySide(name, model, request => evaluate(request));
        }
        var display = InputFiles.DisplayName(file);
        var document = PolicyLoader.Load(file, version, context);
        foreach (var finding in document.Findings)
        {
            if (finding.Severity == Validation.Severity.Error)
            {
                context.Error.WriteLine(finding.Format(display));
            }
        }
        if (PolicyLoader.Loadable(document) is not { } policy)
        {
            context.Error.WriteLine($"error: {display}: kube-apiserver would refuse this policy; fix the errors above (policykit validate {display})");
            return null;
        }
        return ReplaySide.Evaluated(display, policy, version);
    }

    public void Dispose()
    {
        foreach (var loaded in _loaded)
        {
            loaded.Dispose();
        }
    }
}
