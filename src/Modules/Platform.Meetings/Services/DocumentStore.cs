using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Commands;
using Platform.Core.Files;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Meetings.Model;
using Platform.Meetings.Persistence;

namespace Platform.Meetings.Services;

/// <summary>
/// Meeting documents, stored in PostgreSQL beside the meeting (so backups, row-level security and province isolation
/// cover them) and served only through an authorised page of the same province.
/// </summary>
internal sealed class DocumentStore(MeetingsDbContext db, MeetingAccess access, ICurrentActor actor, TimeProvider clock) : IModuleService
{
    /// <summary>The refusal of a file marked secret: Platform records only its reference (Law No. 29/2018/QH14).</summary>
    public static readonly Message SecretNotStored = new(
        "Tài liệu mật, tối mật, tuyệt mật không được tải lên Nền tảng (Luật Bảo vệ bí mật nhà nước số 29/2018/QH14): hãy ghi số, ký hiệu và nơi lưu giữ bản giấy.",
        "Secret, top-secret and absolutely secret documents are not uploaded to the Platform (Law on Protection of State Secrets No. 29/2018/QH14): record their number and where the paper is kept.");

    /// <summary>
    /// The standing agency uploads a document to a meeting, normal or restricted; anyone else is refused, and so is a
    /// file marked secret (only its reference may be recorded: <see cref="RecordSecretAsync"/>).
    /// </summary>
    public async Task<Outcome> AddAsync(
        Guid meetingId, string fileName, long length, Stream content, DocumentClassification classification, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RefuseUnlessSecretariatAsync(user) is { } refused)
        {
            return refused;
        }

        if (classification is not (DocumentClassification.Normal or DocumentClassification.Restricted))
        {
            return Outcome.Invalid(new Dictionary<string, Message> { ["Classification"] = SecretNotStored });
        }

