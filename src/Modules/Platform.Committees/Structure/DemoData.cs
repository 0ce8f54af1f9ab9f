using Microsoft.EntityFrameworkCore;
using Platform.Committees.Persistence;
using Platform.Sdk.Structure;

namespace Platform.Committees.Structure;

/// <summary>Seats the pack's made-up people in empty seats, so that a fresh install shows a full committee.</summary>
internal sealed class DemoData(CommitteesDbContext db)
{
    public async Task LoadAsync(ProvinceDefinition province, CancellationToken ct)
    {
        var code = province.Code.Value;
        var seats = await db.Seats.Include(s => s.Appointments).ToDictionaryAsync(s => s.Key, StringComparer.Ordinal, ct);
        foreach (var demo in province.DemoAppointments)
        {
            // A seat that has ever had a holder is the secretariat's to manage, not the demo's.
            if (!seats.TryGetValue(demo.SeatKey, out var seat) || seat.Appointments.Count > 0)
            {
                continue;
            }

            var person = new Person { Id = Guid.CreateVersion7(), Province = code, FullName = demo.PersonName, IsDemo = true };
            db.People.Add(person);
            db.Appointments.Add(new Appointment
            {
                Id = Guid.CreateVersion7(),
                Province = code,
                SeatId = seat.Id,
                PersonId = person.Id,
                From = demo.From,
                Until = seat.ValidUntil,
                EndKind = seat.ValidUntil is null ? null : AppointmentEnd.Ended,
                AppointedBy = StructureSynchroniser.Record(demo.Decision),
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
