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
    /// <summary>The standing agency uploads a document to a meeting; anyone else is refused.</summary>
    public async Task<Outcome> AddAsync(Guid meetingId, string fileName, long length, Stream content, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RefuseUnlessSecretariatAsync(user) is { } refused)
        {
            return refused;
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
        });
        db.DocumentContents.Add(new DocumentContent { Id = id, Province = meeting.Province, Bytes = file.Bytes });
        await db.SaveChangesAsync(ct);
        return Outcome.Done(id);
    }

    /// <summary>Every document of a meeting with its bytes, in the order they were added: one statement.</summary>
    public async Task<IReadOnlyList<(MeetingDocument Document, byte[] Bytes)>> ReadAllAsync(Guid meetingId, CancellationToken ct)
    {
        var rows = await (
                from d in db.Documents.AsNoTracking()
                join c in db.DocumentContents.AsNoTracking() on d.Id equals c.Id
                where d.MeetingId == meetingId
                orderby d.UploadedAt, d.Id
                select new { d, c.Bytes })
            .ToListAsync(ct);
        return [.. rows.Select(r => (r.d, r.Bytes))];
    }

    /// <summary>A document and its bytes, or null when it is not one of this province's meeting's documents.</summary>
    public async Task<(MeetingDocument Document, byte[] Bytes)?> ReadAsync(Guid meetingId, Guid documentId, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.MeetingId == meetingId, ct);
        if (document is null)
        {
            return null;
        }

        var bytes = await db.DocumentContents.AsNoTracking().Where(c => c.Id == documentId).Select(c => c.Bytes).SingleAsync(ct);
        return (document, bytes);
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
