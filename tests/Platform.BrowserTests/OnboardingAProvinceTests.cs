using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.Core.Dates;
using Platform.Core.Tenancy;
using Platform.Identity;
using Platform.Sdk.Structure;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests;

/// <summary>A host on a database without demo data: only what the packs state, and no account at all.</summary>
public sealed class EmptyInstallHost() : BrowserHost(demo: false);

[CollectionDefinition(Name)]
public sealed class EmptyInstallCollection : ICollectionFixture<EmptyInstallHost>
{
    public const string Name = "Empty install";
}

/// <summary>
/// Đắk Lắk put into use from an empty database, each person in their own browser: the first system administrator
/// (made as the create-admin command makes it) creates the province's administrator, who imports five officials from
/// a CSV file with the head's and a member's seats; each official activates the account from the link; the
/// secretariat schedules a meeting, the member asks to be excused and the head approves (Đắk Lắk, Art. 9.3).
/// </summary>
[Collection(EmptyInstallCollection.Name)]
public sealed class OnboardingAProvinceTests(EmptyInstallHost host) : IAsyncLifetime
{
    private const string AdminPassword = "Quản-trị-hệ-thống-2026";
    private const string OfficialPassword = "Mật-khẩu-cán-bộ-Đắk-Lắk-2026";
    private const string Title = "Họp triển khai chuyển đổi số năm 2027";
    private const string Reason = "Đi công tác tại Hà Nội theo kế hoạch của UBND tỉnh.";

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private readonly List<BrowserSession> _sessions = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var session in _sessions)
        {
            await session.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_province_is_set_up_by_its_own_administrators_and_its_officials_sign_in_as_themselves()
    {
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("select count(*) from identity.accounts"));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<IAccountCreation>().CreateAdministratorAsync("quantri", "Quản trị hệ thống", AdminPassword);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        }

        var dakLak = host.Services.GetRequiredService<IProvinceCatalog>().Find("dak-lak")!;
        var head = dakLak.Seats.Single(s => s.Role == SeatRole.Head);
        var member = dakLak.Seats.First(s => s.Role == SeatRole.Member);

        // The system administrator creates Đắk Lắk's account administrator.
        var admin = await SessionAsync();
        await admin.SignInAsync("quantri", AdminPassword);
        await admin.OpenAsync("/admin/accounts");
        await admin.GoAsync(() => admin.Page.GetByRole(AriaRole.Region, new() { Name = "Tài khoản theo tỉnh" }).GetByRole(AriaRole.Link, new() { NameRegex = new("Đắk Lắk") }).ClickAsync());
        await Expect(Heading(admin.Page)).ToHaveTextAsync("Quản trị tài khoản");
        await admin.Page.GetByLabel("Họ và tên").FillAsync("Y Niê Quản Trị");
        await admin.Page.GetByLabel("Tên đăng nhập").FillAsync("dl.quantri");
        await admin.Page.Locator("#Form_Role").SelectOptionAsync("province-admin");
        await admin.GoAsync(() => admin.Page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync());
        var provinceAdminLink = await LinkOfAsync(admin.Page, "dl.quantri");

        // The province's administrator activates the account and imports five officials.
        var provinceAdmin = await ActivateAndSignInAsync(provinceAdminLink, "dl.quantri");
        await provinceAdmin.OpenAsync("/dak-lak/quan-tri/tai-khoan");
        await provinceAdmin.GoAsync(() => provinceAdmin.Page.GetByRole(AriaRole.Link, new() { Name = "Nhập danh sách cán bộ từ tệp CSV hoặc Excel" }).ClickAsync());
        var csv = "Họ và tên;Tên đăng nhập;Thư điện tử;Cơ quan;Vị trí;Vai trò\r\n" +
                  "H'Hen Thư Ký;dl.thuky;thuky@example.gov.vn;so-khcn;;secretariat\r\n" +
                  $"Ama Trưởng Ban;dl.truongban;;;{head.Key};leader\r\n" +
                  $"Nguyễn Thành Viên;dl.thanhvien;;;{member.Key};member\r\n" +
                  "Trần Đầu Mối;dl.noivu;;Sở Nội vụ;;member\r\n" +
                  "Lê Người Xem;dl.xem;;;;viewer\r\n";
        await provinceAdmin.Page.Locator("#Form_File").SetInputFilesAsync(new FilePayload
        {
            Name = "can-bo-dak-lak.csv",
            MimeType = "text/csv",
            Buffer = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)],
        });
        await provinceAdmin.GoAsync(() => provinceAdmin.Page.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync());
        await Expect(provinceAdmin.Page.Locator("tr.row-ok")).ToHaveCountAsync(5);
        await provinceAdmin.GoAsync(() => provinceAdmin.Page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận tạo 5 tài khoản" }).ClickAsync());
        await Expect(provinceAdmin.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã tạo 5 tài khoản.");
        var secretariatLink = await LinkOfAsync(provinceAdmin.Page, "dl.thuky");
        var headLink = await LinkOfAsync(provinceAdmin.Page, "dl.truongban");
        var memberLink = await LinkOfAsync(provinceAdmin.Page, "dl.thanhvien");

        // The secretariat official schedules a meeting three working days ahead (the member must tell a day before, Art. 9.3).
        var secretariat = await ActivateAndSignInAsync(secretariatLink, "dl.thuky");
        var startsAt = WorkingDaysAhead(3).AddHours(14);
        await secretariat.OpenAsync("/dak-lak/meetings");
        await secretariat.GoAsync(() => secretariat.Page.GetByRole(AriaRole.Link, new() { Name = "Lên lịch cuộc họp" }).ClickAsync());
        var page = secretariat.Page;
        await page.GetByLabel("Loại cuộc họp").SelectOptionAsync(new SelectOptionValue { Label = "Họp chuyên đề" });
        await page.GetByLabel("Tên cuộc họp").FillAsync(Title);
        await page.GetByLabel("Ngày họp").FillAsync(startsAt.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await page.GetByLabel("Giờ bắt đầu").FillAsync("14:00");
        await page.GetByLabel("Thời lượng (phút)").FillAsync("120");
        await page.GetByLabel("Hình thức").SelectOptionAsync(new SelectOptionValue { Label = "Trực tiếp" });
        await page.GetByLabel("Địa điểm").FillAsync("Hội trường UBND tỉnh Đắk Lắk");
        await secretariat.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Lên lịch", Exact = true }).ClickAsync());
        if (await page.GetByLabel("Vẫn xếp lịch").CountAsync() > 0)
        {
            await page.GetByLabel("Vẫn xếp lịch").CheckAsync();
            await secretariat.GoAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Lên lịch", Exact = true }).ClickAsync());
        }

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lên lịch cuộc họp.");

        // The member, linked to a member seat by the import, asks to be excused.
        var memberSession = await ActivateAndSignInAsync(memberLink, "dl.thanhvien");
        var memberPage = memberSession.Page;
        await memberSession.OpenAsync("/dak-lak/meetings");
        await memberSession.GoAsync(() => memberPage.GetByRole(AriaRole.Link, new() { Name = "Lời mời của tôi" }).ClickAsync());
        var invitation = memberPage.GetByRole(AriaRole.Region, new() { Name = "Cuộc họp được mời", Exact = true }).GetByRole(AriaRole.Row).Filter(new() { HasText = Title });
        await memberSession.GoAsync(() => invitation.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }).ClickAsync());
        await memberSession.GoAsync(() => memberPage.GetByRole(AriaRole.Link, new() { Name = "Xin vắng mặt / cử người dự thay" }).ClickAsync());
        await memberPage.GetByLabel("Lý do vắng mặt").FillAsync(Reason);
        await memberSession.GoAsync(() => memberPage.GetByRole(AriaRole.Button, new() { Name = "Gửi đề nghị" }).ClickAsync());
        await Expect(memberPage.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã gửi đề nghị vắng mặt; người có thẩm quyền sẽ quyết định.");

        // The head, linked to the head's seat by the import, approves (Đắk Lắk, Art. 9.3).
        var headSession = await ActivateAndSignInAsync(headLink, "dl.truongban");
        var headPage = headSession.Page;
        await headSession.OpenAsync("/dak-lak");
        var panel = headPage.GetByRole(AriaRole.Region, new() { Name = "Cuộc họp", Exact = true });
        await Expect(panel).ToContainTextAsync("1 đề nghị vắng mặt chờ bạn quyết định");
        await headSession.GoAsync(() => panel.GetByRole(AriaRole.Link, new() { Name = "Xem và quyết định" }).ClickAsync());
        var request = headPage.Locator("article.request").Filter(new() { HasText = Title });
        await Expect(request).ToContainTextAsync($"Lý do: {Reason}");
        await headSession.GoAsync(() => request.GetByRole(AriaRole.Button, new() { Name = "Đồng ý", Exact = true }).ClickAndConfirmAsync());
        await Expect(headPage.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã đồng ý cho vắng mặt.");

        Assert.Equal(0L, await host.Database.ScalarAsync<long>("select count(*) from identity.accounts where is_demo"));
    }

    private async Task<BrowserSession> SessionAsync()
    {
        var session = await host.NewSessionAsync();
        _sessions.Add(session);
        return session;
    }

    /// <summary>The path of the activation link the page shows for a user name.</summary>
    private static async Task<string> LinkOfAsync(IPage page, string userName)
    {
        var text = await page.Locator($"tr.issued-link[data-user='{userName}'] code.activation-link").TextContentAsync();
        return new Uri(text!.Trim()).PathAndQuery;
    }

    /// <summary>A new browser opens the link, sets the password and signs in with it.</summary>
    private async Task<BrowserSession> ActivateAndSignInAsync(string link, string userName)
    {
        var session = await SessionAsync();
        await session.OpenAsync(link);
        await Expect(Heading(session.Page)).ToHaveTextAsync("Kích hoạt tài khoản");
        await session.Page.Locator("#password").FillAsync(OfficialPassword);
        await session.Page.Locator("#repeat").FillAsync(OfficialPassword);
        await session.GoAsync(() => session.Page.GetByRole(AriaRole.Button, new() { Name = "Đặt mật khẩu" }).ClickAsync());
        await Expect(session.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã đặt mật khẩu. Tài khoản đã sẵn sàng.");
        await session.SignInAsync(userName, OfficialPassword);
        return session;
    }

    private DateTimeOffset WorkingDaysAhead(int days)
    {
        var calendar = host.Services.GetRequiredService<IWorkingCalendar>();
        var day = DateTimeOffset.UtcNow.ToOffset(VietnamOffset).Date;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (calendar.IsWorkingDay(DateOnly.FromDateTime(day)))
            {
                days--;
            }
        }

        return new DateTimeOffset(day, VietnamOffset);
    }

    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
}
