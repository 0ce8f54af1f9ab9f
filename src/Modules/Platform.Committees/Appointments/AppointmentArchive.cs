using Microsoft.EntityFrameworkCore;
using Platform.Core.Archive;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Tenancy;
using Platform.Committees.Persistence;

namespace Platform.Committees.Appointments;

/// <summary>
/// The decisions appointing members to the committee's seats in the archive register, with their number, date and
/// signer as recorded (the standing agency drafts them: Đắk Lắk, Art. 8.1), by the decision's date. The decision's
/// draft is generated on its page: no stored file. One statement per call.
/// </summary>
internal sealed class AppointmentArchive(CommitteesDbContext db, CurrentProvince province) : IArchiveSource, IModuleService
{
    public string Kind => "quyet-dinh-kien-toan";

    public Message Label => new("Quyết định kiện toàn thành viên", "Membership decisions");

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        await db.Appointments.AsNoTracking().Where(a => a.AppointedBy.Date != null)
            .Select(a => a.AppointedBy.Date!.Value.Year).Distinct().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ArchiveRecord>> ListAsync(int year, CancellationToken cancellationToken)
    {
        var code = province.Required.Code.Value;
        var span = new ArchiveYear(year);
        var rows = await db.Appointments.AsNoTracking()
            .Where(a => a.AppointedBy.Date >= span.FirstDay && a.AppointedBy.Date < span.NextFirstDay)
            .Join(db.Seats, a => a.SeatId, s => s.Id, (a, s) => new
            {
                a.Id, s.Key, s.Office, Person = a.Person!.FullName, a.AppointedBy.Number, a.AppointedBy.Date, a.AppointedBy.Signer, a.AppointedBy.Title,
            })
            .OrderBy(a => a.Date).ThenBy(a => a.Number).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(a => new ArchiveRecord(
            Kind, a.Number, a.Date!.Value, a.Title ?? $"Kiện toàn thành viên: {a.Office} — {a.Person}", a.Signer,
            $"/{code}/seats/{Uri.EscapeDataString(a.Key)}/decision/{a.Id}", []))];
    }

    public IAsyncEnumerable<ArchiveContent> ReadAsync(int year, CancellationToken cancellationToken) => AsyncEnumerable.Empty<ArchiveContent>();
}
