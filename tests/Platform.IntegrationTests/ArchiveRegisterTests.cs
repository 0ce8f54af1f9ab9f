using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The archive register (<c>/{province}/luu-tru</c>): a year's records by kind with their numbers and files, nothing of
/// another year or another province, the year's ZIP holding every file its manifest lists with the hash it states, only
/// for the standing agency and the leaders, and a statement count that does not grow with the records.
/// </summary>
public sealed class ArchiveRegisterTests(ArchiveRegisterTests.ArchiveHost host) : IClassFixture<ArchiveRegisterTests.ArchiveHost>
{
    private const string NoticeRetention = "Vĩnh viễn / Permanent";

    /// <summary>A host whose operator states how long conclusion notices are kept, and nothing for the other kinds.</summary>
    public sealed class ArchiveHost : PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Archive:Retention:thong-bao-ket-luan", NoticeRetention);
        }
    }

    /// <summary>Each report inserted is a new version, so the same seat may submit several in a period.</summary>
    private static int _edition = 100;

    /// <summary>A held meeting of <paramref name="province"/> on a day of <paramref name="year"/>, with an issued notice numbered <paramref name="number"/> and <paramref name="documents"/> stored documents.</summary>
    private async Task<Guid> MeetingAsync(string province, int year, string title, string number, int documents = 1)
    {
        _ = host.Services;
        var meeting = Guid.NewGuid();
        await host.Database.ExecuteAsync($"""
            insert into meetings.meetings (id, province, kind, title, mode, location, starts_at, duration_minutes, status, chair_seat_key, takes_opinions, created_by, created_at, minutes, minutes_by, minutes_at)
            values ('{meeting}', '{province}', 1, '{title}', 0, 'Phòng họp', timestamptz '{year}-06-10 02:00:00+00', 90, 2, 'truong-ban', false, 'test', now(), 'Biên bản', 'thu-ky', now());
            insert into meetings.notices (id, province, meeting_id, number, date, signer, status, drafted_by, drafted_at, issued_by, issued_at)
            values (gen_random_uuid(), '{province}', '{meeting}', '{number}', date '{year}-06-12', 'Trưởng Ban', 2, 'test', now(), 'test', now());
            with d as (
                select gen_random_uuid() id, g, convert_to('{title} tài liệu ' || g || ' ' || repeat('x', g * 37), 'UTF8') bytes
                from generate_series(1, {documents}) g)
            , docs as (
                insert into meetings.documents (id, province, meeting_id, file_name, content_type, size, sha256, uploaded_by, uploaded_at)
                select id, '{province}', '{meeting}', 'Tài liệu ' || g || '.pdf', 'application/pdf', length(bytes), encode(sha256(bytes), 'hex'), 'thu-ky', now() from d)
            insert into meetings.document_contents (id, province, bytes) select id, '{province}', bytes from d;
            """);
        return meeting;
    }

    /// <summary>A report submitted in <paramref name="year"/> by a seat of <paramref name="province"/>, with one file named <paramref name="fileName"/>; returns the file's bytes.</summary>
    private async Task<byte[]> ReportAsync(string province, int year, string submitter, string fileName)
    {
        _ = host.Services;
        var bytes = Encoding.UTF8.GetBytes($"Báo cáo {submitter} {year} {Guid.NewGuid()}");
        var (submission, content) = (Guid.NewGuid(), Guid.NewGuid());
        await host.Database.ExecuteAsync($"""
            insert into reporting.submissions (id, province, period_kind, year, number, stage_key, submitter_kind, submitter_key, edition, status,
                                               full_results, updated_by, updated_at, submitted_by, submitted_at, submitted_on)
            values ('{submission}', '{province}', 0, {year}, 2, 'thanh-vien', 0, '{submitter}', {Interlocked.Increment(ref _edition)}, 1, 'Kết quả.', 'archive-test', now(), 'thu-ky', now(), date '{year}-07-08');
            insert into reporting.file_contents (id, province, bytes) values ('{content}', '{province}', decode('{Convert.ToHexString(bytes)}', 'hex'));
            insert into reporting.files (id, province, submission_id, content_id, file_name, content_type, size, sha256, added_by, added_at)
            values (gen_random_uuid(), '{province}', '{submission}', '{content}', '{fileName}', 'application/pdf', {bytes.Length}, '{Convert.ToHexStringLower(SHA256.HashData(bytes))}', 'thu-ky', now());
            """);
        return bytes;
    }

    [Fact]
    public async Task A_years_register_lists_its_notices_by_number_and_its_reports_with_their_files_and_nothing_of_another_year_or_province()
    {
        var held = await MeetingAsync("son-la", 2021, "Phiên họp lưu trữ 2021", "15/TB-BCĐ");
        await MeetingAsync("son-la", 2020, "Phiên họp lưu trữ 2020", "99/TB-BCĐ");
        await MeetingAsync("dak-lak", 2021, "Phiên họp lưu trữ Đắk Lắk", "77/TB-BCĐ");
        await ReportAsync("son-la", 2021, "chanh-van-phong-ubnd", "Báo cáo quý 2 năm 2021.pdf");
        await ReportAsync("dak-lak", 2021, "dak-lak-seat", "Báo cáo của Đắk Lắk.pdf");
        var client = await host.SignInAsync("son-la.secretariat");

        var page = await Html.GetAsync(client, "/son-la/luu-tru/2021");

        var notices = page.QuerySelector("section#thong-bao-ket-luan")!;
        var notice = notices.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Phiên họp lưu trữ 2021", StringComparison.Ordinal));
        Assert.Equal("15/TB-BCĐ", notice.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal($"/son-la/meetings/{held}/notice", notice.QuerySelector("a")!.GetAttribute("href"));
        var report = page.QuerySelectorAll("section#bao-cao tbody tr").Single(r => r.TextContent.Contains("Báo cáo quý 2 năm 2021.pdf", StringComparison.Ordinal));
        Assert.StartsWith("/son-la/reports/files/", report.QuerySelectorAll("td ul a").Single().GetAttribute("href"), StringComparison.Ordinal);
        var meeting = page.QuerySelectorAll("section#cuoc-hop tbody tr").Single(r => r.TextContent.Contains("Phiên họp lưu trữ 2021", StringComparison.Ordinal));
        Assert.Equal($"/son-la/meetings/{held}/documents/", meeting.QuerySelector("td ul a")!.GetAttribute("href")![..^36]);

        var text = page.Body!.TextContent;
        Assert.DoesNotContain("99/TB-BCĐ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Phiên họp lưu trữ 2020", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Đắk Lắk", string.Join(" ", page.QuerySelectorAll("main table").Select(t => t.TextContent)), StringComparison.Ordinal);
        Assert.DoesNotContain("77/TB-BCĐ", text, StringComparison.Ordinal);
        // The years holding records are offered.
        Assert.Contains(page.QuerySelectorAll("select#nam option"), o => o.TextContent == "2020");
        // The retention the operator stated for notices is shown with them; for reports none is stated, and the page says so.
        Assert.Contains(NoticeRetention, notices.QuerySelector(".retention")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("đơn vị vận hành chưa công bố", page.QuerySelector("section#bao-cao .retention")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_years_ZIP_holds_every_file_its_manifest_lists_with_the_hash_it_states_and_none_of_another_province()
    {
        await MeetingAsync("son-la", 2022, "Phiên họp hồ sơ năm 2022", "21/TB-BCĐ", documents: 3);
        var report = await ReportAsync("son-la", 2022, "chanh-van-phong-ubnd", "Báo cáo năm 2022.pdf");
        await MeetingAsync("dak-lak", 2022, "Phiên họp Đắk Lắk năm 2022", "22/TB-BCĐ", documents: 2);
        await ReportAsync("dak-lak", 2022, "dak-lak-seat", "Báo cáo Đắk Lắk 2022.pdf");
        var client = await host.SignInAsync("son-la.leader");
        var link = (await Html.GetAsync(client, "/son-la/luu-tru/2022")).QuerySelector("a[href$='/luu-tru/2022/ho-so']")!.GetAttribute("href")!;

        var response = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        using var manifest = JsonDocument.Parse(await ReadAsync(zip.GetEntry("manifest.json")!));
        var root = manifest.RootElement;
        Assert.Equal(2022, root.GetProperty("register").GetProperty("year").GetInt32());
        Assert.Equal("son-la.leader", root.GetProperty("madeBy").GetString());
        var listed = root.GetProperty("files").EnumerateArray()
            .Select(f => (Path: f.GetProperty("path").GetString()!, Sha: f.GetProperty("sha256").GetString()!, Size: f.GetProperty("size").GetInt64())).ToList();
        Assert.Equal(zip.Entries.Select(e => e.FullName).Where(n => n != "manifest.json").Order(), listed.Select(f => f.Path).Order());
        foreach (var (path, sha, size) in listed)
        {
            var bytes = await ReadAsync(zip.GetEntry(path)!);
            Assert.Equal(size, bytes.LongLength);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), sha);
        }

        // The meeting's three documents and the report's file are there, the report's bytes as stored.
        Assert.Equal(3, listed.Count(f => f.Path.StartsWith("cuoc-hop/2022-06-10 Phiên họp hồ sơ năm 2022/", StringComparison.Ordinal)));
        Assert.Contains(listed, f => f.Path.EndsWith("/Báo cáo năm 2022.pdf", StringComparison.Ordinal) && f.Sha == Convert.ToHexStringLower(SHA256.HashData(report)));
        var records = root.GetProperty("records").EnumerateArray().ToList();
        Assert.Contains(records, r => r.TryGetProperty("number", out var n) && n.GetString() == "21/TB-BCĐ" && r.GetProperty("kind").GetString() == "thong-bao-ket-luan"
            && r.GetProperty("retention").GetString() == NoticeRetention);

        // Nothing of Đắk Lắk's, in the files or the records.
        var all = Encoding.UTF8.GetString(await ReadAsync(zip.GetEntry("manifest.json")!));
        Assert.DoesNotContain("Đắk Lắk", all, StringComparison.Ordinal);
        Assert.DoesNotContain("22/TB-BCĐ", all, StringComparison.Ordinal);
        Assert.DoesNotContain("/dak-lak/", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_standing_agency_and_the_leaders_see_the_register_and_its_ZIP()
    {
        foreach (var user in new[] { "son-la.member", "son-la.viewer" })
        {
            var client = await host.SignInAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/son-la/luu-tru")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/son-la/luu-tru/2021/ho-so")).StatusCode);
            Assert.DoesNotContain((await Html.GetAsync(client, "/son-la/tim-kiem")).QuerySelectorAll("nav.main-nav a"), a => a.GetAttribute("href")!.EndsWith("/luu-tru", StringComparison.Ordinal));
        }

        // Another province's secretariat has no role here: the province's pages are not found for them.
        var dakLak = await host.SignInAsync("dak-lak.secretariat");
        Assert.Equal(HttpStatusCode.NotFound, (await dakLak.GetAsync("/son-la/luu-tru")).StatusCode);

        var secretariat = await host.SignInAsync("son-la.secretariat");
        var page = await Html.GetAsync(secretariat, "/son-la/tim-kiem");
        Assert.Contains(page.QuerySelectorAll("nav.main-nav a"), a => a.GetAttribute("href") == "/son-la/luu-tru");
    }

    [Fact]
    public async Task The_register_reads_many_records_with_as_many_statements_as_a_few()
    {
        await MeetingAsync("son-la", 2023, "Phiên họp đếm câu lệnh", "31/TB-BCĐ");
        await ReportAsync("son-la", 2023, "chanh-van-phong-ubnd", "Báo cáo đếm.pdf");
        var client = await host.SignInAsync("son-la.secretariat");
        const string url = "/son-la/luu-tru/2023";
        await client.GetAsync(url);
        host.Sql.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        var few = host.Sql.Count;

        for (var i = 0; i < 6; i++)
        {
            await MeetingAsync("son-la", 2023, $"Phiên họp đếm câu lệnh thêm {i}", $"{40 + i}/TB-BCĐ", documents: 3);
            await ReportAsync("son-la", 2023, "chanh-van-phong-ubnd", $"Báo cáo đếm {i}.pdf");
        }

        host.Sql.Reset();
        var page = await Html.GetAsync(client, url);
        var many = host.Sql.Count;

        Assert.True(page.QuerySelectorAll("section#thong-bao-ket-luan tbody tr").Length >= 7);
        Assert.True(few > 0, "the counter is not wired to the host");
        Assert.Equal(few, many);

        // The year's ZIP, too, reads by source, not by file.
        host.Sql.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url + "/ho-so")).StatusCode);
        var zipped = host.Sql.Count;
        await MeetingAsync("son-la", 2023, "Phiên họp đếm câu lệnh cuối", "60/TB-BCĐ", documents: 4);
        host.Sql.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url + "/ho-so")).StatusCode);
        Assert.Equal(zipped, host.Sql.Count);
    }

    [Fact]
    public async Task A_proposal_received_in_the_year_is_listed_by_its_number_with_its_file_and_its_bytes_are_in_the_ZIP()
    {
        _ = host.Services;
        var (proposal, file) = (Guid.NewGuid(), Guid.NewGuid());
        var number = Random.Shared.Next(5000, 9000);
        var bytes = Encoding.UTF8.GetBytes($"Kiến nghị {proposal}");
        await host.Database.ExecuteAsync($"""
            insert into proposals.proposals (id, province, year, number, kind, subject, content, filer_kind, filer_key, filer_name, filed_by, filed_at, filed_on, state, taken_by_meeting)
            values ('{proposal}', 'son-la', 2024, {number}, 0, 'Vướng mắc về kết nối dữ liệu hộ tịch', 'Nội dung', 0, 'chanh-van-phong-ubnd', 'Chánh Văn phòng UBND tỉnh', 'test', now(), date '2024-03-05', 0, false);
            insert into proposals.files (id, province, proposal_id, file_name, content_type, size, sha256, uploaded_by, uploaded_at)
            values ('{file}', 'son-la', '{proposal}', 'Công văn kiến nghị.pdf', 'application/pdf', {bytes.Length}, '{Convert.ToHexStringLower(SHA256.HashData(bytes))}', 'test', now());
            insert into proposals.file_contents (id, province, bytes) values ('{file}', 'son-la', decode('{Convert.ToHexString(bytes)}', 'hex'));
            """);
        var client = await host.SignInAsync("son-la.secretariat");

        var row = (await Html.GetAsync(client, "/son-la/luu-tru?nam=2024")).QuerySelectorAll("section#kien-nghi tbody tr")
            .Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/son-la/kien-nghi/{proposal}");
        Assert.Equal($"{number}/2024", row.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal($"/son-la/kien-nghi/{proposal}/tep/{file}", row.QuerySelector("td ul a")!.GetAttribute("href"));

        using var zip = new ZipArchive(new MemoryStream(await client.GetByteArrayAsync("/son-la/luu-tru/2024/ho-so")));
        var entry = zip.Entries.Single(e => e.FullName.StartsWith("kien-nghi/", StringComparison.Ordinal) && e.Name == "Công văn kiến nghị.pdf" && e.FullName.Contains($"{number}-2024", StringComparison.Ordinal));
        Assert.Equal(bytes, await ReadAsync(entry));
    }

    [Fact]
    public void An_empty_retention_stops_the_start_naming_the_setting()
    {
        var refused = Assert.ThrowsAny<Exception>(() => host.WithWebHostBuilder(b => b.UseSetting("Archive:Retention:bao-cao", " ")).Services);
        var message = string.Join(" | ", Causes(refused).Select(e => e.Message));
        Assert.Contains("Cài đặt 'Archive:Retention:bao-cao': không được để trống", message, StringComparison.Ordinal);
        Assert.Contains("Setting 'Archive:Retention:bao-cao': must not be empty", message, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Causes(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            yield return x;
            if (x is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Causes))
                {
                    yield return inner;
                }
            }
        }
    }

    private static async Task<byte[]> ReadAsync(ZipArchiveEntry entry)
    {
        await using var stream = entry.Open();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
