using System.Net;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// A province's administrator creates the province's accounts, links them to seats and agencies and issues activation
/// links — in that province only; officials set their first password on a one-time link; lists are imported whole or not at all.
/// </summary>
public sealed class ProvinceAdministrationTests(ProvinceAdministrationTests.AdministrationHost host) : IClassFixture<ProvinceAdministrationTests.AdministrationHost>
{
    private const string SonLa = "/son-la/quan-tri/tai-khoan";
    private const string DakLak = "/dak-lak/quan-tri/tai-khoan";

    public sealed class AdministrationHost : PlatformFactory
    {
        public AuditLogPageTests.SettableClock Clock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
            builder.UseSetting("Security:AbsoluteTimeoutHours", "100000");
            builder.UseSetting("Security:IdleTimeoutMinutes", "10000000");
        }
    }

    private Task<long> CountAsync(string sql) => host.Database.ScalarAsync<long>(sql);

    private Task<long> AccountsNamedAsync(string userName) =>
        CountAsync($"select count(*) from identity.accounts where user_name = '{userName}'");

    private static async Task<HttpResponseMessage> CreateAsync(HttpClient client, string page, Dictionary<string, string> typed) =>
        await Forms.SubmitAsync(client, page, "#Form_FullName", typed);

    private static Dictionary<string, string> Official(string userName, string role = "member", string seat = "", string agency = "") => new()
    {
        ["Form.FullName"] = "Lò Văn Thử " + userName,
        ["Form.UserName"] = userName,
        ["Form.Email"] = "",
        ["Form.Role"] = role,
        ["Form.Seat"] = seat,
        ["Form.Agency"] = agency,
    };

    /// <summary>The activation links a page shows, as paths of this site.</summary>
    private static async Task<IReadOnlyList<string>> LinksAsync(HttpResponseMessage response) =>
        [.. (await Html.ParseAsync(response)).QuerySelectorAll("code.activation-link").Select(c => new Uri(c.TextContent.Trim()).PathAndQuery)];

    [Fact]
    public async Task Son_La_province_administrator_cannot_see_create_or_grant_anything_in_Dak_Lak()
    {
        var admin = await host.SignInAsync("son-la.province-admin");
        var dakLakViewer = await host.Database.ScalarAsync<Guid>("select id from identity.accounts where user_name = 'dak-lak.viewer'");
        var accountsBefore = await CountAsync("select count(*) from identity.accounts");
        var grantsBefore = await CountAsync("select count(*) from identity.grants");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(SonLa)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(DakLak)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(DakLak + "/nhap")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{DakLak}/{dakLakViewer}")).StatusCode);
        // Its own province's page does not show another province's account either.
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{SonLa}/{dakLakViewer}")).StatusCode);

        var create = await Forms.PostAsync(admin, SonLa, DakLak + "?handler=Create", Official("dl.intruder"));
        var grantThere = await Forms.PostAsync(admin, SonLa, $"{DakLak}/{dakLakViewer}?handler=Grant", new Dictionary<string, string> { ["Form.Role"] = "secretariat" });
        var grantHere = await Forms.PostAsync(admin, SonLa, $"{SonLa}/{dakLakViewer}?handler=Grant", new Dictionary<string, string> { ["Form.Role"] = "secretariat" });
        var disable = await Forms.PostAsync(admin, SonLa, $"{SonLa}?handler=Disable&id={dakLakViewer}", new Dictionary<string, string>());
        var link = await Forms.PostAsync(admin, SonLa, $"{SonLa}?handler=Link&id={dakLakViewer}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, grantThere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, grantHere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, disable.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, link.StatusCode);
        Assert.Equal(accountsBefore, await CountAsync("select count(*) from identity.accounts"));
        Assert.Equal(grantsBefore, await CountAsync("select count(*) from identity.grants"));
        Assert.Equal(0, await CountAsync($"select count(*) from identity.activation_links where account_id = '{dakLakViewer}'"));
        Assert.False(await host.Database.ScalarAsync<bool>($"select is_disabled from identity.accounts where id = '{dakLakViewer}'"));
    }

    [Fact]
    public async Task Only_the_provinces_administrator_or_the_system_administrator_administers_its_accounts()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");
        Assert.Equal(HttpStatusCode.Forbidden, (await secretariat.GetAsync(SonLa)).StatusCode);
        var system = await host.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await system.GetAsync(DakLak)).StatusCode);
    }

    [Fact]
    public async Task A_new_official_activates_the_account_once_on_the_link_and_signs_in()
    {
        var admin = await host.SignInAsync("son-la.province-admin");
        var created = await CreateAsync(admin, SonLa, Official("sl.kich-hoat", agency: "so-noi-vu"));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var path = Assert.Single(await LinksAsync(created));
        Assert.Null(await host.Database.ScalarAsync<object>("select password_hash from identity.accounts where user_name = 'sl.kich-hoat'") as string);
        Assert.Equal("so-noi-vu", await host.Database.ScalarAsync<string>(
            "select g.agency_key from identity.grants g join identity.accounts a on a.id = g.account_id where a.user_name = 'sl.kich-hoat'"));

        var anonymous = host.CreateClient();
        const string password = "Mật-khẩu-của-tôi-2026";
        var activated = await Forms.SubmitAsync(anonymous, path, "#password", new Dictionary<string, string> { ["password"] = password, ["repeat"] = password });
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        Assert.Contains("Đã đặt mật khẩu", (await Html.ParseAsync(activated)).Text(), StringComparison.Ordinal);
        var official = await host.SignInAsync("sl.kich-hoat", password);
        Assert.Equal(HttpStatusCode.OK, (await official.GetAsync("/son-la")).StatusCode);
        Assert.Contains($"son-la:so-noi-vu", await host.Database.ScalarAsync<string>(
            "select 'son-la:' || agency_key from identity.grants g join identity.accounts a on a.id = g.account_id where a.user_name = 'sl.kich-hoat'"), StringComparison.Ordinal);

        // The second use is refused with the one message, and the password stays.
        var hash = await host.Database.ScalarAsync<string>("select password_hash from identity.accounts where user_name = 'sl.kich-hoat'");
        var again = await Forms.PostAsync(anonymous, SonLaLogin, path, new Dictionary<string, string> { ["password"] = "Mật-khẩu-khác-hẳn-2026", ["repeat"] = "Mật-khẩu-khác-hẳn-2026" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("Liên kết kích hoạt không dùng được", (await Html.ParseAsync(again)).Text(), StringComparison.Ordinal);
        Assert.Equal(hash, await host.Database.ScalarAsync<string>("select password_hash from identity.accounts where user_name = 'sl.kich-hoat'"));
        var unknown = await anonymous.GetAsync("/account/activate/khong-co-lien-ket-nay");
        Assert.Equal(
            (await Html.ParseAsync(again)).QuerySelector("[role=alert]")!.Text(),
            (await Html.ParseAsync(unknown)).QuerySelector("[role=alert]")!.Text());
    }

    private const string SonLaLogin = "/account/login";

    [Fact]
    public async Task An_expired_activation_link_is_refused_and_a_new_one_replaces_it()
    {
        var start = DateTimeOffset.UtcNow.AddDays(10);
        host.Clock.Now = start;
        try
        {
            var admin = await host.SignInAsync("son-la.province-admin");
            var path = Assert.Single(await LinksAsync(await CreateAsync(admin, SonLa, Official("sl.het-han", role: "viewer"))));
            host.Clock.Now = start + TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1);

            var anonymous = host.CreateClient();
            var expired = await anonymous.GetAsync(path);
            Assert.Contains("Liên kết kích hoạt không dùng được", (await Html.ParseAsync(expired)).Text(), StringComparison.Ordinal);
            var posted = await Forms.PostAsync(anonymous, SonLaLogin, path, new Dictionary<string, string> { ["password"] = "Mật-khẩu-quá-hạn-2026", ["repeat"] = "Mật-khẩu-quá-hạn-2026" });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, posted.StatusCode);
            Assert.Null(await host.Database.ScalarAsync<object>("select password_hash from identity.accounts where user_name = 'sl.het-han'") as string);

            var id = await host.Database.ScalarAsync<Guid>("select id from identity.accounts where user_name = 'sl.het-han'");
            var reissued = await Forms.PostAsync(admin, SonLa, $"{SonLa}?handler=Link&id={id}", new Dictionary<string, string>());
            var fresh = Assert.Single(await LinksAsync(reissued));
            Assert.NotEqual(path, fresh);
            Assert.Contains("id=\"password\"", await anonymous.GetStringAsync(fresh), StringComparison.Ordinal);
        }
        finally
        {
            host.Clock.Now = null;
        }
    }

    [Fact]
    public async Task A_seat_linked_to_another_active_account_is_refused()
    {
        var admin = await host.SignInAsync("son-la.province-admin");
        var headSeat = await host.Database.ScalarAsync<string>(
            "select g.seat_key from identity.grants g join identity.accounts a on a.id = g.account_id where a.user_name = 'son-la.leader'");

        var refused = await CreateAsync(admin, SonLa, Official("sl.nguoi-thu-hai", role: "leader", seat: headSeat));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("đã gắn với một tài khoản đang hoạt động khác", page.QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.Equal("sl.nguoi-thu-hai", page.QuerySelector("#Form_UserName")!.GetAttribute("value"));
        Assert.Equal(0, await AccountsNamedAsync("sl.nguoi-thu-hai"));

        // Granting the linked seat to an existing account is refused too.
        var viewer = await host.Database.ScalarAsync<Guid>("select id from identity.accounts where user_name = 'son-la.viewer'");
        var grant = await Forms.SubmitAsync(admin, $"{SonLa}/{viewer}", "#Form_Role", new Dictionary<string, string> { ["Form.Role"] = "leader", ["Form.Seat"] = headSeat });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, grant.StatusCode);
        Assert.Equal(0, await CountAsync($"select count(*) from identity.grants where account_id = '{viewer}' and seat_key is not null"));
    }

    [Fact]
    public async Task A_user_name_already_taken_is_refused_keeping_what_was_typed()
    {
        var admin = await host.SignInAsync("son-la.province-admin");
        var before = await CountAsync("select count(*) from identity.accounts");

        var refused = await CreateAsync(admin, SonLa, Official("Son-La.Viewer"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("Tên đăng nhập này đã có người dùng", page.Text(), StringComparison.Ordinal);
        Assert.Equal("Lò Văn Thử Son-La.Viewer", page.QuerySelector("#Form_FullName")!.GetAttribute("value"));
        Assert.Equal("member", page.QuerySelector("#Form_Role option[selected]")!.GetAttribute("value"));
        Assert.Equal(before, await CountAsync("select count(*) from identity.accounts"));
    }

    [Fact]
    public async Task Granting_and_revoking_a_role_linked_to_a_seat_is_audited()
    {
        var admin = await host.SignInAsync("son-la.province-admin");
        await CreateAsync(admin, SonLa, Official("sl.duoc-cap", role: "viewer"));
        var id = await host.Database.ScalarAsync<Guid>("select id from identity.accounts where user_name = 'sl.duoc-cap'");
        var seat = await host.Database.ScalarAsync<string>("""
            select s.key from committees.seats s
            where s.province = 'son-la' and (s.valid_from is null or s.valid_from <= current_date) and (s.valid_until is null or s.valid_until >= current_date)
              and s.key not in (select seat_key from identity.grants where province = 'son-la' and seat_key is not null)
            order by s.key limit 1
            """);

        var granted = await Forms.SubmitAsync(admin, $"{SonLa}/{id}", "#Form_Role", new Dictionary<string, string> { ["Form.Role"] = "member", ["Form.Seat"] = seat });
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        var grant = await host.Database.ScalarAsync<Guid>($"select id from identity.grants where account_id = '{id}' and seat_key = '{seat}'");
        Assert.Equal(1, await CountAsync(
            $"select count(*) from audit.entries where entity = 'identity.RoleGrant' and action = 'Added' and entity_id = '{grant}' and province = 'son-la' and actor_name like '%son-la.province-admin%'"));

        var page = await Html.GetAsync(admin, $"{SonLa}/{id}");
        var revoke = page.QuerySelectorAll("tr.grant form").Select(f => f.GetAttribute("action")!).First(a => a.Contains(grant.ToString(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await Forms.PostAsync(admin, $"{SonLa}/{id}", revoke, new Dictionary<string, string>())).StatusCode);
        Assert.Equal(0, await CountAsync($"select count(*) from identity.grants where id = '{grant}'"));
        Assert.Equal(1, await CountAsync($"select count(*) from audit.entries where entity = 'identity.RoleGrant' and action = 'Deleted' and entity_id = '{grant}'"));
    }

    [Fact]
    public async Task A_list_with_one_bad_row_creates_nothing_and_names_the_row()
    {
        var admin = await host.SignInAsync("son-la.province-admin");
        var before = await CountAsync("select count(*) from identity.accounts");
        var csv = "\uFEFFHọ và tên;Tên đăng nhập;Thư điện tử;Cơ quan;Vị trí;Vai trò\r\n" +
                  "Cầm Thị Một;sl.mot;mot@example.gov.vn;Sở Nội vụ;;member\r\n" +
                  "Lò Văn Hai;sl.hai;;so-khcn;;thu-ky\r\n" +
                  "Quàng Văn Ba;sl.ba;;;;viewer\r\n";

        var preview = await (await Forms.OpenAsync(admin, SonLa + "/nhap", "input[type=file]"))
            .UploadAsync(admin, "can-bo.csv", System.Text.Encoding.UTF8.GetBytes(csv), "text/csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, preview.StatusCode);
        var page = await Html.ParseAsync(preview);
        Assert.Contains("Dòng 3, cột Vai trò", page.QuerySelector("tr[data-line='3']")!.Text(), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("tr[data-line='2'] .field-error"));
        Assert.Contains("chưa tạo tài khoản nào", page.QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form[action*='handler=Confirm']"));

        // Confirming the rows anyway (a crafted post) is refused whole.
        var confirm = await Forms.PostAsync(admin, SonLa + "/nhap", SonLa + "/nhap?handler=Confirm", new Dictionary<string, string>
        {
            ["Lines[0].Line"] = "2", ["Lines[0].Row.FullName"] = "Cầm Thị Một", ["Lines[0].Row.UserName"] = "sl.mot", ["Lines[0].Row.Role"] = "member",
            ["Lines[1].Line"] = "3", ["Lines[1].Row.FullName"] = "Lò Văn Hai", ["Lines[1].Row.UserName"] = "sl.hai", ["Lines[1].Row.Role"] = "thu-ky",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, confirm.StatusCode);
        Assert.Equal(before, await CountAsync("select count(*) from identity.accounts"));
        Assert.Equal(0, await AccountsNamedAsync("sl.mot"));
    }

    [Fact]
    public async Task An_excel_list_is_previewed_then_created_whole_with_its_links()
    {
        var admin = await host.SignInAsync("son-la.province-admin");
        var xlsx = Workbook(
            ["Họ và tên", "Tên đăng nhập", "Thư điện tử", "Cơ quan", "Vị trí", "Vai trò"],
            ["Hà Thị Xuân", "sl.xuan", "xuan@example.gov.vn", "so-noi-vu", "", "member"],
            ["Tòng Văn Hạ", "sl.ha", "", "Sở Tài chính", "", "viewer"]);

        var preview = await (await Forms.OpenAsync(admin, SonLa + "/nhap", "input[type=file]"))
            .UploadAsync(admin, "can-bo.xlsx", xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = await Html.ParseAsync(preview);
        Assert.Equal(2, page.QuerySelectorAll("tr.row-ok").Length);
        Assert.Equal(0, await AccountsNamedAsync("sl.xuan"));

        var form = page.QuerySelector("form[action*='handler=Confirm']")!;
        var fields = Forms.Fields(form);
        var created = await admin.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(2, (await LinksAsync(created)).Count);
        Assert.Equal(1, await AccountsNamedAsync("sl.xuan"));
        Assert.Equal("so-tai-chinh", await host.Database.ScalarAsync<string>(
            "select g.agency_key from identity.grants g join identity.accounts a on a.id = g.account_id where a.user_name = 'sl.ha'"));
        Assert.Equal(2, await CountAsync(
            "select count(*) from identity.activation_links l join identity.accounts a on a.id = l.account_id where a.user_name in ('sl.xuan', 'sl.ha')"));
    }

    [Fact]
    public async Task The_template_downloads_as_a_csv_with_the_columns()
    {
        var admin = await host.SignInAsync("son-la.province-admin");
        var template = await admin.GetAsync(SonLa + "/nhap?handler=Template");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.StartsWith("Họ và tên,Tên đăng nhập", (await template.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    private static byte[] Workbook(params string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var cells in rows)
            {
                data.Append(new Row(cells.Select(c => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(c)) })));
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Cán bộ" }));
        }

        return stream.ToArray();
    }
}
