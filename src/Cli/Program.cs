using NuMMGen.Cli;
using NuMMGen.Cli.Hosting;

return await NummgenApp.RunAsync(args, CliOutput.FromProcessConsole());
