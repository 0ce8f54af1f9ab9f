using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Meetings.Model;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>The attendance register of a meeting: printable for everyone, recorded by the standing agency once held.</summary>
internal sealed class AttendanceModel(MeetingQueries queries, AttendanceCommands commands, IAuthorizationService authorization)
    : MeetingsPage(authorization)
{
    public MeetingDetail Detail { get; private set; } = null!;

    [BindProperty] public List<AttendanceRow> Rows { get; set; } = [];
    [BindProperty] public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await CheckSecretariatAsync();
        return await LoadAsync(id, fromDatabase: true, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        await CheckSecretariatAsync();
        var outcome = await commands.RecordAsync(id, Rows, Version, User, ct);
        if (outcome.Succeeded)
        {
            return After("Đã lưu danh sách điểm danh.", $"meetings/{id}/attendance");
        }

        return Refusal(outcome) ?? await LoadAsync(id, fromDatabase: false, ct) ?? Page();
    }

    public AttendanceRow RowFor(Invitation invitation) =>
        Rows.FirstOrDefault(r => r.InvitationId == invitation.Id)
        ?? new AttendanceRow { InvitationId = invitation.Id, Attendance = invitation.Attendance, SubstituteName = invitation.SubstituteName, Note = invitation.AttendanceNote };

    private async Task<IActionResult?> LoadAsync(Guid id, bool fromDatabase, CancellationToken ct)
    {
        var detail = await queries.DetailAsync(id, ct);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        Version = detail.Meeting.Version;
        if (fromDatabase)
        {
            Rows = [];
        }

        return null;
    }
}
