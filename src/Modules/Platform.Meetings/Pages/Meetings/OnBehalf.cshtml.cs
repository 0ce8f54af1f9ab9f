using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Security;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>
/// The standing agency enters an absence decision the approver took on paper ("nhập thay … theo văn bản số …"): only
/// the secretariat, only with the document's number and date; the request then names both people and the document.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
internal sealed class OnBehalfModel(MeetingQueries queries, AbsenceCommands commands, IAuthorizationService authorization)
    : MeetingsPage(authorization)
{
    public MeetingDetail Detail { get; private set; } = null!;
    public Model.AbsenceRequest Absence { get; private set; } = null!;

    [BindProperty] public string? DocumentNumber { get; set; }
    [BindProperty] public string? DocumentDate { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid requestId, CancellationToken ct)
    {
        var missing = await LoadAsync(id, requestId, ct);
        Version = missing is null ? Absence.Version : 0;
        return missing ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid requestId, bool approve, CancellationToken ct)
    {
        if (await LoadAsync(id, requestId, ct) is { } missing)
        {
            return missing;
        }

        var outcome = await commands.EnterOnBehalfAsync(requestId, approve, Note, DocumentNumber, DocumentDate, Version, User, ct);
        if (outcome.Succeeded)
        {
            return After(approve ? "Đã đồng ý cho vắng mặt." : "Đã không đồng ý cho vắng mặt.", $"meetings/{id}");
        }

        return Refusal(outcome) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid requestId, CancellationToken ct)
    {
        var detail = await queries.DetailAsync(id, ct);
        var request = detail?.Requests.FirstOrDefault(r => r.Id == requestId);
        if (detail is null || request is null)
        {
            return NotFound();
        }

        (Detail, Absence) = (detail, request);
        return null;
    }
}
