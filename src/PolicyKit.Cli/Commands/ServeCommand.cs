using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PolicyKit.Cli.Assemblies;
using PolicyKit.Cli.IO;
using PolicyKit.Cli.Usage;
using PolicyKit.Cli.Serve;
using PolicyKit.Detections;
using PolicyKit.Serve;
using PolicyKit.Serve.Config;
using PolicyKit.Serve.Pipeline;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit serve</c>: the audit webhook backend (docs/serve.md). Loads the rules and the policy as detect and
/// filter do, merges the config file under the flags, and runs <see cref="ServeServer"/> until SIGTERM or Ctrl+C.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var flags = new ServeFlags();
        var rules = new Option<string?>("--rules", "-r") { Description = "A built assembly with [DetectionRules] classes: run its rules instead of the built-in pack.", HelpName = "DLL" };
        var allow = new Option<string[]>("--allow") { Description = "Add a value to a named allow-list of the rules (repeatable), as for detect.", HelpName = "LIST=VALUE" };
        var exceptions = new Option<string?>("--exceptions") { Description = "A detection tuning file (exceptions, allow-lists, rules enabled or disabled, windows), as for detect.", HelpName = "FILE" };
        var policy = new Option<string?>("--policy", "-p") { Description = "Filter events through this audit policy (YAML or JSON), as policykit filter does; with --assembly: the policy's name in it.", HelpName = "POLICY" };
        var assembly = new Option<string?>("--assembly", "-a") { Description = "Filter with the compiled matcher of a built policy assembly.", HelpName = "DLL" };
        var version = CommonOptions.KubernetesVersionOption();
        var command = new Command("serve",
            "Receive kube-apiserver's audit webhook batches (audit.k8s.io/v1 EventList, JSON, gzip if sent), acknowledge each once it is\n" +
            "durable in a local journal, and run the detections (and the policy filter) over them into rotated JSON-lines files,\n" +
            "standard output and an HTTP sink. /healthz, /readyz and /metrics (Prometheus) beside the webhook path. Runs until SIGTERM or Ctrl+C.")
        {
            rules, allow, exceptions, policy, assembly, version,
        };
        CommandHelp.ExitCodes(command, "0 stopped cleanly", "2 bad usage or settings that cannot work (said before anything listens)");
        flags.AddTo(command);
        command.SetAction(parse =>
        {
            var effective = WithConfigFile(parse, command, flags);
            if (effective.Errors.Count > 0)
            {
                foreach (var error in effective.Errors)
                {
                    context.Error.WriteLine("error: " + error.Message);
                }
                return ExitCodes.Usage;
            }
            try
            {
                var options = flags.Options(effective);
                using var detections = effective.GetValue(rules) is { } dll ? CompiledDetections.Load(dll) : null;
                var ruleList = detections?.Rules ?? BuiltInDetections.Detections;
                var policyPath = effective.GetValue(policy);
                var policyDll = effective.GetValue(assembly);
                using var decider = policyPath is null && policyDll is null ? null : PolicyDecider.Load(context, policyPath, policyDll, effective.GetValue(version));
                if ((policyPath is not null || policyDll is not null) && decider is null)
                {
                    return ExitCodes.Usage;
                }
                var tuning = DetectCommand.Tuning(effective.GetValue(exceptions), effective.GetValue(allow) ?? [], [], [], [], []);
                var (tuned, additions) = DetectCommand.Apply(tuning, ruleList);
                var serveRules = new ServeRules(tuned, additions, decider?.Decide);
                return Run(context, options, serveRules);
            }
            catch (Exception ex) when (ex is ServeConfigurationException or InputException)
            {
                context.Error.WriteLine("error: " + ex.Message);
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    private static int Run(CliContext context, ServeOptions options, ServeRules rules)
    {
        ServeServer server;
        try
        {
            server = ServeServer.Create(options, rules);
        }
        catch (Exception ex) when (ex is System.IO.IOException or UnauthorizedAccessException or ArgumentException)
        {
            context.Error.WriteLine("error: " + ex.Message);
            return ExitCodes.Usage;
        }
        try
        {
            server.StartAsync().GetAwaiter().GetResult();
        }
        catch (System.IO.IOException ex)
        {
            // Kestrel's "address already in use" and the like.
            context.Error.WriteLine("error: cannot listen: " + ex.Message);
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return ExitCodes.Usage;
        }
        context.Error.WriteLine($"policykit serve: listening on {string.Join(", ", server.Addresses)} (path {options.Path}), {rules.Detections.Count} rules" + (rules.Decide is null ? "" : ", policy filter on"));
        context.Error.Flush();
        server.WaitForShutdownAsync().GetAwaiter().GetResult();
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        context.Error.WriteLine("policykit serve: stopped");
        return ExitCodes.Success;
    }

    /// <summary>The parse with the config file's settings added for the flags the command line does not give.</summary>
    private static ParseResult WithConfigFile(ParseResult parse, Command command, ServeFlags flags)
    {
        var path = parse.GetValue(flags.Config);
        if (path is null)
        {
            return parse;
        }
        var given = new HashSet<string>(command.Options.Where(o => parse.GetResult(o) is { Implicit: false }).SelectMany(o => o.Aliases.Append(o.Name)), StringComparer.Ordinal);
        var tokens = parse.Tokens.Select(t => t.Value).Concat(ServeConfigFile.Tokens(path, given)).ToList();
        return parse.RootCommandResult.Command.Parse(tokens);
    }
}