        var meeting = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId).Select(m => new { m.Province, m.Status }).SingleOrDefaultAsync(ct);
        if (meeting is null)
        {
            return Outcome.Missing;
        }

        var (file, _, refusal) = await Uploads.ReadOneAsync(new Upload(fileName, length, content), ct);
        if (file is null)
        {
            return Invalid(refusal!);
        }

        var id = Guid.CreateVersion7();
        db.Documents.Add(new MeetingDocument
        {
            Id = id,
            Province = meeting.Province,
            MeetingId = meetingId,
            FileName = file.Name,
            ContentType = file.ContentType,
            Size = file.Bytes.LongLength,
            Sha256 = file.Sha256,
            UploadedBy = actor.Name,
            UploadedAt = clock.GetUtcNow(),
            Text = file.Text,
            Classification = classification,
        });
        db.DocumentContents.Add(new DocumentContent { Id = id, Province = meeting.Province, Bytes = file.Bytes });
        await db.SaveChangesAsync(ct);
        return Outcome.Done(id);
    }

    /// <summary>
    /// The standing agency records a secret document's reference with a meeting — its number and summary, its degree
    /// and where the paper original is kept — and no file (Law No. 29/2018/QH14; Đắk Lắk, Art. 10.4).
    /// </summary>
    public async Task<Outcome> RecordSecretAsync(
        Guid meetingId, string? reference, DocumentClassification degree, string? keptAt, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RefuseUnlessSecretariatAsync(user) is { } refused)
        {
            return refused;
        }

        var errors = new Dictionary<string, Message>();
        if (string.IsNullOrWhiteSpace(reference))
        {
            errors["Reference"] = new("Hãy ghi số, ký hiệu và trích yếu của tài liệu mật.", "Enter the secret document's number and summary.");
        }
        else if (reference.Trim().Length > 500)
        {
            errors["Reference"] = new("Số, ký hiệu và trích yếu dài quá 500 ký tự.", "The number and summary are longer than 500 characters.");
        }

        if (degree is not (DocumentClassification.Secret or DocumentClassification.TopSecret or DocumentClassification.AbsoluteSecret))
        {
            errors["Degree"] = new("Hãy chọn độ mật: Mật, Tối mật hoặc Tuyệt mật.", "Choose the degree: secret, top secret or absolutely secret.");
        }

        if (string.IsNullOrWhiteSpace(keptAt))
        {
            errors["KeptAt"] = new("Hãy ghi nơi lưu giữ bản giấy (đơn vị, bộ phận văn thư mật).", "Enter where the paper original is kept (the unit, its secret-records office).");
        }
        else if (keptAt.Trim().Length > 300)
        {
            errors["KeptAt"] = new("Nơi lưu giữ dài quá 300 ký tự.", "Where it is kept is longer than 300 characters.");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var meeting = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId).Select(m => new { m.Province }).SingleOrDefaultAsync(ct);
        if (meeting is null)
        {
            return Outcome.Missing;
        }

        db.Documents.Add(new MeetingDocument
        {
            Id = Guid.CreateVersion7(),
            Province = meeting.Province,
            MeetingId = meetingId,
            FileName = reference!.Trim(),
            ContentType = "",
            Size = 0,
            Sha256 = "",
            UploadedBy = actor.Name,
            UploadedAt = clock.GetUtcNow(),
            Classification = degree,
            KeptAt = keptAt!.Trim(),
            Text = "",
        });
        await db.SaveChangesAsync(ct);
        return Outcome.Done(meetingId);
    }

    /// <summary>Whether <paramref name="user"/> reads restricted documents: the standing agency and the committee's leaders.</summary>
    public Task<bool> SeesRestrictedAsync(ClaimsPrincipal user) => access.SeesRestrictedAsync(user);

    /// <summary>
    /// Every stored document of a meeting with its bytes, in the order they were added (restricted ones only when
    /// <paramref name="withRestricted"/>; secret ones have no bytes and are never here): one statement.
    /// </summary>
    public async Task<IReadOnlyList<(MeetingDocument Document, byte[] Bytes)>> ReadAllAsync(Guid meetingId, bool withRestricted, CancellationToken ct)
    {
        var rows = await (
                from d in db.Documents.AsNoTracking()
                join c in db.DocumentContents.AsNoTracking() on d.Id equals c.Id
                where d.MeetingId == meetingId
                where d.Classification == DocumentClassification.Normal || (withRestricted && d.Classification == DocumentClassification.Restricted)
                orderby d.UploadedAt, d.Id
                select new { d, c.Bytes })
            .ToListAsync(ct);
        return [.. rows.Select(r => (r.d, r.Bytes))];
    }

    /// <summary>
    /// A document and its bytes, or null when it is not one of this province's meeting's documents, is restricted and
    /// <paramref name="user"/> does not read restricted documents, or is a secret one's reference (no file).
    /// </summary>
    public async Task<(MeetingDocument Document, byte[] Bytes)?> ReadAsync(Guid meetingId, Guid documentId, ClaimsPrincipal user, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.MeetingId == meetingId, ct);
        if (document is null
            || document.Classification > DocumentClassification.Restricted
            || (document.Classification == DocumentClassification.Restricted && !await access.SeesRestrictedAsync(user)))
        {
            return null;
        }

        var bytes = await db.DocumentContents.AsNoTracking().Where(c => c.Id == documentId).Select(c => c.Bytes).SingleOrDefaultAsync(ct);
        return bytes is null ? null : (document, bytes);
    }

    /// <summary>The standing agency removes a meeting's document; anyone else is refused.</summary>
    public async Task<Outcome> RemoveAsync(Guid meetingId, Guid documentId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RefuseUnlessSecretariatAsync(user) is { } refused)
        {
            return refused;
        }

        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == documentId && d.MeetingId == meetingId, ct);
        if (document is null)
        {
            return Outcome.Missing;
        }

        db.Documents.Remove(document);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(meetingId);
    }

    private static Outcome Invalid(Message message) => Outcome.Invalid(new Dictionary<string, Message> { ["Upload"] = message });
}
