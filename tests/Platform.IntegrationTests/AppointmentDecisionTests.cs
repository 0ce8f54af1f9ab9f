using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Dates;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The decision that re-forms the committee's membership for a seat, as a Decree 30 document the standing agency drafts
/// (Đắk Lắk, Art. 8.1): issued by the PPC as the founding decision was (Đắk Lắk 903/QĐ-UBND of the PPC, "TM. ỦY BAN
/// NHÂN DÂN"; Sơn La 1287/QĐ-UBND of its chairman, "CHỦ TỊCH"), from a recorded holding with its number, or from the
/// change form before anything is recorded, number and date left blank. Only the secretariat downloads it, and only
/// its own province's seats.
/// </summary>
public sealed class AppointmentDecisionTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    private const string NewHolder = "Nguyễn Thị Hòa (thử)";

    private static WebApplicationFactoryClientOptions NoRedirects => new() { AllowAutoRedirect = false };

    /// <summary>Per province: a member seat, its office and agency, the PPC's name, whose form the signature takes, the founding decision.</summary>
    public static TheoryData<string, string, string, string, string, string?, string> Provinces() => new()
    {
        { "son-la", "Sơn La", "chanh-van-phong-ubnd", "Chánh Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh", null, "1287/QĐ-UBND" },
        { "dak-lak", "Đắk Lắk", "giam-doc-cong-an", "Giám đốc Công an tỉnh", "Công an tỉnh", "TM. ỦY BAN NHÂN DÂN", "903/QĐ-UBND" },
    };

    private string HeadSeat(string province) =>
        host.Services.GetRequiredService<IProvinceCatalog>().Find(province)!.Seats.First(s => s.Role == SeatRole.Head).Key;

    private static async Task<List<string>> DocxLinesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        return [.. doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0)];
    }

    private static void AssertHeadingAndSignature(List<string> lines, string place, string? form, string head)
    {
        // The PPC issues it in its own name, written in full, with no governing body above it (Decree 30, Appendix I, 1.2).
        var ppc = $"ỦY BAN NHÂN DÂN TỈNH {place.ToUpperInvariant()}";
        Assert.Equal(ppc, lines[0]);
        var motto = lines.IndexOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        Assert.True(motto >= 0);
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", lines[motto + 1]);
        Assert.Contains("QUYẾT ĐỊNH", lines);
        Assert.Contains("QUYẾT ĐỊNH:", lines);
        Assert.Contains(lines, l => l.StartsWith("Về việc kiện toàn thành viên Ban Chỉ đạo", StringComparison.Ordinal));
        Assert.Contains(form is null ? $"CHỦ TỊCH {ppc}" : ppc, lines);

        var title = lines.LastIndexOf("CHỦ TỊCH");
        Assert.True(title > 0);
        if (form is null)
        {
            Assert.DoesNotContain("TM. ỦY BAN NHÂN DÂN", lines);
        }
        else
        {
            Assert.Equal(form, lines[title - 1]);
        }

        Assert.StartsWith($"(Ký, đóng dấu Ủy ban nhân dân tỉnh {place}", lines[title + 1], StringComparison.Ordinal);
        Assert.Equal(head, lines.Last());
    }

    private static List<string> Recipients(List<string> lines) =>
        [.. lines.SkipWhile(l => l != "Nơi nhận:").Skip(1).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(Provinces))]
    public async Task A_recorded_replacement_downloads_as_the_PPCs_decision_naming_the_new_and_the_previous_holder(
        string province, string place, string seat, string office, string agency, string? form, string founding)
    {
        var secretariat = await host.SignInAsync($"{province}.secretariat");
        var seatUrl = $"/{province}/seats/{seat}";
        var previous = (await Html.GetAsync(secretariat, seatUrl)).QuerySelector(".card strong")!.Text();
        var head = (await Html.GetAsync(secretariat, $"/{province}/seats/{HeadSeat(province)}")).QuerySelector(".card strong")!.Text();
        var today = VietnamTime.Today(TimeProvider.System);
        var replaced = await FormPost.SubmitAsync(secretariat, $"{seatUrl}/replace", new Dictionary<string, string>
        {
            ["Form.EffectiveFrom"] = VietnamTime.Format(today),
            ["Form.DecisionNumber"] = "512/QĐ-UBND",
            ["Form.DecisionDate"] = VietnamTime.Format(today),
            ["Form.DecisionSigner"] = "Chủ tịch UBND tỉnh",
            ["Form.PersonName"] = NewHolder,
        });
        var page = await Html.ParseAsync(replaced);
        Assert.Contains("Đã lưu thay đổi.", page.Text(), StringComparison.Ordinal);

        var href = page.QuerySelector("a[data-download='decision-docx']")?.GetAttribute("href");
        Assert.NotNull(href);
        Assert.StartsWith($"{seatUrl}/decision/", href, StringComparison.Ordinal);
        var lines = await DocxLinesAsync(await secretariat.GetAsync(href));

        AssertHeadingAndSignature(lines, place, form, head);
        Assert.Contains("Số: 512/QĐ-UBND", lines);
        Assert.Contains(lines, l => l.StartsWith($"{place}, ngày {today.Day:00} tháng ", StringComparison.Ordinal) && l.EndsWith($"năm {today.Year}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"Căn cứ Quyết định số {founding} ngày ", StringComparison.Ordinal));
        var article1 = Assert.Single(lines, l => l.StartsWith("Điều 1.", StringComparison.Ordinal));
        Assert.Contains($"{NewHolder}, {office}, giữ chức thành viên", article1, StringComparison.Ordinal);
        Assert.Contains($", thay {previous}, kể từ ngày {VietnamTime.Format(today)}.", article1, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith($"Điều 2. {NewHolder} thực hiện nhiệm vụ, quyền hạn của thành viên", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.", StringComparison.Ordinal));
        Assert.Equal(
            ["- Như Điều 3;", "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;", $"- {agency};", "- Sở Khoa học và Công nghệ;", "- Lưu: VT."],
            Recipients(lines));

        // The previous holder's own decision is there too, from the seat's history, with its own recorded number.
        var earlier = page.QuerySelectorAll("a[data-download^='decision-docx-']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, earlier.Count);
        var first = await DocxLinesAsync(await secretariat.GetAsync(earlier[1]));
        Assert.Contains(first, l => l.StartsWith("Điều 1.", StringComparison.Ordinal) && l.Contains(previous, StringComparison.Ordinal) && !l.Contains(", thay ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public async Task The_change_form_gives_a_draft_with_the_number_and_date_left_blank_saving_nothing(
        string province, string place, string seat, string office, string agency, string? form, string founding)
    {
        var secretariat = await host.SignInAsync($"{province}.secretariat");
        var seatUrl = $"/{province}/seats/{seat}";
        var current = (await Html.GetAsync(secretariat, seatUrl)).QuerySelector(".card strong")!.Text();
        var head = (await Html.GetAsync(secretariat, $"/{province}/seats/{HeadSeat(province)}")).QuerySelector(".card strong")!.Text();
        var action = (await Html.GetAsync(secretariat, $"{seatUrl}/replace")).QuerySelector("button[data-download='decision-draft']")?.GetAttribute("formaction");
        Assert.Equal($"{seatUrl}/replace?handler=Draft", action);

        var response = await FormPost.SubmitAsync(secretariat, $"{seatUrl}/replace", new Dictionary<string, string>
        {
            ["Form.PersonName"] = "Trần Văn Dự (thử)",
            ["Form.EffectiveFrom"] = "",
            ["Form.DecisionNumber"] = "",
            ["Form.DecisionDate"] = "",
            ["Form.DecisionSigner"] = "",
        }, action);
        var lines = await DocxLinesAsync(response);

        AssertHeadingAndSignature(lines, place, form, head);
        Assert.Contains("Số:       /QĐ-UBND", lines);
        Assert.Contains($"{place}, ngày      tháng      năm      ", lines);
        Assert.Contains(lines, l => l.StartsWith($"Căn cứ Quyết định số {founding}", StringComparison.Ordinal));
        var article1 = Assert.Single(lines, l => l.StartsWith("Điều 1.", StringComparison.Ordinal));
        Assert.EndsWith($"Trần Văn Dự (thử), {office}, giữ chức thành viên {ShortName(lines)}, thay {current}.", article1, StringComparison.Ordinal);
        Assert.Equal(
            ["- Như Điều 3;", "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;", $"- {agency};", "- Sở Khoa học và Công nghệ;", "- Lưu: VT."],
            Recipients(lines));

        // Nothing was recorded: the seat still has its holder.
        Assert.Equal(current, (await Html.GetAsync(secretariat, seatUrl)).QuerySelector(".card strong")!.Text());
    }

    // The committee's short name as Điều 2 writes it after the role.
    private static string ShortName(List<string> lines)
    {
        var article2 = lines.Single(l => l.StartsWith("Điều 2.", StringComparison.Ordinal));
        var start = article2.IndexOf("của thành viên ", StringComparison.Ordinal) + "của thành viên ".Length;
        return article2[start..article2.IndexOf(" theo Quy chế", StringComparison.Ordinal)];
    }

    // Refused in one's own province: sent to the 403 page.
    private static void AssertRefused(HttpResponseMessage response) =>
        Assert.Contains("/error/403", response.Headers.Location?.OriginalString ?? $"{(int)response.StatusCode}", StringComparison.Ordinal);

    [Theory]
    [InlineData("son-la", "chanh-van-phong-ubnd")]
    [InlineData("dak-lak", "giam-doc-cong-an")]
    public async Task Only_the_secretariat_of_the_seats_own_province_downloads_it(string province, string seat)
    {
        var secretariat = await host.SignInAsync($"{province}.secretariat");
        var seatUrl = $"/{province}/seats/{seat}";
        var href = (await Html.GetAsync(secretariat, seatUrl)).QuerySelector("a[data-download='decision-docx']")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await secretariat.GetAsync(href)).StatusCode);

        // A member or a viewer of the province is neither offered the decision nor given it.
        foreach (var user in new[] { $"{province}.member", $"{province}.viewer" })
        {
            var other = await host.SignInAsync(user, NoRedirects);
            Assert.Null((await Html.GetAsync(other, seatUrl)).QuerySelector("a[data-download^='decision-docx']"));
            AssertRefused(await other.GetAsync(href));
            AssertRefused(await Forms.PostAsync(other, seatUrl, $"{seatUrl}/replace?handler=Draft", new Dictionary<string, string> { ["Form.PersonName"] = "X" }));
        }

        // The other province's secretariat: its own address with this seat's key and holding is not found.
        var elsewhere = province == "son-la" ? "dak-lak" : "son-la";
        var foreign = await host.SignInAsync($"{elsewhere}.secretariat", NoRedirects);
        var holding = href[(href.LastIndexOf('/') + 1)..];
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync($"/{elsewhere}/seats/{seat}/decision/{holding}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync(href)).StatusCode);
        using var anonymous = host.CreateClient(NoRedirects);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(href)).StatusCode);
    }
}
