namespace PolicyKit.Fuzz;

/// <summary>
/// One reader under fuzzing. <see cref="Run"/> feeds it one input and returns normally for every input the reader
/// handles as documented (a result, or its own error type caught here); anything else escaping is a crash.
/// </summary>
public interface IFuzzTarget
{
    /// <summary>The name on the command line and the folder of its regression inputs (tests/fixtures/fuzz/&lt;name&gt;).</summary>
    string Name { get; }

    /// <summary>Where the mutator and AFL++ start from: folders or files under tests/fixtures.</summary>
    IReadOnlyList<string> SeedPaths { get; }

    void Run(ReadOnlySpan<byte> input);
}
