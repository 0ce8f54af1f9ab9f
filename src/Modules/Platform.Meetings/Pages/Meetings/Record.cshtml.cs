using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Committees.Contracts;
using Platform.Core.Archive;
using Platform.Core.Documents;
using Platform.Core.Security;
using Platform.Meetings.Model;
using Platform.Meetings.Rules;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>
/// A meeting's full record as one ZIP for the archive (Đắk Lắk, Art. 8.5; Sơn La, Art. 11.1–11.2: the standing agency
/// keeps the committee's records): the invitation, the minutes with the attendance register once held, the conclusion
/// notice once issued (as the .docx each page offers), every document added to the meeting as it was stored, and
/// <c>manifest.json</c> naming each file with its size, SHA-256, who added it and when, who made the ZIP and when.
/// Whoever reads the meeting may download it.
/// </summary>
internal sealed class RecordModel(
    MeetingQueries queries, DocumentStore store, MeetingRulebook rules, ICommitteeDirectory committee, ICurrentActor actor, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await queries.DetailAsync(id, ct) is not { } detail)
        {
            return NotFound();
        }

        var made = clock.GetUtcNow();
        var files = new List<(string Path, string Kind, byte[] Bytes, string AddedBy, DateTimeOffset AddedAt)>();
        const string platform = "Nền tảng (văn bản tạo từ hồ sơ cuộc họp)";
        if (MeetingDocuments.Invitation(detail, rules) is { } invitation)
        {
            files.Add(("van-ban/giay-moi.docx", "Giấy mời", OfficialDocumentWriter.ToBytes(invitation), platform, made));
        }

        if (MeetingDocuments.Minutes(detail, rules) is { } minutes)
        {
            files.Add(("van-ban/bien-ban.docx", "Biên bản và danh sách dự họp", OfficialDocumentWriter.ToBytes(minutes), platform, made));
        }

        if (detail.Notice is { Status: NoticeStatus.Issued } issued
            && MeetingDocuments.ConclusionNotice(detail, rules, await committee.AgenciesAsync(ct)) is { } notice)
        {
            files.Add(("van-ban/thong-bao-ket-luan.docx", $"Thông báo kết luận {issued.Number}", OfficialDocumentWriter.ToBytes(notice), issued.IssuedBy ?? platform, issued.IssuedAt ?? made));
        }

        foreach (var (document, bytes) in await store.ReadAllAsync(id, await store.SeesRestrictedAsync(User), ct))
        {
            files.Add(($"tai-lieu/{document.FileName}", "Tài liệu cuộc họp", bytes, document.UploadedBy, document.UploadedAt));
        }

        // The manifest is written by the core's archive ZIP, as the year's register writes it (same shape).
        using var buffer = new MemoryStream();
        await using (var zip = await ArchiveZip.CreateAsync(buffer, ct))
        {
            foreach (var file in files)
            {
                await zip.AddAsync(file.Path, file.Kind, file.Bytes, file.AddedBy, file.AddedAt, record: null, ct);
            }

            var meeting = new { id = detail.Meeting.Id, title = detail.Meeting.Title, startsAt = detail.Meeting.StartsAt, province = detail.Meeting.Province };
            await zip.FinishAsync("meeting", meeting, actor.Name, made, records: null, ct);
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(buffer.ToArray(), "application/zip", $"ho-so-cuoc-hop-{id:N}.zip");
    }
}
