using System.Net;
using System.Text;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;

namespace Platform.IntegrationTests;

/// <summary>
/// Đắk Lắk, Art. 13.2: for extraordinary and thematic meetings, members supply information and documents so that the
/// PPC Office prepares the head's material and speech. Through the meeting page: invited members send, the standing
/// agency and the head see who has sent what, a member sees only their own; Sơn La's regulation asks nothing of the kind.
/// </summary>
public sealed class BriefingTheHeadTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Card = "section[aria-labelledby=briefing]";
    private static readonly byte[] Pdf = Encoding.UTF8.GetBytes("%PDF-1.4 số liệu Đề án 06");
    private HttpClient _secretariat = null!;
    private HttpClient _member = null!;

    public async Task InitializeAsync()
    {
        host.Clock.Now = null;
        _secretariat = await host.SignInAsync("dak-lak.secretariat");
        _member = await host.SignInAsync("dak-lak.member");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private SeatDefinition MemberSeat(int index = 0) =>
        host.Services.GetRequiredService<IProvinceCatalog>().Find("dak-lak")!.Seats.Where(s => s.Role == SeatRole.Member).ElementAt(index);

    private static IElement Row(IDocument page, string seat) => page.QuerySelector($"{Card} tr#brief-{seat}")!;

    private static Task<OpenForm> BriefFormAsync(HttpClient client, Guid meeting) =>
        Forms.OpenAsync(client, $"/dak-lak/meetings/{meeting}/briefings", "#BriefingText");

    [Fact]
    public async Task Dak_Lak_members_send_material_for_the_heads_speech_before_an_extraordinary_meeting_under_Art_13_2()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, "dak-lak", new("Họp đột xuất về Đề án 06", MeetingSteps.DaysAhead(10)) { Kind = "Extraordinary" });
        var page = await Html.GetAsync(_member, $"/dak-lak/meetings/{meeting}");
        Assert.Contains("Đắk Lắk, Điều 13.2", page.QuerySelector($"{Card} h2")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Văn phòng UBND tỉnh", page.QuerySelector($"{Card} .hint")!.Text(), StringComparison.Ordinal);

        // Nothing to say is refused, citing the article; the file is not kept half-sent.
        var empty = await (await BriefFormAsync(_member, meeting)).UploadAsync(_member, "so-lieu.pdf", Pdf, "application/pdf");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal("Hãy nêu thông tin phục vụ nội dung phát biểu của Trưởng Ban (Đắk Lắk, Điều 13.2)", (await Html.ParseAsync(empty)).QuerySelector("#BriefingText-error")!.Text());
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from meetings.briefings where meeting_id = '{meeting}'"));

        var sent = await (await BriefFormAsync(_member, meeting)).UploadAsync(_member, "so-lieu.pdf", Pdf, "application/pdf",
            new Dictionary<string, string> { ["BriefingText"] = "Đã cấp 1,2 triệu tài khoản định danh mức 2." });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        var board = await Html.GetAsync(_secretariat, $"/dak-lak/meetings/{meeting}");
        var members = board.QuerySelectorAll($"{Card} tbody tr").Length;
        Assert.Equal($"Đã gửi: 1/{members} thành viên.", board.QuerySelector($"{Card} > p:not(.hint)")!.Text());
        var row = Row(board, MemberSeat().Key);
        Assert.Contains("Đã cấp 1,2 triệu tài khoản định danh mức 2.", row.Text(), StringComparison.Ordinal);
        var href = row.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal(Pdf, await (await _secretariat.GetAsync(href)).Content.ReadAsByteArrayAsync());
        Assert.Equal("Chưa gửi", Row(board, MemberSeat(1).Key).QuerySelector("td")!.Text());
        var head = await host.SignInAsync("dak-lak.leader");
        Assert.Contains("Đã cấp 1,2 triệu", Row(await Html.GetAsync(head, $"/dak-lak/meetings/{meeting}"), MemberSeat().Key).Text(), StringComparison.Ordinal);

        // Another member sees only their own sends, and not the first member's file.
        var other = await host.SignInHoldingAsync("dak-lak", MemberSeat(1).Key, ProvinceRole.Member);
        var theirs = await Html.GetAsync(other, $"/dak-lak/meetings/{meeting}");
        Assert.DoesNotContain("Đã cấp 1,2 triệu", theirs.QuerySelector(Card)!.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(href)).StatusCode);
    }

    [Fact]
    public async Task A_periodic_meeting_asks_for_no_material_and_nothing_is_sent_once_the_meeting_is_held()
    {
        var periodic = await MeetingSteps.ScheduleAsync(_secretariat, "dak-lak", new("Họp thường kỳ thử tài liệu", MeetingSteps.DaysAhead(12)));
        Assert.Null((await Html.GetAsync(_member, $"/dak-lak/meetings/{periodic}")).QuerySelector(Card));

        var thematic = await MeetingSteps.ScheduleAsync(_secretariat, "dak-lak", new("Họp chuyên đề chuyển đổi số", MeetingSteps.DaysAhead(-1)) { Kind = "Thematic" });
        var form = await BriefFormAsync(_member, thematic);
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(_secretariat, $"/dak-lak/meetings/{thematic}/status", "form[action$='handler=Held']")).StatusCode);
        var late = await form.SendAsync(_member, new Dictionary<string, string> { ["BriefingText"] = "Gửi sau khi họp." });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Null((await Html.ParseAsync(late)).QuerySelector("#BriefingText"));
    }

    [Fact]
    public async Task Son_La_regulation_asks_for_no_such_material()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var meeting = await MeetingSteps.ScheduleAsync(secretariat, "son-la", new("Họp chuyên đề Sơn La", MeetingSteps.DaysAhead(9)) { Kind = "Thematic" });

        Assert.Null((await Html.GetAsync(secretariat, $"/son-la/meetings/{meeting}")).QuerySelector(Card));
    }
}
