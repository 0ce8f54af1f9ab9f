using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Audit.Persistence;
using Platform.Audit.Trail;
using Platform.Core.Auditing;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Persistence;
using Platform.Core.Settings;
using Platform.Sdk.Structure;

namespace Platform.Audit;

/// <summary>The Audit module's public face: its registration and the verification command.</summary>
public static class AuditModule
{
    /// <summary>
    /// Adds the audit schema, the trail (<see cref="IAuditTrail"/>, <see cref="IAuditWriter"/>) and the interceptor
    /// that audits every module DbContext's saves.
    /// </summary>
    public static IServiceCollection AddAuditModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<AuditDbContext>(AuditDbContext.Schema);
        services.AddModuleServices(typeof(AuditModule).Assembly);
        services.AddScoped<IInterceptor, AuditingInterceptor>();
        services.AddScoped<IModuleDatabase, AuditDatabase>();
        services.AddSingleton<ITextSource, AuditTexts>();
        services.AddSingleton<AuditKey>();
        services.AddSingleton<CheckpointFile>();
        services.AddSingleton<AuditCheckpoints>();
        services.AddSettings<AuditCheckpointOptions>(AuditCheckpointOptions.Section);
        services.AddHostedService(sp => sp.GetRequiredService<AuditCheckpoints>());
        // Refuses to start without a readable key, naming the setting, rather than keep a trail nobody can trust.
        services.AddOptions<AuditKeyOptions>().BindConfiguration("Audit").ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuditKeyOptions>, AuditKeyOptions.Validation>();
        return services;
    }

    /// <summary>Verifies every chain, writes the result in Vietnamese and English, and tells whether all are intact.</summary>
    public static async Task<bool> VerifyAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(cancellationToken);
        foreach (var line in result.Describe())
        {
            await output.WriteLineAsync(line);
        }

        return result.Intact;
    }
}

/// <summary>Migrates the audit schema; the trail keeps nothing of the packs.</summary>
internal sealed class AuditDatabase(AuditDbContext db, IServiceProvider services) : IModuleDatabase
{
    public string Module => "audit";

    public Task MigrateAsync(CancellationToken cancellationToken) => db.MigrateAsOwnerAsync(services, cancellationToken);

    public Task SynchroniseAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task LoadDemoDataAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;
}
