using PolicyKit.Fuzz;

// policykit-fuzz: the fuzz targets behind AFL++ (SharpFuzz) or the built-in mutator. Commands in docs/fuzzing.md.
if (args is ["list"])
{
    foreach (var t in FuzzTargets.All)
    {
        Console.WriteLine(t.Name);
    }
    return 0;
}
if (args is ["afl", var aflName] && FuzzTargets.Find(aflName) is { } aflTarget)
{
    // AFL++ runs this process once and feeds it inputs; SharpFuzz reports each exception to it as a crash.
    SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        aflTarget.Run(buffer.ToArray());
    });
    return 0;
}
if (args is ["run", var runName, var file] && FuzzTargets.Find(runName) is { } runTarget)
{
    runTarget.Run(File.ReadAllBytes(file));
    Console.WriteLine("ok");
    return 0;
}
if (args is ["mutate", var name, .. var rest] && FuzzTargets.Find(name) is { } target)
{
    var seed = Option(rest, "--seed", 1);
    var seconds = Option(rest, "--seconds", 600);
    var iterations = Option(rest, "--iterations", int.MaxValue);
    var fixtures = rest.SkipWhile(a => a != "--fixtures").Skip(1).FirstOrDefault() ?? Path.Combine("tests", "fixtures");
    var (done, crash) = MutationRun.Run(target, MutationRun.Seeds(target, fixtures), seed, iterations, TimeSpan.FromSeconds(seconds));
    if (crash is null)
    {
        Console.WriteLine($"{target.Name}: {done:N0} inputs, no crash (seed {seed})");
        return 0;
    }
    var path = Path.Combine(Path.GetTempPath(), $"crash-{target.Name}-{seed}-{done}.bin");
    File.WriteAllBytes(path, crash.Input);
    Console.Error.WriteLine($"{target.Name}: crash after {done:N0} inputs (seed {seed}), input saved to {path}:\n{crash.Exception}");
    return 1;
}
Console.Error.WriteLine("usage: policykit-fuzz list | afl TARGET | run TARGET FILE | mutate TARGET [--seed N] [--seconds S] [--iterations N] [--fixtures DIR]");
return 2;

static int Option(string[] args, string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
}
