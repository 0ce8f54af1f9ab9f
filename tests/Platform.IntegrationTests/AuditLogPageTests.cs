using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Platform.Audit.Log;
using Platform.Audit.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Auditing;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>The secretariat reads its province's trail, newest first, by day as Vietnam counts days.</summary>
public sealed class AuditLogPageTests(AuditLogPageTests.Host host) : IClassFixture<AuditLogPageTests.Host>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await host.SignInAsync("son-la.secretariat");

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The host with a clock the tests set, to record entries on chosen days.</summary>
    public sealed class Host : PlatformFactory
    {
        public SettableClock Clock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
            // The tests move the clock across days; the session must outlive that.
            builder.UseSetting("Security:AbsoluteTimeoutHours", "100000");
            builder.UseSetting("Security:IdleTimeoutMinutes", "10000000");
        }

        public async Task RecordAsync(DateTimeOffset at, string action, string province = "son-la")
        {
            Clock.Now = at;
            await using var scope = Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>()
                .RecordAsync(new AuditRecord(province, action, "test", null, null, """{"Ghi chú": "thử"}"""), default);
            Clock.Now = null;
        }
    }

    public sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset? Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now ?? System.GetUtcNow();
    }

    [Fact]
    public async Task The_log_lists_only_this_provinces_entries_newest_first()
    {
        var page = await Html.GetAsync(_client, "/son-la/audit");

        var total = await host.Database.ScalarAsync<long>("select count(*) from audit.entries where province = 'son-la'");
        var newest = await host.Database.ScalarAsync<long>("select max(sequence) from audit.entries where province = 'son-la'");
        Assert.StartsWith($"{total} mục", page.QuerySelector(".summary")!.Text(), StringComparison.Ordinal);
        var numbers = page.QuerySelectorAll("table.audit > tbody > tr > td:first-child").Select(td => long.Parse(td.Text(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Math.Min(total, 50), numbers.Count);
        Assert.Equal(newest, numbers[0]);
        Assert.Equal(numbers.OrderDescending(), numbers);
        Assert.Contains("Nhật ký", page.QuerySelectorAll(".main-nav a").Select(a => a.Text()));
    }

    [Fact]
    public async Task Days_are_Vietnam_calendar_days_from_and_to_inclusive()
    {
        await host.RecordAsync(new DateTimeOffset(2025, 5, 19, 18, 30, 0, TimeSpan.Zero), "test.day.first-hour"); // 20/05 01:30 in Vietnam
        await host.RecordAsync(new DateTimeOffset(2025, 5, 20, 16, 59, 0, TimeSpan.Zero), "test.day.last-minute"); // 20/05 23:59
        await host.RecordAsync(new DateTimeOffset(2025, 5, 20, 17, 0, 0, TimeSpan.Zero), "test.day.next-day"); // 21/05 00:00
        await host.RecordAsync(new DateTimeOffset(2025, 5, 20, 3, 0, 0, TimeSpan.Zero), "test.day.other-province", "dak-lak");

        var onTheDay = await Html.GetAsync(_client, "/son-la/audit?tim=test.day&tu=20/05/2025&den=20/05/2025");

        var rows = onTheDay.QuerySelectorAll("table.audit > tbody > tr").Select(r => r.Text()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("test.day.last-minute", rows[0], StringComparison.Ordinal);
        Assert.Contains("20/05/2025 23:59", rows[0], StringComparison.Ordinal);
        Assert.Contains("20/05/2025 01:30", rows[1], StringComparison.Ordinal);
        var fromNextDay = await Html.GetAsync(_client, "/son-la/audit?tim=TEST.DAY&tu=21/05/2025&den=21/05/2025");
        Assert.Contains("test.day.next-day", Assert.Single(fromNextDay.QuerySelectorAll("table.audit > tbody > tr")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_date_is_explained_and_kept_and_the_other_filters_still_apply()
    {
        var page = await Html.GetAsync(_client, "/son-la/audit?tu=31/02/2025&nguoi=không-ai-cả");

        Assert.Equal("31/02/2025", page.QuerySelector("#tu")!.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("#tu")!.GetAttribute("aria-invalid"));
        Assert.Contains("dd/MM/yyyy", page.QuerySelector("#tu-error")!.Text(), StringComparison.Ordinal);
        Assert.Equal("không-ai-cả", page.QuerySelector("#nguoi")!.GetAttribute("value"));
        Assert.Contains("Không có mục nào khớp bộ lọc.", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_reads_a_page_and_a_count_however_long_the_trail()
    {
        const string url = "/son-la/audit?nguoi=SYSTEM&trang=2";
        var before = await CountAsync(url);

        for (var i = 0; i < 120; i++)
        {
            await host.RecordAsync(DateTimeOffset.UtcNow, $"test.grow.{i}");
        }

        var after = await CountAsync(url);
        Assert.True(before > 0, "the counter is not wired to the host");
        Assert.Equal(before, after);
        var page = await Html.GetAsync(_client, url);
        Assert.Equal(50, page.QuerySelectorAll("table.audit > tbody > tr").Length);
        Assert.NotNull(page.QuerySelector(".pager a[rel=prev][href*='trang=1']"));
    }

    [Fact]
    public async Task Actions_and_objects_show_in_Vietnamese_and_in_English_on_request()
    {
        var page = await Html.GetAsync(_client, "/son-la/audit?tim=vị trí trong ban");

        var rows = page.QuerySelectorAll("table.audit > tbody > tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("Vị trí trong Ban Chỉ đạo", r.QuerySelectorAll("td")[4].FirstChild!.TextContent.Trim()));
        Assert.Contains("Thêm mới", rows.Select(r => r.QuerySelector("td.action")!.Text()));
        Assert.DoesNotContain("committees.Seat", page.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.QuerySelector("td.action")!.Text() is "Added" or "Modified");

        var english = await host.SignInAsync("son-la.secretariat");
        var switched = await FormPost.SubmitAsync(english, "/son-la/audit", new Dictionary<string, string>
        {
            ["culture"] = "en-GB",
            ["returnUrl"] = "/son-la/audit?tim=seat on the committee",
        }, action: "/language");
        var inEnglish = (await Html.ParseAsync(switched)).QuerySelectorAll("table.audit > tbody > tr").ToList();
        Assert.Equal(rows.Count, inEnglish.Count);
        Assert.All(inEnglish, r => Assert.Equal("Seat on the committee", r.QuerySelectorAll("td")[4].FirstChild!.TextContent.Trim()));
        Assert.Contains("Added", inEnglish.Select(r => r.QuerySelector("td.action")!.Text()));
    }

    [Fact]
    public void Every_entity_type_of_every_modules_model_has_a_label()
    {
        var contexts = typeof(Program).Assembly.GetReferencedAssemblies()
            .Where(a => a.Name!.StartsWith("Platform.", StringComparison.Ordinal))
            .Select(System.Reflection.Assembly.Load)
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(DbContext)) && t != typeof(AuditDbContext)) // the trail is not audited
            .ToList();
        using var scope = host.Services.CreateScope();
        var names = contexts
            .SelectMany(t => ((DbContext)scope.ServiceProvider.GetRequiredService(t)).Model.GetEntityTypes())
            .Where(e => !e.IsOwned()) // owned values are shown inside their owner
            .Select(e => e.GetSchema() is { } schema ? $"{schema}.{e.ClrType.Name}" : e.ClrType.Name)
            .Distinct()
            .ToList();

        // The scan reaches every module, Identity's generic types included: otherwise the last line could not fail.
        Assert.Contains("reporting.Submission", names);
        Assert.Contains("identity.IdentityUserToken`1", names);
        Assert.True(contexts.Count >= 6, string.Join(", ", contexts.Select(c => c.Name)));
        Assert.Equal([], names.Where(n => !AuditLabels.Entities.ContainsKey(n)).ToList());
    }

    private async Task<int> CountAsync(string url)
    {
        await _client.GetAsync(url); // the first request compiles the page
        host.Sql.Reset();
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return host.Sql.Count;
    }
}
