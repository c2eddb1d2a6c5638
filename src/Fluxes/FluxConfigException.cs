namespace NuMMGen.Fluxes;

/// <summary>
/// Bad flux input: an unknown source or component, a value outside its range, a malformed table or
/// config file. The message names the key or file and what is expected; the command line maps it to
/// exit code 2.
/// </summary>
public sealed class FluxConfigException : NuMMGen.Physics.InputException
{
    /// <summary>Creates the exception with a message that names the key or file and what is expected.</summary>
    public FluxConfigException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception wrapping the error that caused it.</summary>
    public FluxConfigException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>Throws unless <paramref name="ok"/>, with "key = value: expected ...".</summary>
    public static void Require(bool ok, string key, object? value, string expected)
    {
        if (!ok)
        {
            throw new FluxConfigException($"{key} = {value ?? "(missing)"}: expected {expected}.");
        }
    }
}
