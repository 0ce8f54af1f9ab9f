using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Modules;
using Platform.Core.Tenancy;
using Platform.Sdk;
using Platform.Sdk.Structure;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The roster the secretariat keeps beside the pack's seats, each change by decision: agencies and member seats added
/// (Đắk Lắk, Art. 8.1; Sơn La, Art. 9.2c–d), a collective seat split into one seat per agency, an added seat ended.
/// What exists on the day is what counts: the members page, <see cref="ICommitteeDirectory"/>, meeting invitations and
/// the reporting chain follow it; the pack's own seats stay the regulation's, and a pack release keeps the additions.
/// </summary>
public sealed class RosterTests(PlatformFactory host) : IClassFixture<PlatformFactory>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await host.SignInAsync(DemoAccounts.MultiSecretariat);

    public Task DisposeAsync() => Task.CompletedTask;

    private static Dictionary<string, string> Decision(string effective, string number, string signed) => new()
    {
        ["Form.EffectiveFrom"] = effective,
        ["Form.DecisionNumber"] = number,
        ["Form.DecisionDate"] = signed,
        ["Form.DecisionSigner"] = "Chủ tịch UBND tỉnh",
    };

    private async Task<HttpResponseMessage> AddAgencyAsync(string province, string key, string name, string kind = "Department", string effective = "01/01/2025")
    {
        var form = Decision(effective, $"{key}/QĐ-UBND", effective);
        form["Form.AgencyKey"] = key;
        form["Form.AgencyName"] = name;
        form["Form.AgencyKind"] = kind;
        return await Forms.SubmitAsync(_client, $"/{province}/roster/add-agency", "[name='Form.AgencyName']", form);
    }

    private async Task<HttpResponseMessage> AddSeatAsync(string province, string agency, string office, string effective, string signed)
    {
        var form = Decision(effective, "88/QĐ-UBND", signed);
        form["Form.AgencyKey"] = agency;
        form["Form.Office"] = office;
        return await Forms.SubmitAsync(_client, $"/{province}/roster/add-seat", "[name='Form.Office']", form);
    }

    private async Task<HttpResponseMessage> SplitAsync(string province, string seat, string office, string effective, string signed, params string[] agencies)
    {
        var opened = await Forms.OpenAsync(_client, $"/{province}/roster/split/{seat}", "[name='Form.Office']");
        var fields = opened.Fields.Where(f => f.Key is not "Form.Office" and not "Form.EffectiveFrom" and not "Form.DecisionNumber" and not "Form.DecisionDate" and not "Form.DecisionSigner").ToList();
        fields.AddRange(Decision(effective, "120/QĐ-UBND", signed));
        fields.Add(new("Form.Office", office));
        fields.AddRange(agencies.Select(a => new KeyValuePair<string, string>("Form.PartAgencies", a)));
        return await _client.PostAsync(opened.Action, new FormUrlEncodedContent(fields));
    }

    private async Task<string> AddedSeatKeyAsync(string province, string office) =>
        await host.Database.ScalarAsync<string>($"select key from committees.seats where province = '{province}' and office = '{office}'");

    private async Task<IReadOnlyList<SeatHolder>> SeatsOnAsync(string province, DateOnly day)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(host.Services.GetRequiredService<IProvinceCatalog>().Find(province)!);
        return await scope.ServiceProvider.GetRequiredService<ICommitteeDirectory>().SeatsOnAsync(day, CancellationToken.None);
    }

    private static List<string> BoardRows(AngleSharp.Dom.IDocument board) =>
        [.. board.QuerySelectorAll("table.board tbody tr th").Select(th => th.Text().Trim())];

    [Fact]
    public async Task A_member_seat_added_by_decision_sits_from_its_date_and_not_before()
    {
        Assert.Equal(HttpStatusCode.OK, (await AddAgencyAsync("dak-lak", "so-y-te", "Sở Y tế")).StatusCode);
        var added = await AddSeatAsync("dak-lak", "so-y-te", "Giám đốc Sở Y tế", "01/10/2025", "25/09/2025");

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("Đã lưu thay đổi.", (await Html.ParseAsync(added)).Text(), StringComparison.Ordinal);
        var key = await AddedSeatKeyAsync("dak-lak", "Giám đốc Sở Y tế");
        var onFirstDay = (await Html.GetAsync(_client, "/dak-lak/members?ngay=01/10/2025")).QuerySelector($"tr#{key}");
        Assert.NotNull(onFirstDay);
        Assert.Contains("Bổ sung theo QĐ", onFirstDay.Text(), StringComparison.Ordinal);
        Assert.Contains("88/QĐ-UBND", onFirstDay.Text(), StringComparison.Ordinal);
        Assert.Contains("Điều 6", onFirstDay.Text(), StringComparison.Ordinal); // what the regulation gives every member
        Assert.Null((await Html.GetAsync(_client, "/dak-lak/members?ngay=30/09/2025")).QuerySelector($"tr#{key}"));

        var seat = Assert.Single(await SeatsOnAsync("dak-lak", new DateOnly(2025, 10, 1)), s => s.SeatKey == key);
        Assert.Equal(("so-y-te", SeatRole.Member), (seat.AgencyKey, seat.Role));
        Assert.DoesNotContain(await SeatsOnAsync("dak-lak", new DateOnly(2025, 9, 30)), s => s.SeatKey == key);
    }

    [Fact]
    public async Task Splitting_Son_La_department_heads_seat_gives_each_department_a_seat_that_owes_the_member_report_and_is_invited()
    {
        Assert.Equal(HttpStatusCode.OK, (await AddAgencyAsync("son-la", "so-giao-duc", "Sở Giáo dục và Đào tạo")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AddAgencyAsync("son-la", "so-xay-dung", "Sở Xây dựng")).StatusCode);

        var split = await SplitAsync("son-la", "thu-truong-so-ban-nganh", "Giám đốc", "01/07/2026", "25/06/2026", "so-giao-duc", "so-xay-dung");

        Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        var parts = new[] { "thu-truong-so-ban-nganh--so-giao-duc", "thu-truong-so-ban-nganh--so-xay-dung" };
        var onTheDay = await SeatsOnAsync("son-la", new DateOnly(2026, 7, 1));
        Assert.All(parts, p => Assert.Contains(onTheDay, s => s.SeatKey == p));
        Assert.DoesNotContain(onTheDay, s => s.SeatKey == "thu-truong-so-ban-nganh");
        Assert.Contains(await SeatsOnAsync("son-la", new DateOnly(2026, 6, 30)), s => s.SeatKey == "thu-truong-so-ban-nganh");
        Assert.Equal("Giám đốc Sở Giáo dục và Đào tạo", onTheDay.Single(s => s.SeatKey == parts[0]).Office);

        // The collective seat's duties (Sơn La, Art. 9.2c) apply to each part.
        var part = (await Html.GetAsync(_client, "/son-la/members?ngay=01/07/2026")).QuerySelector($"tr#{parts[0]}")!.Text();
        Assert.Contains("Điều 9.2c", part, StringComparison.Ordinal);
        Assert.Contains("Tách từ ghế tập thể theo QĐ", part, StringComparison.Ordinal);

        // Each part owes the member report (Sơn La, Art. 12.4) from the quarter it exists; the collective seat no longer does.
        var q3 = BoardRows(await Html.GetAsync(_client, "/son-la/reports?ky=Q3-2026"));
        Assert.Contains("Giám đốc Sở Giáo dục và Đào tạo", q3);
        Assert.Contains("Giám đốc Sở Xây dựng", q3);
        var collective = host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!.FindSeat("thu-truong-so-ban-nganh")!.Office;
        Assert.DoesNotContain(collective, q3);
        var q2 = BoardRows(await Html.GetAsync(_client, "/son-la/reports?ky=Q2-2026"));
        Assert.Contains(collective, q2);
        Assert.DoesNotContain("Giám đốc Sở Xây dựng", q2);

        // A meeting after the split invites each part.
        var meeting = await MeetingSteps.ScheduleAsync(_client, "son-la", new MeetingPlan("Phiên họp sau khi tách ghế", MeetingSteps.DaysAhead(12)));
        var invited = (await host.Database.ScalarAsync<string>(
            $"select string_agg(seat_key, ',' order by seat_key) from meetings.invitations where meeting_id = '{meeting}' and seat_key is not null")).Split(',');
        Assert.All(parts, p => Assert.Contains(p, invited));
        Assert.DoesNotContain("thu-truong-so-ban-nganh", invited);
    }

    [Fact]
    public async Task A_pack_release_keeps_the_secretariats_additions_and_splits_and_its_duties_reach_the_parts()
    {
        Assert.Equal(HttpStatusCode.OK, (await AddAgencyAsync("dak-lak", "so-cong-thuong", "Sở Công Thương")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AddSeatAsync("dak-lak", "so-cong-thuong", "Giám đốc Sở Công Thương", "01/02/2026", "20/01/2026")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SplitAsync("dak-lak", "thu-truong-so-ban-nganh", "Giám đốc", "01/03/2026", "20/02/2026", "so-cong-thuong")).StatusCode);
        var added = await AddedSeatKeyAsync("dak-lak", "Giám đốc Sở Công Thương");
        var before = await SeatsOnAsync("dak-lak", new DateOnly(2026, 3, 1));

        var pack = host.Services.GetRequiredService<IProvinceCatalog>().Find("dak-lak")!;
        var newDuty = new DutyDefinition("Nhiệm vụ mới của bản quy chế sửa đổi (thử).", ArticleRef.Parse("6.4"));
        var changed = pack with
        {
            Seats = [.. pack.Seats.Select(s => s.Key == "thu-truong-so-ban-nganh" ? s with { Duties = [.. s.Duties, newDuty] } : s)],
        };
        await SynchroniseAsync(pack);
        await SynchroniseAsync(changed);

        var after = await SeatsOnAsync("dak-lak", new DateOnly(2026, 3, 1));
        Assert.Equal(before.Select(s => s.SeatKey), after.Select(s => s.SeatKey));
        Assert.Contains(after, s => s.SeatKey == added);
        Assert.Contains(after, s => s.SeatKey == "thu-truong-so-ban-nganh--so-cong-thuong");
        Assert.DoesNotContain(after, s => s.SeatKey == "thu-truong-so-ban-nganh");
        Assert.Contains("Nhiệm vụ mới của bản quy chế sửa đổi", (await Html.GetAsync(_client, "/dak-lak/members?ngay=01/03/2026"))
            .QuerySelector("tr#thu-truong-so-ban-nganh--so-cong-thuong")!.Text(), StringComparison.Ordinal);

        await SynchroniseAsync(pack);
        Assert.DoesNotContain("Nhiệm vụ mới của bản quy chế sửa đổi", (await Html.GetAsync(_client, "/dak-lak/members?ngay=01/03/2026"))
            .QuerySelector("tr#thu-truong-so-ban-nganh--so-cong-thuong")!.Text(), StringComparison.Ordinal);
        Assert.Equal(before.Select(s => s.SeatKey), (await SeatsOnAsync("dak-lak", new DateOnly(2026, 3, 1))).Select(s => s.SeatKey));
    }

    private async Task SynchroniseAsync(ProvinceDefinition province)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(province);
        var committees = scope.ServiceProvider.GetServices<IModuleDatabase>().Single(m => m.Module == "committees");
        await committees.SynchroniseAsync(province, CancellationToken.None);
    }

    [Theory]
    [InlineData("end-seat")]
    [InlineData("split")]
    public async Task The_secretariat_cannot_end_or_split_the_heads_seat(string change)
    {
        var form = Decision("01/11/2026", "77/QĐ-UBND", "20/10/2026");
        form["Form.Office"] = "Giám đốc";
        var refused = await Forms.SubmitAsync(_client, $"/son-la/roster/{change}/truong-ban", "[name='Form.DecisionNumber']", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("(Sơn La, Điều 5)", (await Html.ParseAsync(refused)).QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.Contains(await SeatsOnAsync("son-la", new DateOnly(2026, 12, 1)), s => s.SeatKey == "truong-ban");
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("select count(*) from committees.seats where key = 'truong-ban' and (ended_from is not null or valid_until is not null)"));
    }

    [Fact]
    public async Task A_decision_signed_in_the_future_is_refused_and_the_form_keeps_what_was_typed()
    {
        var tomorrow = VietnamTime.Format(VietnamTime.Today(TimeProvider.System).AddDays(1));
        var seats = await host.Database.ScalarAsync<long>("select count(*) from committees.seats where province = 'son-la'");

        var refused = await AddSeatAsync("son-la", "so-tai-chinh", "Phó Giám đốc Sở Tài chính (thử)", tomorrow, tomorrow);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("Ngày ký quyết định không thể ở tương lai.", page.QuerySelector("#Form_DecisionDate-error")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Phó Giám đốc Sở Tài chính (thử)", page.QuerySelector("#Form_Office")!.GetAttribute("value"));
        Assert.Equal(tomorrow, page.QuerySelector("#Form_DecisionDate")!.GetAttribute("value"));
        Assert.Equal("so-tai-chinh", page.QuerySelector("#Form_AgencyKey option[selected]")!.GetAttribute("value"));
        Assert.Equal(seats, await host.Database.ScalarAsync<long>("select count(*) from committees.seats where province = 'son-la'"));
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_in_Vietnamese()
    {
        var duplicate = await AddAgencyAsync("son-la", "so-noi-vu", "sở nội vụ");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        var page = await Html.ParseAsync(duplicate);
        Assert.Contains("Mã cơ quan đã có trong tỉnh.", page.QuerySelector("#Form_AgencyKey-error")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Tên cơ quan đã có trong tỉnh.", page.QuerySelector("#Form_AgencyName-error")!.Text(), StringComparison.Ordinal);

        var unknown = await AddSeatAsync("son-la", "so-khong-co", "Giám đốc Sở Không Có", "01/10/2026", "01/10/2026");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("Cơ quan không có trong tỉnh.", (await Html.ParseAsync(unknown)).QuerySelector("#Form_AgencyKey-error")!.Text(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await AddAgencyAsync("son-la", "so-du-lich", "Sở Du lịch")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AddSeatAsync("son-la", "so-du-lich", "Giám đốc Sở Du lịch", "01/10/2026", "28/09/2026")).StatusCode);
        var key = await AddedSeatKeyAsync("son-la", "Giám đốc Sở Du lịch");
        var early = await Forms.SubmitAsync(_client, $"/son-la/roster/end-seat/{key}", "[name='Form.DecisionNumber']", Decision("01/09/2026", "99/QĐ-UBND", "01/09/2026"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("Ngày kết thúc phải sau ngày bắt đầu.", (await Html.ParseAsync(early)).QuerySelector("#Form_EffectiveFrom-error")!.Text(), StringComparison.Ordinal);
        Assert.Contains(await SeatsOnAsync("son-la", new DateOnly(2026, 11, 1)), s => s.SeatKey == key);
    }

    [Fact]
    public async Task An_ended_seat_owes_nothing_for_the_periods_after_it_and_a_stale_form_is_refused()
    {
        Assert.Equal(HttpStatusCode.OK, (await AddAgencyAsync("dak-lak", "so-tu-phap", "Sở Tư pháp")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AddSeatAsync("dak-lak", "so-tu-phap", "Giám đốc Sở Tư pháp", "01/01/2026", "30/12/2025")).StatusCode);
        var key = await AddedSeatKeyAsync("dak-lak", "Giám đốc Sở Tư pháp");
        var url = $"/dak-lak/roster/end-seat/{key}";
        var first = await Forms.OpenAsync(_client, url, "[name='Form.DecisionNumber']");
        var second = await Forms.OpenAsync(_client, url, "[name='Form.DecisionNumber']");

        Assert.Equal(HttpStatusCode.OK, (await first.SendAsync(_client, Decision("01/04/2026", "140/QĐ-UBND", "30/03/2026"))).StatusCode);
        var stale = await second.SendAsync(_client, Decision("01/05/2026", "141/QĐ-UBND", "30/04/2026"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("141/QĐ-UBND", (await Html.ParseAsync(stale)).QuerySelector("#Form_DecisionNumber")!.GetAttribute("value"));
        Assert.Contains("Giám đốc Sở Tư pháp", BoardRows(await Html.GetAsync(_client, "/dak-lak/reports?ky=Q1-2026")));
        Assert.DoesNotContain("Giám đốc Sở Tư pháp", BoardRows(await Html.GetAsync(_client, "/dak-lak/reports?ky=Q2-2026")));
        Assert.DoesNotContain(await SeatsOnAsync("dak-lak", new DateOnly(2026, 4, 1)), s => s.SeatKey == key);
        Assert.Contains(await SeatsOnAsync("dak-lak", new DateOnly(2026, 3, 31)), s => s.SeatKey == key);
    }

    [Fact]
    public async Task Another_province_can_neither_see_nor_change_the_roster()
    {
        Assert.Equal(HttpStatusCode.OK, (await AddAgencyAsync("son-la", "so-van-hoa", "Sở Văn hóa, Thể thao và Du lịch")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AddSeatAsync("son-la", "so-van-hoa", "Giám đốc Sở Văn hóa", "01/10/2026", "28/09/2026")).StatusCode);
        var key = await AddedSeatKeyAsync("son-la", "Giám đốc Sở Văn hóa");
        var dakLak = await host.SignInAsync("dak-lak.secretariat");

        Assert.Equal(HttpStatusCode.NotFound, (await dakLak.GetAsync("/son-la/roster/add-seat")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dakLak.GetAsync($"/son-la/roster/end-seat/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dakLak.GetAsync($"/dak-lak/roster/end-seat/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dakLak.GetAsync("/dak-lak/roster/end-agency/so-van-hoa")).StatusCode);
        var posted = await Forms.PostAsync(dakLak, "/dak-lak/roster/add-seat", $"/dak-lak/roster/end-seat/{key}", Decision("01/11/2026", "1/QĐ", "01/11/2026"));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Contains(await SeatsOnAsync("son-la", new DateOnly(2026, 12, 1)), s => s.SeatKey == key);
        Assert.DoesNotContain(await SeatsOnAsync("dak-lak", new DateOnly(2026, 12, 1)), s => s.SeatKey == key);
        Assert.DoesNotContain("Giám đốc Sở Văn hóa", (await dakLak.GetStringAsync("/dak-lak/members")), StringComparison.Ordinal);

        var viewer = await host.SignInAsync("son-la.viewer");
        var denied = await viewer.GetAsync("/son-la/roster/add-seat");
        Assert.Contains("/error/403", denied.Headers.Location?.OriginalString ?? denied.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_members_page_and_the_status_board_read_as_many_statements_with_many_added_seats_as_with_one()
    {
        Assert.Equal(HttpStatusCode.OK, (await AddAgencyAsync("dak-lak", "ubnd-xa-1", "UBND xã Thử Một", "LocalGovernment")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AddSeatAsync("dak-lak", "ubnd-xa-1", "Chủ tịch UBND xã Thử Một", "01/06/2026", "01/06/2026")).StatusCode);
        var secretariat = await host.SignInAsync("dak-lak.secretariat");
        const string members = "/dak-lak/members?ngay=01/11/2026";
        const string board = "/dak-lak/reports?ky=Q4-2026";
        var before = (await CountAsync(secretariat, members), await CountAsync(secretariat, board));

        for (var i = 2; i <= 6; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await AddAgencyAsync("dak-lak", $"ubnd-xa-{i}", $"UBND xã Thử {i}", "LocalGovernment")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await AddSeatAsync("dak-lak", $"ubnd-xa-{i}", $"Chủ tịch UBND xã Thử {i}", "01/06/2026", "01/06/2026")).StatusCode);
        }

        var after = (await CountAsync(secretariat, members), await CountAsync(secretariat, board));
        Assert.Contains("Chủ tịch UBND xã Thử 6", BoardRows(await Html.GetAsync(secretariat, board)));
        Assert.True(before.Item1 > 0 && before.Item2 > 0, $"the pages read nothing ({before}): the counter is not wired to the host");
        Assert.Equal(before, after);
    }

    private async Task<int> CountAsync(HttpClient client, string url)
    {
        await client.GetAsync(url); // warm caches (the first request compiles the page)
        host.Sql.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return host.Sql.Count;
    }
}
