using Microsoft.EntityFrameworkCore;
using Platform.Core.Files;
using Platform.Core.Modules;
using Platform.Meetings.Persistence;

namespace Platform.Meetings.Services;

/// <summary>
/// Reads the text of the province's meeting documents stored before it was read at upload (<see cref="IFileTextBackfill"/>):
/// a batch at a time, empty for a file that has none.
/// </summary>
internal sealed class MeetingDocumentText(MeetingsDbContext db) : IFileTextBackfill, IModuleService
{
    public async Task<int> FillAsync(int batch, CancellationToken cancellationToken)
    {
        var rows = await (
                from d in db.Documents.AsNoTracking()
                join c in db.DocumentContents.AsNoTracking() on d.Id equals c.Id
                where d.Text == null
                orderby d.UploadedAt, d.Id
                select new { d.Id, d.FileName, d.ContentType, c.Bytes })
            .Take(batch)
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var text = FileText.Extract(row.FileName, row.ContentType, row.Bytes) ?? "";
            await db.Documents.Where(d => d.Id == row.Id && d.Text == null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Text, text), cancellationToken);
        }

        return rows.Count;
    }
}
