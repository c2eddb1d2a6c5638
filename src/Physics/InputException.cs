namespace NuMMGen.Physics;

/// <summary>
/// Bad input from a user: an option, a configuration key or a data file that is missing, malformed or
/// out of range. The message names the option, key or file and what is expected. Programs report it
/// without a stack trace and exit with code 2; every library layer derives its own input errors from it.
/// </summary>
public class InputException : Exception
{
    /// <summary>Creates the exception with a message naming the bad input and what is allowed.</summary>
    public InputException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it (e.g. a parse error).</summary>
    public InputException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
