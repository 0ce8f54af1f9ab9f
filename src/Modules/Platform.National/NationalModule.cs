using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Modules;

namespace Platform.National;

/// <summary>The National module's public face: its registration. It has no database of its own.</summary>
public static class NationalModule
{
    /// <summary>Adds the roll-up's services and wording.</summary>
    public static IServiceCollection AddNationalModule(this IServiceCollection services)
    {
        services.AddModuleServices(typeof(NationalModule).Assembly);
        services.AddSingleton<Core.Localization.ITextSource, NationalTexts>();
        // The roll-up's figures in the read API (/api/v1/quoc-gia), mapped by the API module on its national group.
        services.AddSingleton<Core.Api.IApiEndpoints, Api.RollupApi>();
        return services;
    }
}
