using System.CommandLine;
using NuMMGen.Cli.Hosting;

namespace NuMMGen.Cli.Commands;

/// <summary>
/// <c>nummgen eft</c>: the LNEFT layer (seed 2, Chen, Zheng, Zhang) and loop-induced moments (seed 1, Xu):
/// <c>bounds</c> (Tables 3-8), <c>moment</c> (eqs. 10, 11, 22 and their inverse) and <c>figure</c> (Fig. 3 data as CSV).
/// Thin: parses, calls <c>NuMMGen.Physics.Eft</c>, formats.
/// </summary>
public static class EftCommand
{
    /// <summary>Builds the command with its three subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("eft", "Effective field theory: bounds on LNEFT dipole and tensor coefficients, loop-induced magnetic moments, seed 1 Fig. 3 data.");
        command.Subcommands.Add(EftBoundsCommand.Create(context));
        command.Subcommands.Add(EftMomentCommand.Create(context));
        command.Subcommands.Add(EftFigureCommand.Create(context));
        return command;
    }
}
