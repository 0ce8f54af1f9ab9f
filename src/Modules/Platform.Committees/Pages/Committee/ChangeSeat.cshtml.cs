using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Committees.Appointments;
using Platform.Committees.Structure;
using Platform.Core.Security;

namespace Platform.Committees.Pages.Committee;

/// <summary>
/// Appoint, replace or end a seat's holder by a decision. A refused form comes back with what was typed and a
/// message per field; a form opened before someone else's change is refused, not merged.
/// </summary>
[Authorize(Policy = Policies.Secretariat)] // The standing agency keeps membership current (e.g. Đắk Lắk, Art. 8.1).
internal sealed class ChangeSeatModel(CommitteeQueries queries, AppointmentChanges changes) : PageModel
{
    public SeatHistory History { get; private set; } = null!;
    public AppointmentAction Action { get; private set; }
    public bool Conflict { get; private set; }
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    [BindProperty]
    public AppointmentForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string key, string change, CancellationToken ct)
    {
        if (!await LoadAsync(key, change, ct))
        {
            return NotFound();
        }

        Form.Version = History.Seat.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, string change, CancellationToken ct)
    {
        if (!TryReadAction(change, out var action))
        {
            return NotFound();
        }

        var result = await changes.ApplyAsync(key, action, Form, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Done"] = "Đã lưu thay đổi.";
            return RedirectToPage("/Committee/Seat", new { province = RouteData.Values["province"], key });
        }

        await LoadAsync(key, change, ct);
        Errors = result.Errors;
        Conflict = result.Conflict;
        if (Conflict)
        {
            // Show what the other person saved; the typed values stay in the form to be re-sent on purpose.
            Form.Version = History.Seat.Version;
        }

        Response.StatusCode = Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(string key, string change, CancellationToken ct)
    {
        if (!TryReadAction(change, out var action))
        {
            return false;
        }

        var history = await queries.SeatAsync(key, ct);
        if (history is null)
        {
            return false;
        }

        (History, Action) = (history, action);
        return true;
    }

    private static bool TryReadAction(string change, out AppointmentAction action) =>
        Enum.TryParse(change, ignoreCase: true, out action) && Enum.IsDefined(action);
}
