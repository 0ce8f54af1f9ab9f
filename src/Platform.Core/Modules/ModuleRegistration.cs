using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Core.Modules;

/// <summary>Registers a module's services by convention.</summary>
public static class ModuleRegistration
{
    /// <summary>Adds every <see cref="IModuleService"/> class of the module's assembly, internal ones included.</summary>
    public static IServiceCollection AddModuleServices(this IServiceCollection services, Assembly moduleAssembly) =>
        services.Scan(scan => scan
            .FromAssemblies(moduleAssembly)
            .AddClasses(classes => classes.AssignableTo<IModuleService>(), publicOnly: false)
            .AsSelfWithInterfaces()
            .WithScopedLifetime());
}
