using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using PolicyKit.Cli.IO;
using PolicyKit.Cli.Usage;
using PolicyKit.Cli.PolicyTests;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit test TESTFILE... [--policy P]</c>: the policy's own tests without C# (like <c>opa test</c>): each
/// case a request and the decision the policy must give it (schemas/policy-tests.v1.schema.json).
/// </summary>
internal static class TestCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("TESTFILE")
        {
            Description = "Test files (YAML or JSON: a \"policy\" path, relative to the file, and \"tests\"; '-' reads stdin).",
            Arity = ArgumentArity.OneOrMore,
        };
        var policy = new Option<string?>("--policy", "-p") { Description = "The policy to test, instead of each file's \"policy\".", HelpName = "POLICY" };
        var version = CommonOptions.KubernetesVersionOption();
        var format = CommonOptions.FormatOption("text", "json", "junit");
        var command = new Command("test",
            "Run policy tests: each case a request with the level, omitted stages and rule the policy must decide it by. " +
            "Failures are located at their case. `policykit witnesses POLICY --format tests` writes a test file that covers every rule.")
        {
            files, policy, version, format,
        };
        CommandHelp.ExitCodes(command, "0 every case passed", "1 some case failed", "2 usage error, an unreadable or malformed test file, or a policy the apiserver refuses");
        command.SetAction(parse => Run(context, parse.GetValue(files)!, parse.GetValue(policy), parse.GetValue(version), parse.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string[] paths, string? policyOption, KubernetesVersion version, string format)
    {
        var exit = new ExitStatus();
        var results = new List<PolicyTestFileResult>();
        foreach (var path in paths)
        {
            if (RunFile(context, path, policyOption, version) is { } result)
            {
                results.Add(result);
                exit.Raise(result.Results.All(r => r.Passed) ? ExitCodes.Success : ExitCodes.Findings);
            }
            else
            {
                exit.Raise(ExitCodes.Usage);
            }
        }
        if (results.Count == 0)
        {
            // Nothing ran: no report that could pass for an empty, green one.
            return exit.Code;
        }
        context.Out.Write(format switch
        {
            "json" => PolicyTestReport.Json(results) + "\n",
            "junit" => PolicyTestReport.JUnit(results),
            _ => PolicyTestReport.Text(results),
        });
        return exit.Code;
    }

    private static string? Decode(byte[] bytes)
    {
        if (TextEncodings.DecodeWithBom(bytes) is { } text)
        {
            return text;
        }
        var bom = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        try
        {
            return new System.Text.UTF8Encoding(false, true).GetString(bytes, bom, bytes.Length - bom);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>One file's results, or null after reporting why it could not run (on stderr, located).</summary>
    private static PolicyTestFileResult? RunFile(CliContext context, string path, string? policyOption, KubernetesVersion version)
    {
        var name = InputFiles.DisplayName(path);
        PolicyTestFile file;
        try
        {
            var bytes = PolicyLoader.ReadBytes(path, context);
            if (bytes.Length > YamlLimits.Default.MaxBytes)
            {
                context.Error.WriteLine($"error: {name}: larger than {YamlLimits.Default.MaxBytes} bytes");
                return null;
            }
            if (Decode(bytes) is not { } text)
            {
                context.Error.WriteLine($"error: {name}: not UTF-8 (or UTF-16/32 with a byte order mark) text");
                return null;
            }
            file = PolicyTestReader.Read(name, text);
        }
        catch (InputException ex)
        {
            context.Error.WriteLine("error: " + ex.Message);
            return null;
        }
        catch (PolicyTestFormatException ex)
        {
            context.Error.WriteLine($"{name}:{ex.At.Line}:{ex.At.Column}: error: {ex.Message}");
            return null;
        }
        var policyPath = policyOption ?? (file.Policy is { } relative
            ? (path == InputFiles.Stdin || Path.IsPathRooted(relative) ? relative : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, relative))
            : null);
        if (policyPath is null)
        {
            context.Error.WriteLine($"{name}:1:1: error: no policy to test: give --policy or a \"policy\" field");
            return null;
        }
        var policyName = policyOption ?? file.Policy!;
        PolicyDocument document;
        try
        {
            document = PolicyLoader.Load(policyPath, version, context);
        }
        catch (InputException ex)
        {
            context.Error.WriteLine((policyOption is null ? $"{name}:{file.PolicyAt.Line}:{file.PolicyAt.Column}: " : "") + "error: " + ex.Message);
            return null;
        }
        if (PolicyLoader.Loadable(document) is not { } policy)
        {
            foreach (var f in document.Findings)
            {
                context.Error.WriteLine(f.Format(policyName));
            }
            context.Error.WriteLine($"error: {policyName}: kube-apiserver would refuse this policy; the tests of {name} did not run");
            return null;
        }
        return new PolicyTestFileResult(name, policyName, PolicyTestRunner.Run(policy, version, file.Cases));
    }
}
