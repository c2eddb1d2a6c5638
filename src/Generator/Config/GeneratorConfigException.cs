namespace NuMMGen.Generator.Config;

/// <summary>
/// A bad generator configuration: malformed JSON, an unknown key, a missing key or a value outside its
/// range. The message names the file, the key (as a dotted path such as <c>target.massKg</c>) and what is
/// expected; the command line maps it to exit code 2.
/// </summary>
public sealed class GeneratorConfigException : NuMMGen.Physics.InputException
{
    /// <summary>Creates the exception with a message naming the key and what is expected.</summary>
    public GeneratorConfigException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception wrapping the error that caused it.</summary>
    public GeneratorConfigException(string message, Exception inner) : base(message, inner)
    {
    }
}
