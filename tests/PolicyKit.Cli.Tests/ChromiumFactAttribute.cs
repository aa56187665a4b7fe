namespace PolicyKit.Tests;

/// <summary>A test that renders HTML in headless Chromium: skipped, saying so, where no chromium is installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.Path is null)
        {
            Skip = "chromium is not installed (apt-get install -y chromium): the HTML report is checked as XML only";
        }
    }
}

/// <summary>Finds chromium on PATH and renders a file with it.</summary>
internal static class HeadlessChromium
{
    public static string? Path { get; } = new[] { "chromium", "chromium-browser", "google-chrome" }
        .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator).Select(dir => System.IO.Path.Combine(dir, name)))
        .FirstOrDefault(File.Exists);

    /// <summary>The DOM chromium made of the file, and what it printed on stderr; throws if it did not finish in time.</summary>
    public static (int ExitCode, string Dom, string Error) DumpDom(string file)
    {
        var start = new System.Diagnostics.ProcessStartInfo(Path!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pk-chromium-" + Environment.ProcessId), "--dump-dom", new Uri(file).AbsoluteUri })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = System.Diagnostics.Process.Start(start)!;
        var dom = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish rendering within 2 minutes");
        }
        return (process.ExitCode, dom.Result, error.Result);
    }
}
