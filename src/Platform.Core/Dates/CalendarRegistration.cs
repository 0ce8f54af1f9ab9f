using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Core.Dates;

/// <summary>Registers the working calendar every module shares.</summary>
public static class CalendarRegistration
{
    /// <summary>Adds <see cref="IWorkingCalendar"/> with the per-year corrections of the <c>WorkingCalendar</c> section.</summary>
    public static IServiceCollection AddWorkingCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WorkingCalendarOptions>(configuration.GetSection(WorkingCalendarOptions.Section));
        services.AddSingleton<IWorkingCalendar, VietnameseWorkingCalendar>();
        return services;
    }
}
