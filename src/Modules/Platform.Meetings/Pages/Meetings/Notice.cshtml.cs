using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Documents;
using Platform.Core.Security;
using Platform.Meetings.Model;
using Platform.Meetings.Rules;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>
/// The conclusion notice of a meeting: the standing agency drafts it (numbered items), the chair approves, the
/// standing agency issues it to every member and related agency; a recipient opening it is recorded.
/// </summary>
internal sealed class NoticeModel(
    MeetingQueries queries, NoticeCommands commands, MeetingRulebook rules, ICommitteeDirectory committee, IAuthorizationService authorization)
    : MeetingsPage(authorization)
{
    /// <summary>Blank rows offered under the existing items for new ones.</summary>
    public const int BlankRows = 3;

    [BindProperty]
    public NoticeForm Form { get; set; } = new();

    public MeetingDetail Detail { get; private set; } = null!;
    public MeetingRulebook Rules => rules;
    public IReadOnlyList<AgencyEntry> Agencies { get; private set; } = [];
    public ConclusionNotice? Notice => Detail.Notice;
    public bool IsChair => User.HoldsSeat(ProvinceCode, Detail.Meeting.ChairSeatKey);
    public bool MayEdit => IsSecretariat && Detail.Meeting.Status == MeetingStatus.Held && Notice?.Status != NoticeStatus.Issued;

    /// <summary>The notice as an official document (Decree 30/2020/NĐ-CP), when there is one and the pack states the heading.</summary>
    public OfficialDocument? Document { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var missing = await LoadAsync(id, fromDatabase: true, ct);
        if (missing is not null)
        {
            return missing;
        }

        if (Notice is { Status: NoticeStatus.Issued } issued)
        {
            await commands.MarkReadAsync(issued.Id, User, ct);
        }

        return Page();
    }

    /// <summary>
    /// The notice as a .docx ready to sign (Đắk Lắk Art. 9.1; Sơn La Art. 11.1: conclusions notified in writing); the
    /// same people as the page may download it, and it says what the page shows.
    /// </summary>
    public async Task<IActionResult> OnGetDocxAsync(Guid id, CancellationToken ct)
    {
        var missing = await LoadAsync(id, fromDatabase: true, ct);
        if (missing is not null)
        {
            return missing;
        }

        return Document is null
            ? NotFound()
            : File(OfficialDocumentWriter.ToBytes(Document), OfficialDocumentWriter.ContentType, $"thong-bao-ket-luan-{id:N}.docx");
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        var outcome = await commands.SaveDraftAsync(id, Form, User, ct);
        return outcome.Succeeded
            ? After("Đã lưu dự thảo thông báo kết luận.", $"meetings/{id}/notice")
            : Refusal(outcome) ?? await LoadAsync(id, fromDatabase: false, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        var outcome = await commands.ApproveAsync(id, Form.Version, User, ct);
        return outcome.Succeeded
            ? After("Đã duyệt thông báo kết luận.", $"meetings/{id}/notice")
            : Refusal(outcome) ?? await LoadAsync(id, fromDatabase: true, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostIssueAsync(Guid id, CancellationToken ct)
    {
        var outcome = await commands.IssueAsync(id, Form.Version, User, ct);
        return outcome.Succeeded
            ? After("Đã ban hành thông báo kết luận đến các thành viên và cơ quan liên quan.", $"meetings/{id}/notice")
            : Refusal(outcome) ?? await LoadAsync(id, fromDatabase: true, ct) ?? Page();
    }

    public string AgencyName(string? key) => key is null ? "" : Agencies.FirstOrDefault(a => a.Key == key)?.Name ?? key;

    private async Task<IActionResult?> LoadAsync(Guid id, bool fromDatabase, CancellationToken ct)
    {
        await CheckSecretariatAsync();
        var detail = await queries.DetailAsync(id, ct);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        Agencies = await committee.AgenciesAsync(ct);
        Document = MeetingDocuments.ConclusionNotice(detail, rules, Agencies);
        if (fromDatabase)
        {
            var n = detail.Notice;
            Form = new NoticeForm
            {
                Number = n?.Number,
                Date = VietnamTime.Format(n?.Date),
                Signer = n?.Signer,
                Preamble = n?.Preamble,
                Items = [.. (n?.Items ?? []).Select(i => new NoticeItemForm { Text = i.Text, LeadAgencyKey = i.LeadAgencyKey, DueDate = VietnamTime.Format(i.DueDate) })],
                Version = n?.Version ?? 0,
            };
        }
        else if (detail.Notice is { } current)
        {
            Form.Version = current.Version;
        }

        while (Form.Items.Count(i => i.IsBlank) < BlankRows)
        {
            Form.Items.Add(new NoticeItemForm());
        }

        return null;
    }
}
