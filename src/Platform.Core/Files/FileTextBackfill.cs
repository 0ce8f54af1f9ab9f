using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Core.Settings;
using Platform.Core.Tenancy;

namespace Platform.Core.Files;

/// <summary>
/// A module's files stored before their text was read at upload: it reads the text of up to <c>batch</c> of them in
/// the scope's province (<see cref="FileText"/>) and stores it — an empty text for a file that has none, so it is not
/// tried again. Returns how many it read; 0 when none is left.
/// </summary>
public interface IFileTextBackfill
{
    Task<int> FillAsync(int batch, CancellationToken cancellationToken);
}

/// <summary>The background reading of stored files' text (<c>FileText:…</c>).</summary>
public sealed class FileTextSettings
{
    public const string Section = "FileText";

    /// <summary>Whether this instance reads the text of files stored before it was read at upload.</summary>
    public bool BackfillEnabled { get; init; } = true;

    /// <summary>How many files one module reads at a time (their bytes are in memory together).</summary>
    [Range(1, 100)]
    public int Batch { get; init; } = 5;

    /// <summary>How long it sleeps once every province's files are read, before looking again.</summary>
    [Range(10, 86400)]
    public int PollSeconds { get; init; } = 600;
}

/// <summary>
/// Reads the text of every stored file that has none yet, province by province (a scope acting for the province, so
/// each module's DbContext sets <c>app.province</c> and row-level security applies), module by module, in batches until
/// none is left.
/// </summary>
public sealed class FileTextFiller(IServiceScopeFactory scopes, IProvinceCatalog catalog, IOptions<FileTextSettings> options, ILogger<FileTextFiller> log)
{
    /// <summary>Reads every file left in every province; returns how many were read.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var total = 0;
        foreach (var province in catalog.Provinces)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(province);
            foreach (var module in scope.ServiceProvider.GetServices<IFileTextBackfill>())
            {
                int read;
                do
                {
                    read = await module.FillAsync(options.Value.Batch, ct);
                    total += read;
                }
                while (read > 0 && !ct.IsCancellationRequested);
            }
        }

        if (total > 0)
        {
            log.LogInformation("Read the text of {Count} stored file(s).", total);
        }

        return total;
    }
}

/// <summary>Runs <see cref="FileTextFiller"/> at start and then every <see cref="FileTextSettings.PollSeconds"/>.</summary>
internal sealed class FileTextBackfillService(FileTextFiller filler, IOptions<FileTextSettings> options, TimeProvider clock, ILogger<FileTextBackfillService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.BackfillEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds), clock);
        do
        {
            try
            {
                await filler.RunOnceAsync(stoppingToken);
            }
#pragma warning disable CA1031 // Whatever stops one pass (the database restarting, say), the next one tries again.
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                log.LogWarning("Reading the text of stored files failed, will try again: {Reason}", e.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

/// <summary>Registers the background reading of stored files' text.</summary>
public static class FileTextRegistration
{
    public static IServiceCollection AddFileTextBackfill(this IServiceCollection services)
    {
        services.AddSettings<FileTextSettings>(FileTextSettings.Section);
        services.AddSingleton<FileTextFiller>();
        services.AddHostedService<FileTextBackfillService>();
        return services;
    }
}
