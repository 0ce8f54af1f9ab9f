using System.Net;
using Platform.Core.Dates;

namespace Platform.IntegrationTests;

/// <summary>
/// The document register (Decree 30/2020/NĐ-CP, Art. 15): numbers run per province, year and document type; two
/// documents never share a number however many are reserved at once; a cancelled number stays cancelled and is not
/// given again; only the standing agency reserves, and each province sees its own register.
/// </summary>
public sealed class DocumentRegisterTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Page = "/son-la/meetings/register";
    private HttpClient _secretariat = null!;

    public async Task InitializeAsync()
    {
        host.Clock.Now = null;
        _secretariat = await host.SignInAsync("son-la.secretariat");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static int Year => VietnamTime.Today(TimeProvider.System).Year;

    private Task<HttpResponseMessage> ReserveAsync(HttpClient client, string type, string summary, string page = Page) =>
        Forms.PostAsync(client, page, page + "?handler=Reserve", new Dictionary<string, string> { ["Form.TypeCode"] = type, ["Form.Summary"] = summary });

    private async Task<List<int>> NumbersAsync(string province, string type, string like) =>
        [.. (await host.Database.ScalarAsync<string>(
            $"select coalesce(string_agg(number::text, ',' order by number), '') from meetings.document_numbers where province = '{province}' and year = {Year} and type_code = '{type}' and summary like '{like}%'"))
            .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];

    [Fact]
    public async Task Numbers_reserved_at_the_same_moment_are_all_different_and_follow_each_other()
    {
        var before = (await NumbersAsync("son-la", "GM", "")).DefaultIfEmpty(0).Max();

        var responses = await Task.WhenAll(Enumerable.Range(1, 12).Select(i => ReserveAsync(_secretariat, "GM", $"Giấy mời đồng thời {i}")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var numbers = await NumbersAsync("son-la", "GM", "Giấy mời đồng thời");
        Assert.Equal(Enumerable.Range(before + 1, 12), numbers);
    }

    [Fact]
    public async Task A_cancelled_number_stays_cancelled_and_the_next_document_gets_the_following_number()
    {
        Assert.Equal(HttpStatusCode.OK, (await ReserveAsync(_secretariat, "BB", "Biên bản hủy số thứ nhất")).StatusCode);
        var cancelled = (await NumbersAsync("son-la", "BB", "Biên bản hủy số thứ nhất")).Single();
        var id = await host.Database.ScalarAsync<Guid>($"select id from meetings.document_numbers where province = 'son-la' and type_code = 'BB' and number = {cancelled} and year = {Year}");
        var version = await host.Database.ScalarAsync<string>($"select xmin::text from meetings.document_numbers where id = '{id}'");

        var cancel = await Forms.PostAsync(_secretariat, Page, $"{Page}?handler=Cancel&numberId={id}&version={version}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Contains("Đã hủy số văn bản; số này không được cấp lại.", (await Html.ParseAsync(cancel)).Text(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await ReserveAsync(_secretariat, "BB", "Biên bản sau số đã hủy")).StatusCode);
        Assert.Equal(cancelled + 1, (await NumbersAsync("son-la", "BB", "Biên bản sau số đã hủy")).Single());
        Assert.True(await host.Database.ScalarAsync<bool>($"select cancelled_at is not null from meetings.document_numbers where id = '{id}'"));

        // A second cancellation is refused and changes nothing.
        var version2 = await host.Database.ScalarAsync<string>($"select xmin::text from meetings.document_numbers where id = '{id}'");
        var again = await Forms.PostAsync(_secretariat, Page, $"{Page}?handler=Cancel&numberId={id}&version={version2}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("Số này đã bị hủy.", (await Html.ParseAsync(again)).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reserving_and_cancelling_a_number_are_recorded_in_the_audit_log()
    {
        Assert.Equal(HttpStatusCode.OK, (await ReserveAsync(_secretariat, "BC", "Báo cáo ghi nhật ký")).StatusCode);
        var id = await host.Database.ScalarAsync<Guid>("select id from meetings.document_numbers where summary = 'Báo cáo ghi nhật ký'");

        Assert.Equal(1L, await host.Database.ScalarAsync<long>($"select count(*) from audit.entries where entity_id = '{id}' and actor_name = 'son-la.secretariat'"));
    }

    [Fact]
    public async Task A_blank_summary_is_refused_with_the_type_kept_and_nothing_reserved()
    {
        var refused = await ReserveAsync(_secretariat, "TB", " ");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("Nhập trích yếu của văn bản.", page.Text(), StringComparison.Ordinal);
        Assert.Equal("TB", page.QuerySelector("#type-code option[selected]")?.GetAttribute("value"));
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("select count(*) from meetings.document_numbers where summary = ' '"));
    }

    [Fact]
    public async Task Only_the_standing_agency_reserves_and_each_province_sees_its_own_register()
    {
        var member = await host.SignInAsync("son-la.member");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(Page)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await ReserveAsync(_secretariat, "TB", "Thông báo riêng của Sơn La")).StatusCode);
        Assert.Contains("Thông báo riêng của Sơn La", (await Html.GetAsync(_secretariat, Page)).Text(), StringComparison.Ordinal);

        var dakLak = await host.SignInAsync("dak-lak.secretariat");
        Assert.DoesNotContain("Thông báo riêng của Sơn La", (await Html.GetAsync(dakLak, "/dak-lak/meetings/register")).Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ReserveAsync(dakLak, "TB", "Thông báo riêng của Đắk Lắk", "/dak-lak/meetings/register")).StatusCode);
        Assert.Empty(await NumbersAsync("son-la", "TB", "Thông báo riêng của Đắk Lắk"));
        Assert.Single(await NumbersAsync("dak-lak", "TB", "Thông báo riêng của Đắk Lắk"));
    }

    [Fact]
    public async Task The_register_page_reads_a_long_register_with_as_many_statements_as_a_short_one()
    {
        await _secretariat.GetAsync(Page);
        host.Sql.Reset();
        Assert.Equal(HttpStatusCode.OK, (await _secretariat.GetAsync(Page)).StatusCode);
        var before = host.Sql.Count;

        await host.Database.ExecuteAsync($"""
            insert into meetings.document_numbers (id, province, year, type_code, number, summary, reserved_by, reserved_at)
            select gen_random_uuid(), 'son-la', {Year}, 'QĐ', n, 'Số nạp thêm ' || n, 'son-la.secretariat', now()
            from generate_series(1, 60) n
            """);
        host.Sql.Reset();
        Assert.Equal(HttpStatusCode.OK, (await _secretariat.GetAsync(Page)).StatusCode);

        Assert.True(before > 0);
        Assert.Equal(before, host.Sql.Count);
    }
}
