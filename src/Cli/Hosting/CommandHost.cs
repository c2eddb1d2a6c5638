using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NuMMGen.Physics;

namespace NuMMGen.Cli.Hosting;

/// <summary>
/// Runs one parsed command inside a Microsoft.Extensions.Hosting host: configuration (environment
/// variables prefixed <c>NUMMGEN_</c>), logging to standard error, and cancellation on Ctrl-C or SIGTERM.
/// Maps the outcome to an exit code: <see cref="InputException"/> gives 2, cancellation 130, any other
/// exception 1.
/// </summary>
public static class CommandHost
{
    /// <summary>
    /// Builds the host, starts it, runs <paramref name="body"/> with a token that fires on Ctrl-C, and
    /// stops the host. <paramref name="logLevel"/> sets the minimum level of log lines on standard error.
    /// </summary>
    public static async Task<int> RunAsync(
        CliOutput output,
        LogLevel logLevel,
        Func<IServiceProvider, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration.AddEnvironmentVariables("NUMMGEN_");
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.AddSingleton(output);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(logLevel);
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
            o.ColorBehavior = output.Interactive
                ? Microsoft.Extensions.Logging.Console.LoggerColorBehavior.Default
                : Microsoft.Extensions.Logging.Console.LoggerColorBehavior.Disabled;
        });
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
            o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        using var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        try
        {
            return await body(host.Services, linked.Token).ConfigureAwait(false);
        }
        catch (InputException e)
        {
            await output.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            await output.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            await output.Error.WriteLineAsync($"failure: {e.Message}").ConfigureAwait(false);
            host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("nummgen").LogDebug(e, "Details of the failure");
            return ExitCodes.Failure;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
