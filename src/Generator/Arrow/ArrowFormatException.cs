namespace NuMMGen.Generator.Arrow;

/// <summary>
/// An Arrow file is truncated, corrupt or uses a feature this implementation does not read. The message names
/// the file and what is wrong. Bad input (a <see cref="NuMMGen.Physics.InputException"/>): the CLI maps it to
/// exit code 2.
/// </summary>
public sealed class ArrowFormatException : NuMMGen.Physics.InputException
{
    /// <summary>Creates the exception for <paramref name="filePath"/> with a description of the <paramref name="problem"/>.</summary>
    public ArrowFormatException(string filePath, string problem)
        : base($"Arrow file '{filePath}': {problem}")
    {
        FilePath = filePath;
        Problem = problem;
    }

    /// <summary>The file that was being read.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong, without the file name.</summary>
    public string Problem { get; }
}
