using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Settings;

namespace Platform.Core.Dates;

/// <summary>Registers the working calendar every module shares.</summary>
public static class CalendarRegistration
{
    /// <summary>Adds <see cref="IWorkingCalendar"/> with the per-year corrections of the <c>WorkingCalendar</c> section, checked at start.</summary>
    public static IServiceCollection AddWorkingCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<WorkingCalendarOptions>(configuration, WorkingCalendarOptions.Section);
        services.AddSingleton<IWorkingCalendar, VietnameseWorkingCalendar>();
        return services;
    }
}
