using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>A wrong setting stops the start with a message naming it, Vietnamese first, rather than being ignored.</summary>
public sealed class SettingsValidationTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _host;

    public SettingsValidationTests(PlatformFactory host) => _host = host;

    private string Refusal(params (string Key, string Value)[] settings)
    {
        var refused = Assert.ThrowsAny<Exception>(() => _host.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        }).Services);
        var message = string.Join(" | ", Causes(refused).Select(e => e.Message));
        var vietnamese = message.IndexOf("Cài đặt '", StringComparison.Ordinal);
        var english = message.IndexOf("/ Setting '", StringComparison.Ordinal);
        Assert.True(vietnamese >= 0 && english > vietnamese, message);
        return message;
    }

    [Fact]
    public void A_holiday_filed_under_the_wrong_year_stops_the_start()
    {
        var message = Refusal(("WorkingCalendar:Years:2026:DaysOff:0", "2027-02-08"));

        Assert.Contains("Cài đặt 'WorkingCalendar:Years:2026:DaysOff:0': ngày 08/02/2027 được khai trong năm 2026", message, StringComparison.Ordinal);
        Assert.Contains("Setting 'WorkingCalendar:Years:2026:DaysOff:0': the day 08/02/2027 is filed under the year 2026", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holiday_date_that_cannot_be_read_stops_the_start()
    {
        var message = Refusal(("WorkingCalendar:Years:2026:DaysOff:0", "16/02/2026"));

        Assert.Contains("Cài đặt 'WorkingCalendar:Years:2026:DaysOff:0': không đọc được giá trị '16/02/2026'", message, StringComparison.Ordinal);
        Assert.Contains("a date written yyyy-MM-dd", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_that_is_not_a_number_stops_the_start()
    {
        var message = Refusal(("WorkingCalendar:Years:2O26:DaysOff:0", "2026-02-16"));

        Assert.Contains("Cài đặt 'WorkingCalendar:Years:2O26': không đọc được khóa '2O26'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_both_off_and_worked_stops_the_start()
    {
        var message = Refusal(("WorkingCalendar:Years:2026:DaysOff:0", "2026-02-21"), ("WorkingCalendar:Years:2026:WorkingDays:0", "2026-02-21"));

        Assert.Contains("ngày 21/02/2026 vừa là ngày nghỉ vừa là ngày làm việc", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_that_cannot_be_read_stops_the_start()
    {
        var message = Refusal(("Security:IdleTimeoutMinutes", "thirty"));

        Assert.Contains("Cài đặt 'Security:IdleTimeoutMinutes': không đọc được giá trị 'thirty': cần một số nguyên.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_out_of_range_stops_the_start()
    {
        var message = Refusal(("Audit:CheckpointSeconds", "0"));

        Assert.Contains("Cài đặt 'Audit:CheckpointSeconds': phải từ 1 đến 86400", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_switch_that_is_neither_true_nor_false_stops_the_start()
    {
        var message = Refusal(("Demo:Load", "yes"));

        Assert.Contains("Cài đặt 'Demo:Load': không đọc được giá trị 'yes': cần true hoặc false.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_pack_failure_policy_stops_the_start()
    {
        var message = Refusal(("Plugins:OnFailure", "Ignore"));

        Assert.Contains("Cài đặt 'Plugins:OnFailure'", message, StringComparison.Ordinal);
        Assert.Contains("Stop", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_request_limit_out_of_range_stops_the_start()
    {
        var message = Refusal(("Security:MaxRequestMegabytes", "-1"));

        Assert.Contains("Cài đặt 'Security:MaxRequestMegabytes': phải từ 1 đến 2048", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shutdown_wait_is_thirty_seconds_unless_set_and_out_of_range_stops_the_start()
    {
        var message = Refusal(("Host:ShutdownSeconds", "0"));
        var longer = _host.WithWebHostBuilder(b => b.UseSetting("Host:ShutdownSeconds", "45"));

        Assert.Contains("Cài đặt 'Host:ShutdownSeconds': phải từ 1 đến 600", message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(30), _host.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        Assert.Equal(TimeSpan.FromSeconds(45), longer.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Fact]
    public void Good_corrections_start_the_host_and_reach_the_calendar()
    {
        var host = _host.WithWebHostBuilder(b => b.UseSetting("WorkingCalendar:Years:2026:DaysOff:0", "2026-02-13"));
        var calendar = (Platform.Core.Dates.IWorkingCalendar)host.Services.GetService(typeof(Platform.Core.Dates.IWorkingCalendar))!;

        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 13)));
    }

    private static IEnumerable<Exception> Causes(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Causes))
                {
                    yield return inner;
                }
            }
        }
    }
}
