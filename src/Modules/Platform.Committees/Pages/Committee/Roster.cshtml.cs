using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Committees.Roster;
using Platform.Committees.Structure;
using Platform.Core.Dates;
using Platform.Core.Security;

namespace Platform.Committees.Pages.Committee;

/// <summary>
/// The roster the secretariat keeps, each change by decision: add an agency, add a member seat (Đắk Lắk, Art. 8.1
/// "bổ sung thành viên"; Sơn La, Art. 9.2c–d), split a collective seat into one seat per agency, end an added seat or
/// agency. A refused form comes back as typed with a message per field; a form opened before someone else's change is
/// refused (409), not merged.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
internal sealed class RosterModel(CommitteeQueries queries, RosterChanges changes, TimeProvider clock) : PageModel
{
    public RosterAction Action { get; private set; }
    public SeatHistory? Seat { get; private set; }
    public AgencyRow? Agency { get; private set; }
    public IReadOnlyList<AgencyRow> Agencies { get; private set; } = [];
    public bool Conflict { get; private set; }
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public DateOnly Today => VietnamTime.Today(clock);

    [BindProperty]
    public RosterForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string roster, string? key, CancellationToken ct)
    {
        if (!await LoadAsync(roster, key, ct))
        {
            return NotFound();
        }

        Form.Version = Seat?.Seat.Version ?? Agency?.Version ?? 0;
        if (Action == RosterAction.Split && Seat is not null)
        {
            Form.Office = "Giám đốc";
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string roster, string? key, CancellationToken ct)
    {
        if (!TryRead(roster, key, out var action))
        {
            return NotFound();
        }

        var result = await changes.ApplyAsync(action, key, Form, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        var province = RouteData.Values["province"];
        if (result.Succeeded)
        {
            TempData["Done"] = "Đã lưu thay đổi.";
            return action is RosterAction.AddAgency or RosterAction.EndAgency ? RedirectToPage("/Committee/Roster", new { province, roster = "add-agency", key = (string?)null }) : RedirectToPage("/Committee/Members", new { province });
        }

        await LoadAsync(roster, key, ct);
        Errors = result.Errors;
        Conflict = result.Conflict;
        if (Conflict)
        {
            Form.Version = Seat?.Seat.Version ?? Agency?.Version ?? 0;
        }

        Response.StatusCode = Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    [TempData]
    public string? Done { get; set; }

    private async Task<bool> LoadAsync(string change, string? key, CancellationToken ct)
    {
        if (!TryRead(change, key, out var action))
        {
            return false;
        }

        Action = action;
        Agencies = await queries.AgenciesAsync(ct);
        switch (action)
        {
            case RosterAction.Split or RosterAction.EndSeat:
                Seat = await queries.SeatAsync(key!, ct);
                return Seat is not null;
            case RosterAction.EndAgency:
                Agency = Agencies.FirstOrDefault(a => a.Key == key);
                return Agency is not null;
            default:
                return true;
        }
    }

    private static bool TryRead(string change, string? key, out RosterAction action)
    {
        action = change switch
        {
            "add-agency" => RosterAction.AddAgency,
            "add-seat" => RosterAction.AddSeat,
            "split" => RosterAction.Split,
            "end-seat" => RosterAction.EndSeat,
            "end-agency" => RosterAction.EndAgency,
            _ => (RosterAction)(-1),
        };
        var needsKey = action is RosterAction.Split or RosterAction.EndSeat or RosterAction.EndAgency;
        return Enum.IsDefined(action) && needsKey == !string.IsNullOrEmpty(key);
    }
}
