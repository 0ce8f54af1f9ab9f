using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Platform.Benchmarks.Hosting.Dataset;
using Platform.Core.Tenancy;
using Platform.National.Services;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The roll-up on the load-test dataset (issue 17): a year of Sơn La's tasks as the benchmarks load them, and the
/// roll-up's task figures for each quarter equal to a count made directly in the database by the rule the figures
/// state (Sơn La, Art. 11.2): done on time = completed in the quarter no later than the deadline in force; overdue = not
/// cancelled, past the deadline in force and not completed on the quarter's last day.
/// </summary>
public sealed class RollupOnTheLoadDatasetTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_task_figures_of_each_past_quarter_equal_a_direct_count_on_the_load_test_dataset()
    {
        using var output = new StringWriter();
        Assert.Equal(0, await DatasetCommand.RunAsync(host.Services, "son-la", 1, output));
        await using var scope = host.Services.CreateAsyncScope();
        var rollup = scope.ServiceProvider.GetRequiredService<NationalRollup>();
        var sonLa = host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!;
        var quarters = NationalRollup.QuartersEnding(rollup.CurrentQuarter.Previous(), 4);

        var data = await rollup.ReadAsync([sonLa], quarters, default);

        var sawOverdue = false;
        foreach (var quarter in quarters)
        {
            var (start, end) = (Day(quarter.Start), Day(quarter.End));
            var completed = await host.Database.ScalarAsync<long>(
                $"select count(*) from tasks.tasks where province = 'son-la' and progress = 2 and completed_on between {start} and {end}");
            var onTime = await host.Database.ScalarAsync<long>(
                $"select count(*) from tasks.tasks where province = 'son-la' and progress = 2 and completed_on between {start} and {end} and completed_on <= due");
            var overdue = await host.Database.ScalarAsync<long>(
                $"select count(*) from tasks.tasks where province = 'son-la' and progress <> 3 and due < {end} and (completed_on is null or completed_on > {end})");
            var line = Assert.Single(data.Lines(quarter));

            Assert.True(completed > 0, $"the dataset completes tasks in {quarter.Label}");
            Assert.Equal($"{onTime}/{completed}", line["tasks.on-time"]?.Detail);
            Assert.Equal(overdue, (long)line["tasks.overdue"]!.Value!.Value);
            sawOverdue |= overdue > 0;
        }

        Assert.True(sawOverdue, "the dataset leaves some task overdue at a quarter's end");
    }

    private static string Day(DateOnly day) => "date '" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'";
}
