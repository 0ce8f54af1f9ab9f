using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Modules;
using Platform.Core.Persistence;
using Platform.Sdk.Structure;
using Platform.Tasks.Persistence;
using Platform.Tasks.Services;

namespace Platform.Tasks;

/// <summary>The Tasks module's public face: its registration.</summary>
public static class TasksModule
{
    /// <summary>Adds the module's database, services and wording.</summary>
    public static IServiceCollection AddTasksModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<TasksDbContext>(TasksDbContext.Schema);
        services.AddModuleServices(typeof(TasksModule).Assembly);
        services.AddScoped<IModuleDatabase, TasksDatabase>();
        services.AddSingleton<Core.Localization.ITextSource, TasksTexts>();
        services.AddSingleton<Core.Api.IApiEndpoints, Api.TasksApi>();
        return services;
    }
}

/// <summary>Migrates the tasks schema; loads demo tasks for a demo install.</summary>
internal sealed class TasksDatabase(TasksDbContext db, IServiceProvider services) : IModuleDatabase
{
    public string Module => "tasks";

    public Task MigrateAsync(CancellationToken cancellationToken) => db.MigrateAsOwnerAsync(services, cancellationToken);

    public Task SynchroniseAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;

    // Resolved here: the demo reads the province's committee and notices, and migrating runs before any province is set.
    public Task LoadDemoDataAsync(ProvinceDefinition province, CancellationToken cancellationToken) =>
        services.GetRequiredService<DemoTasks>().LoadAsync(cancellationToken);
}
