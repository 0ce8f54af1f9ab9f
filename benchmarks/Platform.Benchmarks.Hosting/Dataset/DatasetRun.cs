using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Platform.Core.Persistence;
using Platform.Core.Tenancy;

namespace Platform.Benchmarks.Hosting.Dataset;

/// <summary>
/// The load-test dataset inside the host the benchmark starts for it: once the host has started (its migrations and
/// demo data applied), runs <see cref="DatasetCommand"/> for each province of <c>Benchmarks:Dataset:Province</c> and
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

    /// <summary>The value of <see cref="ProvinceKey"/> that fills every province the host loaded.</summary>
    public const string AllProvinces = "*";

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After every hosted service has started, the host's database start-up among them.</summary>
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var exit = 0;
        try
        {
            // One province, several separated by commas, or "*" for every loaded province (the roll-up's benchmark):
            // one transaction each, in turn; the first that does not succeed stops the run.
            var years = configuration.GetValue(YearsKey, DatasetCommand.DefaultYears);
            foreach (var province in Provinces(configuration[ProvinceKey]))
            {
                exit = await DatasetCommand.RunAsync(services, province, years, output, cancellationToken);
                if (exit != 0)
                {
                    break;
                }
            }

            if (exit == 0)
            {
                var clock = Stopwatch.StartNew();
                await LoadTestDataset.SettleAsync(services.GetRequiredKeyedService<NpgsqlDataSource>(Database.Owner), cancellationToken);
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture, $"Settled: tasks vacuumed, open tasks' index rebuilt in {clock.Elapsed.TotalSeconds:0.0} s."));
            }
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

    /// <summary>The provinces to fill; one null (the command's own choice: the only loaded province) when none is named.</summary>
    private IEnumerable<string?> Provinces(string? setting)
    {
        if (setting == AllProvinces)
        {
            return services.GetRequiredService<IProvinceCatalog>().Provinces.Select(p => (string?)p.Code.Value);
        }

        return setting is { Length: > 0 } ? setting.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : new string?[] { null };
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
