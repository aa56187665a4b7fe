using System.IO;
using PolicyKit.Cli.Commands;
using PolicyKit.Cli.IO;
using PolicyKit.Yaml;

namespace PolicyKit.Cli.Fix;

/// <summary>
/// The <c>--fix</c> step of <c>policykit lint</c>: each file fixed in place (atomically) by <see cref="PolicyFixer"/>,
/// each fix reported on stderr; the lint that follows reports what remains.
/// </summary>
internal static class LintFix
{
    public static void Apply(CliContext context, string[] files, KubernetesVersion version, ExitStatus exit)
    {
        foreach (var path in files)
        {
            var name = InputFiles.DisplayName(path);
            if (path == InputFiles.Stdin)
            {
                context.Error.WriteLine("error: --fix changes files in place; stdin cannot be fixed");
                exit.Raise(ExitCodes.Usage);
                continue;
            }
            string text;
            PolicyDocument document;
            try
            {
                var bytes = PolicyLoader.ReadBytes(path, context);
                text = new System.Text.UTF8Encoding(false, true).GetString(bytes);
                document = PolicyYamlReader.Read(new MemoryStream(bytes, writable: false), version);
            }
            catch (System.Exception ex) when (ex is InputException or System.Text.DecoderFallbackException)
            {
                // The lint that follows reports the file as unreadable.
                continue;
            }
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                continue;
            }
            var result = PolicyFixer.Fix(text, document, version);
            if (result.Text is null)
            {
                continue;
            }
            try
            {
                AtomicFile.Write(path, result.Text);
            }
            catch (System.Exception ex) when (ex is IOException or System.UnauthorizedAccessException)
            {
                context.Error.WriteLine($"error: cannot write {name}: {ex.Message}");
                exit.Raise(ExitCodes.Usage);
                continue;
            }
            foreach (var line in result.Applied)
            {
                context.Error.WriteLine($"fixed: {name}:{line}");
            }
        }
    }
}
