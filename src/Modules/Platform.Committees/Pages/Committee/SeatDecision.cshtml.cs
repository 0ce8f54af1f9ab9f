using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Committees.Appointments;
using Platform.Committees.Structure;
using Platform.Core.Dates;
using Platform.Core.Documents;
using Platform.Core.Security;
using Platform.Core.Tenancy;

namespace Platform.Committees.Pages.Committee;

/// <summary>
/// The decision behind one recorded holding of a seat, as a .docx (<see cref="AppointmentDecision"/>) with the recorded
/// number and date, and the holder it replaced. The standing agency drafts membership decisions (e.g. Đắk Lắk,
/// Art. 8.1), so it is the secretariat's, as changing the seat is.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
internal sealed class SeatDecisionModel(CommitteeQueries queries, CurrentProvince province, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string key, Guid appointment, CancellationToken ct)
    {
        var history = await queries.SeatAsync(key, ct);
        var holding = history?.Appointments.FirstOrDefault(a => a.Id == appointment);
        if (history is null || holding is null)
        {
            return NotFound();
        }

        // The holder this one replaced: ended "replaced" the day before this holding began.
        var previous = history.Appointments.FirstOrDefault(a => a.EndKind == AppointmentEnd.Replaced && a.Until == holding.From.AddDays(-1));
        var draft = new AppointmentDraft(holding.PersonFullName, holding.From, holding.AppointedByNumber, holding.AppointedByDate, previous?.PersonFullName);
        var document = await AppointmentDecision.DraftAsync(queries, province.Required, history.Seat, draft, VietnamTime.Today(clock), ct);
        return document is null
            ? NotFound()
            : File(OfficialDocumentWriter.ToBytes(document), OfficialDocumentWriter.ContentType, $"quyet-dinh-kien-toan-{key}.docx");
    }
}
