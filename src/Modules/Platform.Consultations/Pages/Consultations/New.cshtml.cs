using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Platform.Committees.Contracts;
using Platform.Consultations.Services;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Files;
using Platform.Core.Pages;
using Platform.Core.Tenancy;
using Platform.Meetings.Contracts;

namespace Platform.Consultations.Pages.Consultations;

/// <summary>The standing agency drafts a consultation; it goes out once the approver (the head by default) approves it.</summary>
internal sealed class NewModel(ConsultationCommands commands, ICommitteeDirectory committee, IMeetingRecords meetings, CurrentProvince province, TimeProvider clock) : CommandPage
{
    public const int QuestionSlots = 5;

    [BindProperty] public LaunchForm Form { get; set; } = new();

    public IReadOnlyList<SeatHolder> Seats { get; private set; } = [];

    /// <summary>The bodies whose seats may be asked together: sub-committees, working groups, support teams.</summary>
    public IReadOnlyList<BodyEntry> Bodies { get; private set; } = [];

    /// <summary>The meeting handing its question to this consultation, when drafted from a meeting's page.</summary>
    public MeetingHeading? Meeting { get; private set; }
    public CurrentProvince Province => province;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "cuoc-hop")] Guid? meeting, CancellationToken ct)
    {
        if (!await commands.MayLaunchAsync(User, ct))
        {
            return Forbid();
        }

        Form.MeetingId = meeting;
        Form.Deadline = VietnamTime.Format(VietnamTime.Today(clock).AddDays(7));
        await PrepareAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken ct)
    {
        var uploads = Upload.From(files);
        Outcome outcome;
        try
        {
            outcome = await commands.LaunchAsync(Form, uploads, User, ct);
        }
        finally
        {
            await Uploads.DisposeAllAsync(uploads);
        }

        if (outcome.Succeeded)
        {
            return After("Đã soạn phiếu lấy ý kiến; chờ duyệt.", $"y-kien/{outcome.Id}");
        }

        await PrepareAsync(ct);
        return Refusal(outcome) ?? Page();
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        Seats = [.. (await committee.SeatsOnAsync(VietnamTime.Today(clock), ct)).Where(s => s.HolderName is not null)];
        Meeting = Form.MeetingId is { } id ? await meetings.MeetingAsync(id, ct) : null;
        Bodies = [.. (await committee.BodiesAsync(ct)).Where(b => b.MemberSeatKeys.Count > 0)];
        while (Form.Questions.Count < QuestionSlots)
        {
            Form.Questions.Add(null);
        }

        while (Form.Kinds.Count < QuestionSlots)
        {
            Form.Kinds.Add(null);
        }
    }
}
