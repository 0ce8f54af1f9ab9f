using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>The secretariat keeps membership current by decision: appoint, replace, end — and the past stays readable.</summary>
public sealed class AppointmentTests(PlatformFactory host) : IClassFixture<PlatformFactory>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await host.SignInAsync(DemoAccounts.MultiSecretariat);

    public Task DisposeAsync() => Task.CompletedTask;

    private string SeatKey(string province, SeatRole role, int skip = 0) =>
        host.Services.GetRequiredService<IProvinceCatalog>().Find(province)!.Seats.Where(s => s.Role == role).Skip(skip).First().Key;

    private static Dictionary<string, string> Decision(string effective, string number, string signed, string? person = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Form.EffectiveFrom"] = effective,
            ["Form.DecisionNumber"] = number,
            ["Form.DecisionDate"] = signed,
            ["Form.DecisionSigner"] = "Chủ tịch UBND tỉnh",
        };
        if (person is not null)
        {
            form["Form.PersonName"] = person;
        }

        return form;
    }

    [Fact]
    public async Task Replacing_a_holder_keeps_who_held_the_seat_on_any_past_date()
    {
        var seat = SeatKey("son-la", SeatRole.StandingDeputy);
        var before = await Html.GetAsync(_client, $"/son-la/seats/{seat}");
        var previous = before.QuerySelector(".card strong")!.Text();

        var response = await FormPost.SubmitAsync(_client, $"/son-la/seats/{seat}/replace",
            Decision("01/09/2025", "245/QĐ-UBND", "25/08/2025", "Lê Thị Thu (demo)"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var history = await Html.ParseAsync(response);
        Assert.Contains("Đã lưu thay đổi.", history.Text(), StringComparison.Ordinal);
        var rows = history.QuerySelectorAll("tbody tr").Select(r => r.Text()).ToList();
        Assert.Contains(rows, r => r.Contains("Lê Thị Thu", StringComparison.Ordinal) && r.Contains("245/QĐ-UBND", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(previous, StringComparison.Ordinal) && r.Contains("31/08/2025", StringComparison.Ordinal) && r.Contains("được thay thế", StringComparison.Ordinal));

        var onLastDay = (await Html.GetAsync(_client, "/son-la/members?ngay=31/08/2025")).QuerySelector($"tr#{seat}")!.Text();
        var onFirstDay = (await Html.GetAsync(_client, "/son-la/members?ngay=01/09/2025")).QuerySelector($"tr#{seat}")!.Text();
        Assert.Contains(previous, onLastDay, StringComparison.Ordinal);
        Assert.Contains("Lê Thị Thu", onFirstDay, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ending_a_term_leaves_the_seat_vacant_until_someone_is_appointed()
    {
        var seat = SeatKey("dak-lak", SeatRole.Deputy);

        var ended = await FormPost.SubmitAsync(_client, $"/dak-lak/seats/{seat}/end", Decision("01/10/2025", "310/QĐ-UBND", "30/09/2025"));
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Contains("Còn trống", (await Html.GetAsync(_client, "/dak-lak/members?ngay=02/10/2025")).QuerySelector($"tr#{seat}")!.Text(), StringComparison.Ordinal);

        var appointed = await FormPost.SubmitAsync(_client, $"/dak-lak/seats/{seat}/appoint",
            Decision("15/10/2025", "320/QĐ-UBND", "14/10/2025", "Phạm Văn Bình (demo)"));
        Assert.Equal(HttpStatusCode.OK, appointed.StatusCode);
        Assert.Contains("Phạm Văn Bình", (await Html.GetAsync(_client, "/dak-lak/members?ngay=15/10/2025")).QuerySelector($"tr#{seat}")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_form_explains_in_Vietnamese_and_keeps_what_was_typed()
    {
        var seat = SeatKey("son-la", SeatRole.Member);

        var response = await FormPost.SubmitAsync(_client, $"/son-la/seats/{seat}/replace",
            Decision("31/13/2025", "", "01/07/2025", "Hoàng Văn Nam"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Hoàng Văn Nam", page.QuerySelector("#Form_PersonName")!.GetAttribute("value"));
        Assert.Equal("31/13/2025", page.QuerySelector("#Form_EffectiveFrom")!.GetAttribute("value"));
        Assert.Equal("01/07/2025", page.QuerySelector("#Form_DecisionDate")!.GetAttribute("value"));
        Assert.Contains("Ngày không hợp lệ; hãy nhập theo dạng dd/MM/yyyy.", page.QuerySelector("#Form_EffectiveFrom-error")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Số quyết định là bắt buộc.", page.QuerySelector("#Form_DecisionNumber-error")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conflicting_edit_is_refused_not_overwritten()
    {
        var seat = SeatKey("son-la", SeatRole.Deputy, skip: 1);
        var first = await host.SignInAsync("son-la.secretariat");
        var second = await host.SignInAsync(DemoAccounts.MultiSecretariat);
        var url = $"/son-la/seats/{seat}/replace";
        var formOfFirst = await first.GetStringAsync(url);
        var formOfSecond = await second.GetStringAsync(url);

        var saved = await Post(first, url, formOfFirst, Decision("01/08/2025", "200/QĐ-UBND", "30/07/2025", "Người Thứ Nhất"));
        var refused = await Post(second, url, formOfSecond, Decision("01/08/2025", "201/QĐ-UBND", "30/07/2025", "Người Thứ Hai"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("Vị trí này vừa được người khác thay đổi.", page.QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Người Thứ Hai", page.QuerySelector("#Form_PersonName")!.GetAttribute("value"));
        var history = (await Html.GetAsync(_client, $"/son-la/seats/{seat}")).Text();
        Assert.Contains("Người Thứ Nhất", history, StringComparison.Ordinal);
        Assert.DoesNotContain("Người Thứ Hai", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var seat = SeatKey("son-la", SeatRole.Member, skip: 1);

        var response = await _client.PostAsync($"/son-la/seats/{seat}/replace", new FormUrlEncodedContent(
            Decision("01/08/2025", "999/QĐ-UBND", "30/07/2025", "Kẻ Giả Mạo")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Kẻ Giả Mạo", (await Html.GetAsync(_client, $"/son-la/seats/{seat}")).Text(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string url, string formPage, Dictionary<string, string> fields)
    {
        fields["Form.Version"] = FormPost.Hidden(formPage, "Form.Version");
        fields["__RequestVerificationToken"] = FormPost.Hidden(formPage, "__RequestVerificationToken");
        return client.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}
