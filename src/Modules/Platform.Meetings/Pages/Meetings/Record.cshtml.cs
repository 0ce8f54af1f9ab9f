using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Committees.Contracts;
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
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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

        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (document, bytes) in await store.ReadAllAsync(id, await store.SeesRestrictedAsync(User), ct))
        {
            files.Add((Unique($"tai-lieu/{document.FileName}", taken), "Tài liệu cuộc họp", bytes, document.UploadedBy, document.UploadedAt));
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                await using var entry = await zip.CreateEntry(file.Path, CompressionLevel.Optimal).OpenAsync(ct);
                await entry.WriteAsync(file.Bytes, ct);
            }

            var manifest = new
            {
                meeting = new { id = detail.Meeting.Id, title = detail.Meeting.Title, startsAt = detail.Meeting.StartsAt, province = detail.Meeting.Province },
                madeBy = actor.Name,
                madeAt = made,
                files = files.Select(f => new { path = f.Path, kind = f.Kind, size = f.Bytes.LongLength, sha256 = Convert.ToHexStringLower(SHA256.HashData(f.Bytes)), addedBy = f.AddedBy, addedAt = f.AddedAt }),
            };
            await using var written = await zip.CreateEntry("manifest.json", CompressionLevel.Optimal).OpenAsync(ct);
            await JsonSerializer.SerializeAsync(written, manifest, Json, ct);
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(buffer.ToArray(), "application/zip", $"ho-so-cuoc-hop-{id:N}.zip");
    }

    /// <summary>Two documents stored under the same name keep both: the second gets " (2)" before its extension.</summary>
    private static string Unique(string path, HashSet<string> taken)
    {
        var candidate = path;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{Path.ChangeExtension(path, null)} ({n}){Path.GetExtension(path)}";
        }

        return candidate;
    }
}
