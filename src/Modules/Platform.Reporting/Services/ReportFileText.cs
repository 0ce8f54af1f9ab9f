using Microsoft.EntityFrameworkCore;
using Platform.Core.Files;
using Platform.Core.Modules;
using Platform.Reporting.Persistence;

namespace Platform.Reporting.Services;

/// <summary>
/// Reads the text of the province's report attachments stored before it was read at upload (<see cref="IFileTextBackfill"/>): a
/// batch at a time, empty for a file that has none.
/// </summary>
internal sealed class ReportFileText(ReportingDbContext db) : IFileTextBackfill, IModuleService
{
    public async Task<int> FillAsync(int batch, CancellationToken cancellationToken)
    {
        var rows = await (
                from f in db.Files.AsNoTracking()
                join c in db.FileContents.AsNoTracking() on f.ContentId equals c.Id
                where f.Text == null
                orderby f.Id
                select new { f.Id, f.FileName, f.ContentType, c.Bytes })
            .Take(batch)
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var text = FileText.Extract(row.FileName, row.ContentType, row.Bytes) ?? "";
            await db.Files.Where(f => f.Id == row.Id && f.Text == null)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.Text, text), cancellationToken);
        }

        return rows.Count;
    }
}
