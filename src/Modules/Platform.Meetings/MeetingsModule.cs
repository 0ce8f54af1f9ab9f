using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Modules;
using Platform.Core.Persistence;
using Platform.Core.Tenancy;
using Platform.Meetings.Persistence;
using Platform.Meetings.Rules;
using Platform.Meetings.Services;
using Platform.Sdk.Structure;

namespace Platform.Meetings;

/// <summary>The Meetings module's public face: its registration.</summary>
public static class MeetingsModule
{
    /// <summary>Adds the module's database, services, rules and wording.</summary>
    public static IServiceCollection AddMeetingsModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<MeetingsDbContext>(MeetingsDbContext.Schema);
        services.AddModuleServices(typeof(MeetingsModule).Assembly);
        services.AddScoped(sp => new MeetingRulebook(sp.GetRequiredService<CurrentProvince>().Required));
        services.AddScoped<IModuleDatabase, MeetingsDatabase>();
        services.AddSingleton<Core.Localization.ITextSource, MeetingsTexts>();
        services.AddSingleton<Core.Api.IApiEndpoints, Api.MeetingsApi>();
        return services;
    }
}

/// <summary>Migrates the meetings schema; loads demo meetings for a demo install.</summary>
internal sealed class MeetingsDatabase(MeetingsDbContext db, IServiceProvider services) : IModuleDatabase
{
    public string Module => "meetings";

    public Task MigrateAsync(CancellationToken cancellationToken) => db.MigrateAsOwnerAsync(services, cancellationToken);

    public Task SynchroniseAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;

    // Resolved here, not in the constructor: the demo needs the province's rules, and migrating runs before any province is set.
    public Task LoadDemoDataAsync(ProvinceDefinition province, CancellationToken cancellationToken) =>
        services.GetRequiredService<DemoMeetings>().LoadAsync(province, cancellationToken);
}
