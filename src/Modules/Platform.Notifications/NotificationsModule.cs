using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Notifications;
using Platform.Core.Persistence;
using Platform.Core.Settings;
using Platform.Notifications.Mail;
using Platform.Notifications.Persistence;
using Platform.Notifications.Reminders;
using Platform.Sdk.Structure;

namespace Platform.Notifications;

/// <summary>The Notifications module's public face: its registration.</summary>
public static class NotificationsModule
{
    /// <summary>
    /// Adds the notifications schema, the outbox every module's DbContext writes through (<see cref="INotificationOutbox"/>,
    /// in the transaction of the change), the notifications page and header count, the background mail sender and the daily reminder round.
    /// </summary>
    public static IServiceCollection AddNotificationsModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<NotificationsDbContext>(NotificationsDbContext.Schema);
        services.AddModuleServices(typeof(NotificationsModule).Assembly);
        services.AddScoped<OutboxInterceptor>();
        services.AddScoped<IInterceptor>(sp => sp.GetRequiredService<OutboxInterceptor>());
        services.AddScoped<INotificationOutbox>(sp => sp.GetRequiredService<OutboxInterceptor>());
        services.AddScoped<IModuleDatabase, NotificationsDatabase>();
        services.AddSingleton<ITextSource, NotificationsTexts>();
        services.AddSettings<MailSettings>(MailSettings.Section);
        services.AddSingleton<MailQueue>();
        services.AddSingleton<MailSender>();
        services.AddHostedService<MailSenderService>();
        services.AddSettings<ReminderSettings>(ReminderSettings.Section);
        services.AddSingleton<ReminderRound>();
        services.AddHostedService<ReminderService>();
        return services;
    }
}

/// <summary>Migrates the notifications schema; it keeps nothing of the packs.</summary>
internal sealed class NotificationsDatabase(NotificationsDbContext db, IServiceProvider services) : IModuleDatabase
{
    public string Module => "notifications";

    public Task MigrateAsync(CancellationToken cancellationToken) => db.MigrateAsOwnerAsync(services, cancellationToken);

    public Task SynchroniseAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task LoadDemoDataAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;
}
