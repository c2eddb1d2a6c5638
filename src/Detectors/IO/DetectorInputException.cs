using NuMMGen.Physics;

namespace NuMMGen.Detectors.IO;

/// <summary>
/// Bad detector input: a response parameter out of range, or a table file (efficiency curve, spectral
/// shape) that is missing, malformed or out of range. The message names the parameter or the file and
/// line, and what is allowed.
/// </summary>
public sealed class DetectorInputException : InputException
{
    /// <summary>Creates the exception with a message naming the bad input and what is allowed.</summary>
    public DetectorInputException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public DetectorInputException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
