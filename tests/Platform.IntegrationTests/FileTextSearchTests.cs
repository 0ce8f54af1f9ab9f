using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Files;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The text inside attached files in the province's search: a .docx and a .pdf uploaded to a meeting are found by a
/// phrase inside them (with or without diacritics), the passage shown is the part of the text that holds it, files
/// stored before their text was read are read by the background filler, and a province never finds another's files.
/// </summary>
public sealed class FileTextSearchTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private HttpClient _secretariat = null!;

    public async Task InitializeAsync() => _secretariat = await host.SignInAsync("son-la.secretariat");

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Guid> UploadedAsync(string title, string fileName, byte[] content)
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, "son-la", new(title, MeetingSteps.DaysAhead(20)));
        var form = await Forms.OpenAsync(_secretariat, $"/son-la/meetings/{meeting}/documents", "input[type=file]");
        var uploaded = await form.UploadAsync(_secretariat, fileName, content, UploadPolicy.Types[Path.GetExtension(fileName)]);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Contains("Đã tải tài liệu lên.", (await Html.ParseAsync(uploaded)).Text(), StringComparison.Ordinal);
        return meeting;
    }

    private static async Task<List<(string Link, string Title, string Passage)>> HitsAsync(HttpClient client, string province, string typed, string? kind = null)
    {
        var page = await Html.GetAsync(client, $"/{province}/tim-kiem?q={Uri.EscapeDataString(typed)}" + (kind is null ? "" : $"&loai={kind}"));
        return [.. page.QuerySelectorAll("ol.search-results > li").Select(li => (
            li.QuerySelector("a")!.GetAttribute("href")!,
            li.QuerySelector("a")!.TextContent.Trim(),
            li.TextContent))];
    }

    [Fact]
    public async Task A_phrase_inside_an_uploaded_docx_is_found_with_or_without_diacritics_and_one_inside_a_pdf_too()
    {
        var filler = string.Join(" ", Enumerable.Repeat("Nội dung mở đầu của tờ trình.", 40));
        var docx = SampleFiles.Docx("Tờ trình của Sở Tài nguyên", filler, "Đề xuất tích hợp cơ sở dữ liệu đất đai với cổng dịch vụ công tỉnh", filler);
        var meeting = await UploadedAsync("Phiên họp về dữ liệu đất đai", "To-trinh-dat-dai.docx", docx);
        var pdfMeeting = await UploadedAsync("Phiên họp về nền tảng", "Roadmap.pdf", SampleFiles.Pdf("Annex", "Interoperability roadmap for the provincial gateway"));
        var member = await host.SignInAsync("son-la.member");

        foreach (var typed in new[] { "tích hợp cơ sở dữ liệu đất đai", "tich hop co so du lieu dat dai", "TICH HOP CO SO DU LIEU DAT DAI" })
        {
            var hit = Assert.Single(await HitsAsync(member, "son-la", typed, "tai-lieu"), h => h.Link == $"/son-la/meetings/{meeting}");
            Assert.Equal("To-trinh-dat-dai.docx — Phiên họp về dữ liệu đất đai", hit.Title);
            // The passage is the part of the text around the words, not its beginning nor the whole text.
            Assert.Contains("tích hợp cơ sở dữ liệu đất đai với cổng dịch vụ công", hit.Passage, StringComparison.Ordinal);
            Assert.DoesNotContain("Tờ trình của Sở Tài nguyên", hit.Passage, StringComparison.Ordinal);
            Assert.True(hit.Passage.Length < 600, hit.Passage);
        }

        Assert.Contains(await HitsAsync(member, "son-la", "interoperability roadmap"), h => h.Link == $"/son-la/meetings/{pdfMeeting}" && h.Title.StartsWith("Roadmap.pdf — ", StringComparison.Ordinal));

        // A file's year is the day it was added: found in this year's search, not in last year's.
        var year = Platform.Core.Dates.VietnamTime.Today(TimeProvider.System).Year;
        async Task<List<string>> InYear(int y) => [.. (await Html.GetAsync(member, $"/son-la/tim-kiem?q=interoperability+roadmap&loai=tai-lieu&nam={y}"))
            .QuerySelectorAll("ol.search-results a").Select(l => l.GetAttribute("href")!)];
        Assert.Contains($"/son-la/meetings/{pdfMeeting}", await InYear(year));
        Assert.DoesNotContain($"/son-la/meetings/{pdfMeeting}", await InYear(year - 1));
        // The filter names the kind once, whichever modules hold files.
        var page = await Html.GetAsync(member, "/son-la/tim-kiem?q=roadmap");
        Assert.Single(page.QuerySelectorAll("ul.filters a"), a => a.GetAttribute("href")!.EndsWith("loai=tai-lieu", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_stored_before_its_text_was_read_is_read_by_the_filler_and_found_and_never_by_another_province()
    {
        _ = host.Services;
        var sonLa = Guid.NewGuid();
        var dakLak = Guid.NewGuid();
        var docx = Convert.ToHexString(SampleFiles.Docx("Báo cáo rà soát hạ tầng trạm phát sóng lưu động vùng biên giới"));
        await host.Database.ExecuteAsync($"""
            insert into meetings.meetings (id, province, kind, title, mode, location, starts_at, duration_minutes, status, chair_seat_key, takes_opinions, created_by, created_at)
            values ('{sonLa}', 'son-la', 1, 'Phiên họp lưu trữ cũ Sơn La', 0, 'Phòng họp', now() - interval '30 days', 90, 2, 'truong-ban', false, 'test', now()),
                   ('{dakLak}', 'dak-lak', 1, 'Phiên họp lưu trữ cũ Đắk Lắk', 0, 'Phòng họp', now() - interval '30 days', 90, 2, 'truong-ban', false, 'test', now());
            insert into meetings.documents (id, province, meeting_id, file_name, content_type, size, sha256, uploaded_by, uploaded_at)
            values ('{sonLa}', 'son-la', '{sonLa}', 'Bao-cao-ra-soat.docx', '{UploadPolicy.Types[".docx"]}', 1, 'x', 'test', now() - interval '30 days'),
                   ('{dakLak}', 'dak-lak', '{dakLak}', 'Bao-cao-ra-soat.docx', '{UploadPolicy.Types[".docx"]}', 1, 'x', 'test', now() - interval '30 days'),
                   ('{Guid.Empty:N}'::uuid, 'son-la', '{sonLa}', 'Hong.pdf', 'application/pdf', 1, 'x', 'test', now() - interval '30 days');
            insert into meetings.document_contents (id, province, bytes)
            values ('{sonLa}', 'son-la', '\x{docx}'::bytea), ('{dakLak}', 'dak-lak', '\x{docx}'::bytea), ('{Guid.Empty:N}'::uuid, 'son-la', '\x255044462d312e370a'::bytea);
            """);
        var member = await host.SignInAsync("son-la.member");
        Assert.DoesNotContain(await HitsAsync(member, "son-la", "tram phat song luu dong"), h => h.Link == $"/son-la/meetings/{sonLa}");

        await host.Services.GetRequiredService<FileTextFiller>().RunOnceAsync(CancellationToken.None);

        Assert.Contains(await HitsAsync(member, "son-la", "tram phat song luu dong"), h => h.Link == $"/son-la/meetings/{sonLa}");
        Assert.DoesNotContain(await HitsAsync(member, "son-la", "tram phat song luu dong"), h => h.Link.Contains(dakLak.ToString(), StringComparison.Ordinal));
        var dakLakMember = await host.SignInAsync("dak-lak.member");
        Assert.Contains(await HitsAsync(dakLakMember, "dak-lak", "trạm phát sóng lưu động"), h => h.Link == $"/dak-lak/meetings/{dakLak}");
        // A file whose text cannot be read is marked as read (empty), so the next pass does not try it again.
        Assert.Equal("", await host.Database.ScalarAsync<string>($"select text from meetings.documents where id = '{Guid.Empty}'"));
        Assert.Equal(0, await host.Services.GetRequiredService<FileTextFiller>().RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Every_modules_files_are_read_by_the_filler_and_found_where_their_record_is_and_a_proposals_only_by_who_may_read_it()
    {
        _ = host.Services;
        Guid task = Guid.NewGuid(), update = Guid.NewGuid(), submission = Guid.NewGuid(), consultation = Guid.NewGuid(), draft = Guid.NewGuid(),
            proposal = Guid.NewGuid(), mission = Guid.NewGuid();
        string Bytes(string line) => "'\\x" + Convert.ToHexString(SampleFiles.Docx(line)) + "'::bytea";
        var ids = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToArray();
        var docx = UploadPolicy.Types[".docx"];
        const string noAgencies = "{}";
        await host.Database.ExecuteAsync($"""
            insert into tasks.tasks (id, province, title, source, source_label, lead_agency_key, co_agency_keys, issuer_seat_key, assigned_by, assigned_at,
                                     original_due, due, recurrence, progress, search_text)
            values ('{task}', 'son-la', 'Nhiệm vụ có minh chứng', 2, 'Giao trực tiếp', 'so-khcn', '{noAgencies}', 'truong-ban', 'test', now(), current_date, current_date, 0, 0, 'nhiem vu co minh chung');
            insert into tasks.updates (id, province, task_id, kind, author, at) values ('{update}', 'son-la', '{task}', 1, 'test', now());
            insert into tasks.files (id, province, task_id, update_id, file_name, content_type, size, sha256)
            values ('{ids[0]}', 'son-la', '{task}', '{update}', 'minh-chung.docx', '{docx}', 1, 'x');
            insert into tasks.file_contents (id, province, bytes) values ('{ids[0]}', 'son-la', {Bytes("Ảnh chụp ki ốt tra cứu thủ tục tại bộ phận một cửa")});

            insert into reporting.submissions (id, province, period_kind, year, number, stage_key, submitter_kind, submitter_key, edition, status,
                                               full_results, updated_by, updated_at, submitted_by, submitted_at, submitted_on)
            values ('{submission}', 'son-la', 0, 2031, 1, 'thanh-vien', 0, 'chanh-van-phong-ubnd', 1, 1, 'Kết quả', 'test', now(), 'test', now(), current_date);
            insert into reporting.file_contents (id, province, bytes) values ('{ids[1]}', 'son-la', {Bytes("Phụ lục thống kê chứng thư chữ ký số chuyên dùng")});
            insert into reporting.files (id, province, submission_id, content_id, file_name, content_type, size, sha256, added_by, added_at)
            values ('{ids[1]}', 'son-la', '{submission}', '{ids[1]}', 'phu-luc.docx', '{docx}', 1, 'x', 'test', now());

            insert into consultations.consultations (id, province, year, number, subject, urgent, chosen_recipients, deadline, state, drafted_by, drafted_at)
            values ('{consultation}', 'son-la', 2031, 9101, 'Góp ý quy chế', false, false, '2031-12-31', 1, 'test', now()),
                   ('{draft}', 'son-la', 2031, 9102, 'Bản nháp', false, false, '2031-12-31', 0, 'test', now());
            insert into consultations.files (id, province, consultation_id, file_name, content_type, size, sha256, uploaded_by, uploaded_at)
            values ('{ids[2]}', 'son-la', '{consultation}', 'du-thao.docx', '{docx}', 1, 'x', 'test', now()),
                   ('{ids[3]}', 'son-la', '{draft}', 'nhap.docx', '{docx}', 1, 'x', 'test', now());
            insert into consultations.file_contents (id, province, bytes)
            values ('{ids[2]}', 'son-la', {Bytes("Dự thảo quy chế khai thác dữ liệu mở của tỉnh")}), ('{ids[3]}', 'son-la', {Bytes("Dự thảo quy chế khai thác dữ liệu mở của tỉnh")});

            insert into proposals.proposals (id, province, year, number, kind, subject, content, filer_kind, filer_key, filer_name, filed_by, filed_at, filed_on, state, taken_by_meeting)
            values ('{proposal}', 'son-la', 2031, 9101, 1, 'Kiến nghị kinh phí', 'Thử', 0, 'thu', 'Thử', 'test', now(), '2031-01-01', 0, false);
            insert into proposals.files (id, province, proposal_id, file_name, content_type, size, sha256, uploaded_by, uploaded_at)
            values ('{ids[4]}', 'son-la', '{proposal}', 'de-xuat.docx', '{docx}', 1, 'x', 'test', now());
            insert into proposals.file_contents (id, province, bytes) values ('{ids[4]}', 'son-la', {Bytes("Đề xuất bổ sung kinh phí lắp đặt camera giám sát giao thông")});

            insert into inspections.missions (id, province, year, subject, "from", "to", lead_seat_key, lead_office, set_up_by, set_up_at)
            values ('{mission}', 'son-la', 2031, 'Đoàn kiểm tra một cửa', '2031-01-01', '2031-01-31', 'truong-ban', 'Chủ tịch UBND tỉnh', 'test', now());
            insert into inspections.files (id, province, mission_id, file_name, content_type, size, sha256, uploaded_by, uploaded_at)
            values ('{ids[5]}', 'son-la', '{mission}', 'bien-ban.docx', '{docx}', 1, 'x', 'test', now());
            insert into inspections.file_contents (id, province, bytes) values ('{ids[5]}', 'son-la', {Bytes("Biên bản kiểm tra hệ thống tiếp nhận hồ sơ điện tử")});
            """);

        await host.Services.GetRequiredService<FileTextFiller>().RunOnceAsync(CancellationToken.None);

        var secretariat = _secretariat;
        Assert.Contains(await HitsAsync(secretariat, "son-la", "ki ot tra cuu thu tuc", "tai-lieu"), h => h.Link == $"/son-la/tasks/{task}" && h.Title.StartsWith("minh-chung.docx — ", StringComparison.Ordinal));
        Assert.Contains(await HitsAsync(secretariat, "son-la", "chứng thư chữ ký số chuyên dùng", "tai-lieu"), h => h.Link.StartsWith("/son-la/reports/write?", StringComparison.Ordinal) && h.Title.StartsWith("phu-luc.docx — ", StringComparison.Ordinal));
        var consultations = await HitsAsync(secretariat, "son-la", "khai thac du lieu mo", "tai-lieu");
        Assert.Contains(consultations, h => h.Link == $"/son-la/y-kien/{consultation}");
        Assert.DoesNotContain(consultations, h => h.Link == $"/son-la/y-kien/{draft}");
        Assert.Contains(await HitsAsync(secretariat, "son-la", "camera giam sat giao thong", "tai-lieu"), h => h.Link == $"/son-la/kien-nghi/{proposal}");
        Assert.Contains(await HitsAsync(secretariat, "son-la", "tiep nhan ho so dien tu", "tai-lieu"), h => h.Link == $"/son-la/kiem-tra/doan/{mission}");

        // A proposal's file is found only by who may read the proposal: not by a member who neither filed it nor received it.
        var member = await host.SignInAsync("son-la.member");
        Assert.Empty(await HitsAsync(member, "son-la", "camera giam sat giao thong", "tai-lieu"));
    }

    [Fact]
    public async Task An_inspection_mission_is_found_by_its_findings_or_a_recommendation_once_and_never_in_another_province()
    {
        _ = host.Services;
        var mission = Guid.NewGuid();
        var other = Guid.NewGuid();
        await host.Database.ExecuteAsync($"""
            insert into inspections.missions (id, province, year, subject, "from", "to", lead_seat_key, lead_office, set_up_by, set_up_at)
            values ('{mission}', 'son-la', 2032, 'Kiểm tra chuyển đổi số cấp xã', '2032-01-01', '2032-01-31', 'truong-ban', 'Chủ tịch UBND tỉnh', 'test', now()),
                   ('{other}', 'dak-lak', 2032, 'Kiểm tra chuyển đổi số cấp xã', '2032-01-01', '2032-01-31', 'truong-ban', 'Chủ tịch UBND tỉnh', 'test', now());
            insert into inspections.inspected_agencies (id, province, mission_id, agency_key, findings)
            values (gen_random_uuid(), 'son-la', '{mission}', 'so-khcn', 'Chưa số hóa kết quả giải quyết thủ tục hành chính còn tồn đọng'),
                   (gen_random_uuid(), 'dak-lak', '{other}', 'so-khcn', 'Chưa số hóa kết quả giải quyết thủ tục hành chính còn tồn đọng');
            insert into inspections.recommendations (id, province, mission_id, number, text, lead_agency_key, due)
            values (gen_random_uuid(), 'son-la', '{mission}', 1, 'Hoàn thành số hóa kết quả giải quyết thủ tục hành chính trước quý III', 'so-khcn', '2032-06-30');
            """);
        var member = await host.SignInAsync("son-la.member");

        var byFindings = await HitsAsync(member, "son-la", "tồn đọng", "kiem-tra");
        var hit = Assert.Single(byFindings, h => h.Link == $"/son-la/kiem-tra/doan/{mission}");
        Assert.Contains("Chưa số hóa kết quả giải quyết thủ tục hành chính còn tồn đọng", hit.Passage, StringComparison.Ordinal);
        Assert.Contains(await HitsAsync(member, "son-la", "truoc quy III", "kiem-tra"), h => h.Link == $"/son-la/kiem-tra/doan/{mission}");
        // Found by its findings and its recommendation alike, the mission is one hit.
        Assert.Single(await HitsAsync(member, "son-la", "so hoa ket qua giai quyet thu tuc", "kiem-tra"), h => h.Link == $"/son-la/kiem-tra/doan/{mission}");
        Assert.DoesNotContain(await HitsAsync(member, "son-la", "so hoa ket qua giai quyet thu tuc"), h => h.Link.Contains(other.ToString(), StringComparison.Ordinal));
    }
}
