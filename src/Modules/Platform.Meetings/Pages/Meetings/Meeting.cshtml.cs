using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Platform.Committees.Contracts;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Files;
using Platform.Core.Forms;
using Platform.Core.Security;
using Platform.Meetings.Model;
using Platform.Meetings.Rules;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>
/// One meeting: what, when, who chairs and on whose delegation, its agenda and documents, invitees and their
/// absence requests, the register, the minutes and the conclusion notice. Each action checks who may take it.
/// </summary>
internal sealed class MeetingModel(
    MeetingQueries queries,
    MeetingCommands commands,
    DocumentStore documents,
    BriefingDesk briefings,
    MeetingRulebook rules,
    ICommitteeDirectory committee,
    TimeProvider clock,
    IAuthorizationService authorization) : MeetingsPage(authorization)
{
    public MeetingDetail Detail { get; private set; } = null!;
    public MeetingRulebook Rules => rules;
    public IReadOnlyDictionary<string, string> Agencies { get; private set; } = new Dictionary<string, string>();
    public DateTimeOffset Now { get; private set; }

    [BindProperty, StringLength(TextLimits.Line)] public string? ItemTitle { get; set; }
    [BindProperty, StringLength(TextLimits.Name)] public string? ItemPresenter { get; set; }
    [BindProperty] public string? ItemMinutes { get; set; }
    [BindProperty, StringLength(TextLimits.Name)] public string? GuestName { get; set; }
    [BindProperty, StringLength(TextLimits.Line)] public string? GuestOrganisation { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty, StringLength(TextLimits.Line)] public string? Reason { get; set; }
    [BindProperty, StringLength(TextLimits.Long)] public string? Minutes { get; set; }
    [BindProperty] public uint Version { get; set; }
    [BindProperty, StringLength(TextLimits.Long)] public string? BriefingText { get; set; }

    /// <summary>The rule asking members for material for the head's speech, when it applies to this meeting.</summary>
    public Sdk.Meetings.BriefingRule? Briefing { get; private set; }
    public IReadOnlyList<BriefingRow> Briefings { get; private set; } = [];
    public bool ReadsAllBriefings { get; private set; }

    public Meeting Meeting => Detail.Meeting;
    public bool IsHead => User.HoldsSeat(ProvinceCode, rules.HeadSeatKey);
    public bool IsChair => User.HoldsSeat(ProvinceCode, Meeting.ChairSeatKey);
    public bool MayInviteGuests => User.HoldsSeat(ProvinceCode, rules.GuestDeciderSeatKey(Meeting));
    public IEnumerable<Invitation> MyInvitations => Meeting.Invitations.Where(i => i.SeatKey is not null && MySeats.Contains(i.SeatKey));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostDecideAsync(Guid id, bool approve, CancellationToken ct) =>
        RunAsync(id, secretariat: false, () => commands.DecideAsync(id, approve, Note, User, ct), approve ? "Đã quyết định họp." : "Đã không đồng ý tổ chức cuộc họp.", ct);

    public Task<IActionResult> OnPostAgendaAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, secretariat: true, () => commands.AddAgendaItemAsync(id, ItemTitle, ItemPresenter, ItemMinutes, ct), "Đã thêm mục vào chương trình.", ct);

    public Task<IActionResult> OnPostRemoveItemAsync(Guid id, Guid itemId, CancellationToken ct) =>
        RunAsync(id, secretariat: true, () => commands.RemoveAgendaItemAsync(id, itemId, ct), "Đã bỏ mục khỏi chương trình.", ct);

    public Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, CancellationToken ct) =>
        RunAsync(id, secretariat: true, async () =>
        {
            await using var stream = file?.OpenReadStream() ?? Stream.Null;
            return await documents.AddAsync(id, file?.FileName ?? "", file?.Length ?? 0, stream, ct);
        }, "Đã tải tài liệu lên.", ct);

    public Task<IActionResult> OnPostRemoveDocumentAsync(Guid id, Guid documentId, CancellationToken ct) =>
        RunAsync(id, secretariat: true, () => documents.RemoveAsync(id, documentId, ct), "Đã xóa tài liệu.", ct);

    public async Task<IActionResult> OnPostBriefAsync(Guid id, string? seat, IFormFile? briefingFile, CancellationToken ct)
    {
        var upload = Upload.From(briefingFile is null ? [] : [briefingFile]);
        try
        {
            return await RunAsync(id, secretariat: false, () => briefings.SendAsync(id, seat, BriefingText, upload.SingleOrDefault(), User, ct), "Đã gửi thông tin, tài liệu phục vụ Trưởng Ban.", ct);
        }
        finally
        {
            await Uploads.DisposeAllAsync(upload);
        }
    }

    public Task<IActionResult> OnPostGuestAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, secretariat: false, () => commands.InviteGuestAsync(id, GuestName, GuestOrganisation, User, ct), "Đã mời đại biểu.", ct);

    public Task<IActionResult> OnPostHeldAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, secretariat: true, () => commands.MarkHeldAsync(id, ct), "Đã ghi nhận cuộc họp đã diễn ra.", ct);

    public Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, secretariat: true, () => commands.CancelAsync(id, Reason, ct), "Đã hủy cuộc họp.", ct);

    public Task<IActionResult> OnPostMinutesAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, secretariat: true, () => commands.SaveMinutesAsync(id, Minutes, Version, ct), "Đã lưu biên bản.", ct);

    private async Task<IActionResult> RunAsync(Guid id, bool secretariat, Func<Task<Outcome>> command, string done, CancellationToken ct)
    {
        if (secretariat && !await CheckSecretariatAsync())
        {
            return Forbid();
        }

        var outcome = await command();
        if (outcome.Succeeded)
        {
            return After(done, $"meetings/{id}");
        }

        return Refusal(outcome) ?? await ShowAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult?> ShowAsync(Guid id, CancellationToken ct)
    {
        await CheckSecretariatAsync();
        var detail = await queries.DetailAsync(id, ct);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        Now = clock.GetUtcNow();
        Agencies = (await committee.AgenciesAsync(ct)).ToDictionary(a => a.Key, a => a.ShortName ?? a.Name);
        Briefing = briefings.RuleFor(detail.Meeting);
        if (Briefing is not null)
        {
            ReadsAllBriefings = briefings.ReadsAll(User, IsSecretariat);
            Briefings = await briefings.ListAsync(id, User, IsSecretariat, ct);
        }

        if (Errors.Count == 0)
        {
            Minutes = detail.Meeting.Minutes;
        }

        // After a conflict the typed minutes stay, to be sent again on purpose over the newer version.
        Version = detail.Meeting.Version;

        return null;
    }

    public string Day(DateTimeOffset moment) => VietnamTime.Format(moment);
}
