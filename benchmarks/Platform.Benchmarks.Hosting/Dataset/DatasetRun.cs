using System.Globalization;

namespace Platform.Benchmarks.Hosting.Dataset;

/// <summary>
/// The load-test dataset inside the host the benchmark starts for it: once the host has started (its migrations and
/// demo data applied), runs <see cref="DatasetCommand"/> with <c>Benchmarks:Dataset:Province</c> and
/// <c>Benchmarks:Dataset:Years</c>, writes the exit code and what the command printed to
/// <see cref="ResultFileKey"/>'s file for the benchmark to read (the host's own exit code says nothing of it), and stops
/// the host. Registered only when that file is configured.
/// </summary>
internal sealed class DatasetRun(
    IServiceProvider services, IConfiguration configuration, IHostApplicationLifetime lifetime, ILogger<DatasetRun> log) : IHostedLifecycleService
{
    /// <summary>The file that receives the outcome: the exit code on the first line, then the command's output.</summary>
    public const string ResultFileKey = "Benchmarks:Dataset:ResultFile";

    public const string ProvinceKey = "Benchmarks:Dataset:Province";

    public const string YearsKey = "Benchmarks:Dataset:Years";

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After every hosted service has started, the host's database start-up among them.</summary>
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        int exit;
        try
        {
            exit = await DatasetCommand.RunAsync(
                services, configuration[ProvinceKey], configuration.GetValue(YearsKey, DatasetCommand.DefaultYears), output, cancellationToken);
        }
#pragma warning disable CA1031 // Whatever went wrong is the benchmark's to report, with the host's log.
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.LogError(e, "The load-test dataset failed");
            await output.WriteLineAsync(e.ToString());
            exit = 3;
        }

        var file = configuration[ResultFileKey]!;
        await File.WriteAllTextAsync(file + ".tmp", exit.ToString(CultureInfo.InvariantCulture) + "\n" + output, cancellationToken);
        File.Move(file + ".tmp", file, overwrite: true);
        lifetime.StopApplication();
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
