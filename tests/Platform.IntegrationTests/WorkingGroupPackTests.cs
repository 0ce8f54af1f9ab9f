using System.Net;
using AngleSharp.Dom;
using Platform.Core.Dates;
using Platform.Core.Security;
using Platform.Sdk;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// A regulation shaped like the Government committee's (96/QĐ-BCĐCP: working groups, monthly meetings and reports,
/// absences excused by the standing deputy) is served with no core change: the test pack in tests/Fixtures, loaded
/// next to the real packs, has its working groups under their own heading, its monthly meetings followed, its groups'
/// monthly reports written by their lead agency, and its members excused by the standing deputy, not the head.
/// </summary>
public sealed class WorkingGroupPackTests(WorkingGroupPackTests.WithTheTestPack host) : IClassFixture<WorkingGroupPackTests.WithTheTestPack>, IAsyncLifetime
{
    private const string Province = "thu-nghiem";

    /// <summary>The real packs and the working-group test pack in one plugins folder.</summary>
    public sealed class WithTheTestPack : MeetingHost
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "platform-working-groups-" + Guid.NewGuid().ToString("N"));

        public WithTheTestPack()
        {
            foreach (var pack in new[] { "DakLak", "SonLa" })
            {
                Copy(Path.Combine(Repository.PluginsFolder, pack), Path.Combine(_folder, pack));
            }

            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                ? "Release" : "Debug";
            Copy(Path.Combine(Repository.Root, "tests", "Fixtures", "Platform.Packs.WorkingGroups", "bin", configuration, "net10.0"), Path.Combine(_folder, "WorkingGroups"));
        }

        protected override string PluginsFolder => _folder;

        private static void Copy(string source, string target)
        {
            if (!Directory.Exists(source))
            {
                throw new DirectoryNotFoundException($"{source} is missing: build the solution first (./test.sh does).");
            }

            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                var destination = Path.Combine(target, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination, overwrite: true);
            }
        }
    }

    private HttpClient _secretariat = null!;
    private HttpClient _head = null!;
    private HttpClient _member = null!;

    public async Task InitializeAsync()
    {
        host.Clock.Now = null;
        _secretariat = await host.SignInAsync("thu-nghiem.secretariat");
        _head = await host.SignInAsync("thu-nghiem.leader");
        _member = await host.SignInAsync("thu-nghiem.member");
    }

    public Task DisposeAsync()
    {
        host.Clock.Now = null;
        return Task.CompletedTask;
    }

    private static string NearestHeading(IElement section)
    {
        var at = section.PreviousElementSibling;
        while (at is not null && at.LocalName != "h2")
        {
            at = at.PreviousElementSibling;
        }

        return at?.Text().Trim() ?? "";
    }

    private static Period ThisMonth => Period.Containing(PeriodKind.Month, VietnamTime.Today(TimeProvider.System));

    [Fact]
    public async Task The_bodies_page_shows_the_working_groups_under_their_own_heading_with_leader_lead_agency_portfolio_and_members()
    {
        var page = await Html.GetAsync(_member, "/thu-nghiem/bodies");

        var headings = page.QuerySelectorAll("h2").Select(h => h.Text().Trim()).ToList();
        Assert.Contains("Các Tổ công tác", headings);
        var group = page.QuerySelector("section#to-cong-tac-cds")!;
        Assert.Contains("Tổ công tác chuyển đổi số", group.QuerySelector("h3")!.Text(), StringComparison.Ordinal);
        var facts = group.QuerySelector("dl")!.Text();
        Assert.Contains("Tổ trưởng", facts, StringComparison.Ordinal);
        Assert.Contains("Giám đốc Sở Khoa học và Công nghệ", facts, StringComparison.Ordinal);
        Assert.Contains("Điều 7.1", facts, StringComparison.Ordinal);
        Assert.Contains("Chuyển đổi số", facts, StringComparison.Ordinal);
        Assert.Contains("Giám đốc Sở Nội vụ", facts, StringComparison.Ordinal);
        // Each working group sits under the working groups' heading: the nearest heading before it.
        Assert.Equal("Các Tổ công tác", NearestHeading(group));
        Assert.Equal("Các Tổ công tác", NearestHeading(page.QuerySelector("section#to-cong-tac-de-an-06")!));
        Assert.Equal("Cơ quan thường trực", NearestHeading(page.QuerySelector("section#co-quan-thuong-truc")!));
    }

    [Fact]
    public async Task Regular_meetings_are_followed_month_by_month_and_a_periodic_meeting_belongs_to_its_month()
    {
        var page = await Html.GetAsync(_secretariat, "/thu-nghiem/meetings");

        var rows = page.QuerySelectorAll("section[aria-labelledby=regular] tbody tr").ToList();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.StartsWith("Tháng ", r.Children[0].Text(), StringComparison.Ordinal));
        Assert.Equal(ThisMonth.Label, rows[0].Children[0].Text());
        var lastMonth = rows.Single(r => r.Children[0].Text() == ThisMonth.Previous().Label);
        Assert.Contains("regular-held", lastMonth.ClassList);
        Assert.DoesNotContain(rows, r => r.ClassList.Contains("regular-overdue"));
        Assert.Contains("hằng tháng", page.QuerySelector("section[aria-labelledby=regular] ul")!.Text(), StringComparison.Ordinal);

        var startsAt = MeetingSteps.DaysAhead(40);
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Phiên họp tháng của Ban Chỉ đạo thử nghiệm", startsAt));
        var month = Period.Containing(PeriodKind.Month, VietnamTime.DayOf(startsAt));
        Assert.Equal($"3:{month.Year}:{month.Number}", await host.Database.ScalarAsync<string>(
            $"select period_kind || ':' || period_year || ':' || period_number from meetings.meetings where id = '{meeting}'"));
        Assert.Contains(month.Label, (await Html.GetAsync(_secretariat, $"/thu-nghiem/meetings/{meeting}")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_asks_to_be_excused_and_the_standing_deputy_approves_while_the_head_is_not_offered_the_decision()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Phiên họp thử xin vắng mặt", MeetingSteps.DaysAhead(22)));
        var absencePage = await Html.GetAsync(_member, $"/thu-nghiem/meetings/{meeting}/absence?ghe=giam-doc-so-khcn");
        Assert.Contains("được Phó Trưởng Ban Thường trực đồng ý", absencePage.QuerySelector("section[aria-labelledby=rules]")!.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await MeetingSteps.AskToBeExcusedAsync(_member, Province, meeting, "giam-doc-so-khcn")).StatusCode);
        var request = await MeetingSteps.RequestIdAsync(host, meeting, "giam-doc-so-khcn");
        Assert.Equal("pho-truong-ban-thuong-truc", await host.Database.ScalarAsync<string>($"select approver_seat_key from meetings.absence_requests where id = '{request}'"));

        // The head chairs the meeting and heads the committee, yet the regulation gives the decision to the standing deputy.
        Assert.False(await Forms.OffersAsync(_head, "/thu-nghiem/meetings/decisions", $"input[name=requestId][value='{request}']"));
        var refused = await MeetingSteps.DecideWithoutFormAsync(host, _head, Province, request, approve: true);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Chỉ Phó Trưởng Ban Thường trực đồng ý cho thành viên vắng mặt. (Tỉnh Thử nghiệm, Điều 9.3)", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        Assert.Equal(0, await host.Database.ScalarAsync<int>($"select status from meetings.absence_requests where id = '{request}'"));

        var deputy = await host.SignInHoldingAsync(Province, "pho-truong-ban-thuong-truc");
        Assert.Contains("chờ bạn quyết định", (await Html.GetAsync(deputy, "/thu-nghiem")).Text(), StringComparison.Ordinal);
        var decisions = await Html.GetAsync(deputy, "/thu-nghiem/meetings/decisions");
        Assert.Contains("Phó Trưởng Ban Thường trực đồng ý cho thành viên vắng mặt.", decisions.Text(), StringComparison.Ordinal);
        var approved = await MeetingSteps.DecideOnDecisionsPageAsync(deputy, Province, request, approve: true);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("thu-nghiem.pho-truong-ban-thuong-truc", await host.Database.ScalarAsync<string>(
            $"select decided_by from meetings.absence_requests where id = '{request}' and status = 1"));
    }

    [Fact]
    public async Task A_working_group_reports_monthly_through_its_lead_agency_and_shows_on_the_status_board()
    {
        var period = ThisMonth.Previous();
        var board = await Html.GetAsync(_secretariat, $"/thu-nghiem/reports?ky={period.Code}");
        Assert.Contains("Tổ công tác chuyển đổi số", board.Text(), StringComparison.Ordinal);
        Assert.Contains("Tổ công tác Đề án 06", board.Text(), StringComparison.Ordinal);

        // The group's leader holds a seat at its lead agency (DOST), so writes its report.
        var leader = await host.SignInHoldingAsync(Province, "giam-doc-so-khcn", ProvinceRole.Member);
        var url = $"/thu-nghiem/reports/write?ky={period.Code}&buoc=to-cong-tac&ai=to-cong-tac-cds";
        var form = await Html.GetAsync(leader, url);
        Assert.NotNull(form.QuerySelector("[name='Form.Results']"));

        // Art. 10.1 of the test regulation: due the 5th working day of the following month, counted on the host's
        // working calendar — after the period, never moved back into it.
        var fifthWorkingDay = VietnameseWorkingCalendar.Default.NthWorkingDayAfter(period.End, 5);
        var deadline = form.QuerySelector("#deadline")!.ParentElement!.TextContent;
        Assert.Contains(VietnamTime.Format(fifthWorkingDay), deadline, StringComparison.Ordinal);
        Assert.Contains("chậm nhất vào ngày làm việc thứ 5 của tháng sau kỳ", deadline, StringComparison.Ordinal);

        // Art. 10.3: the figures run from the 15th of the month before to the 14th of the month (Decree 09/2019, Art. 12).
        var from = new DateOnly(period.Start.Year, period.Start.Month, 15).AddMonths(-1);
        var to = new DateOnly(period.End.Year, period.End.Month, 14);
        Assert.Contains($"Số liệu tính từ ngày {VietnamTime.Format(from)} đến ngày {VietnamTime.Format(to)} (Nghị định 09/2019/NĐ-CP, Điều 12)", deadline, StringComparison.Ordinal);
    }
}
