namespace PolicyKit.Cli.IO;

/// <summary>A command's exit code as it goes along: the first problem sets it, later ones of the same kind keep it.</summary>
internal sealed class ExitStatus
{
    public int Code { get; private set; } = ExitCodes.Success;

    /// <summary>Records a problem: usage errors (2) win over findings (1), which win over success.</summary>
    public void Raise(int code)
    {
        if (code > Code)
        {
            Code = code;
        }
    }
}
