using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Core.Dates;
using Platform.Core.Tenancy;

namespace Platform.Notifications.Reminders;

/// <summary>
/// Runs each province's reminder round once a working day, from the configured hour (Asia/Ho_Chi_Minh). A day off
/// sends nothing: the next working day's round finds what came near or passed meanwhile. A round that fails (the
/// database restarting, say) is tried again at the next poll; the day is only taken by a round that commits.
/// </summary>
internal sealed class ReminderService(
    ReminderRound round, IProvinceCatalog catalog, IWorkingCalendar calendar, IOptions<ReminderSettings> options, TimeProvider clock, ILogger<ReminderService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var done = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds), clock);
        do
        {
            var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), VietnamTime.Zone);
            var today = DateOnly.FromDateTime(now.DateTime);
            if (now.Hour < options.Value.Hour || !calendar.IsWorkingDay(today))
            {
                continue;
            }

            foreach (var province in catalog.Provinces.Where(p => done.GetValueOrDefault(p.Code.Value) != today))
            {
                try
                {
                    await round.RunAsync(province, today, stoppingToken);
                    done[province.Code.Value] = today;
                }
#pragma warning disable CA1031 // Whatever stops one province's round, the others and the next poll must still run.
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
                {
                    log.LogWarning("Reminder round for {Province} failed, will try again: {Reason}", province.Code.Value, e.Message);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
