using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
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
/// Appoint, replace or end a seat's holder by a decision. A refused form comes back with what was typed and a
/// message per field; a form opened before someone else's change is refused, not merged.
/// </summary>
[Authorize(Policy = Policies.Secretariat)] // The standing agency keeps membership current (e.g. Đắk Lắk, Art. 8.1).
internal sealed class ChangeSeatModel(
    CommitteeQueries queries, AppointmentChanges changes, CurrentProvince province, TimeProvider clock) : PageModel
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

    /// <summary>
    /// The draft decision from the form's values before anything is recorded (<see cref="AppointmentDecision"/>): what
    /// is typed goes in, what is not (the number, the date) stays blank for the clerk. Nothing is saved.
    /// </summary>
    public async Task<IActionResult> OnPostDraftAsync(string key, string change, CancellationToken ct)
    {
        if (!await LoadAsync(key, change, ct) || Action == AppointmentAction.End)
        {
            return NotFound();
        }

        var draft = new AppointmentDraft(
            Typed(Form.PersonName),
            DateOf(Form.EffectiveFrom),
            Typed(Form.DecisionNumber),
            DateOf(Form.DecisionDate),
            Action == AppointmentAction.Replace ? History.Current?.PersonFullName : null);
        var document = await AppointmentDecision.DraftAsync(queries, province.Required, History.Seat, draft, VietnamTime.Today(clock), ct);
        return document is null
            ? NotFound()
            : File(OfficialDocumentWriter.ToBytes(document), OfficialDocumentWriter.ContentType, $"du-thao-quyet-dinh-kien-toan-{key}.docx");
    }

    private static string? Typed(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize(System.Text.NormalizationForm.FormC);

    private static DateOnly? DateOf(string? text) => VietnamTime.TryParse(text, out var date) ? date : null;

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
