using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Core.Modules;
using Platform.Core.Persistence;
using Platform.Sdk.Structure;

namespace Platform.Core.Submissions;

/// <summary>One record per sent form: the forms' submission keys and the filter that honours each once.</summary>
public static class SubmissionsRegistration
{
    /// <summary>
    /// Every post form gets a one-time key beside its antiforgery token, and every signed-in POST to a page carrying
    /// one runs its handler once; the claims live in the <c>submissions</c> schema, migrated at start.
    /// </summary>
    public static IServiceCollection AddOncePerSubmission(this IServiceCollection services)
    {
        services.AddModuleDbContext<SubmissionsDbContext>(SubmissionsDbContext.Schema);
        services.AddScoped<IModuleDatabase, SubmissionsDatabase>();
        services.AddSingleton<SubmissionClaims>();
        services.AddSingleton<OncePerSubmissionFilter>();
        // Replaces MVC's generator whichever is registered first.
        services.Replace(ServiceDescriptor.Singleton<IHtmlGenerator, SubmissionKeyGenerator>());
        services.AddOptions<MvcOptions>().Configure(mvc => mvc.Filters.AddService<OncePerSubmissionFilter>());
        return services;
    }
}

/// <summary>Migrates the claims' schema; it keeps nothing of any province.</summary>
internal sealed class SubmissionsDatabase(SubmissionsDbContext db, IServiceProvider services) : IModuleDatabase
{
    public string Module => "submissions";

    public Task MigrateAsync(CancellationToken cancellationToken) => db.MigrateAsOwnerAsync(services, cancellationToken);

    public Task SynchroniseAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task LoadDemoDataAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;
}
