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
using Platform.Core.Tenancy;
using Platform.Tasks.Model;
using Platform.Tasks.Rules;
using Platform.Tasks.Services;

namespace Platform.Tasks.Pages.Tasks;

/// <summary>
/// One task: its source, assignment, deadlines (original and in force), state, full history and evidence; the forms
/// each person may use: progress (lead agency), comment (those involved), extension (lead agency asks, the issuer
/// decides), done/reopen/cancel (standing agency).
/// </summary>
internal sealed class TaskModel(
    TaskQueries queries, TaskCommands commands, CommitteeActors actors, CurrentProvince province, TimeProvider clock,
    IAuthorizationService authorization, ICommitteeDirectory committee) : TasksPage(authorization, committee)
{
    public TaskDetail Detail { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public CommitteeActor Me { get; private set; } = new([]);
    public CurrentProvince Province => province;

    [BindProperty, StringLength(TextLimits.Long)] public string? Text { get; set; }
    [BindProperty] public TaskProgress Progress { get; set; } = TaskProgress.InProgress;
    [BindProperty] public string? Percent { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? NewDue { get; set; }
    [BindProperty] public string? ExtensionReason { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? DocumentNumber { get; set; }
    [BindProperty] public string? DocumentDate { get; set; }
    [BindProperty, StringLength(TextLimits.Line)] public string? Reason { get; set; }
    [BindProperty] public uint Version { get; set; }

    public TaskItem Item => Detail.Task;
    public TaskState State => TaskStates.Of(Item, Today);
    public bool IsLead => Me.Agencies.Contains(Item.LeadAgencyKey);
    public bool IsOpen => Item.Progress is TaskProgress.NotStarted or TaskProgress.InProgress;
    public bool IsIssuer => User.HoldsSeat(ProvinceCode, Item.IssuerSeatKey);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostReportAsync(Guid id, List<IFormFile> files, CancellationToken ct)
    {
        var uploads = Upload.From(files);
        try
        {
            return await RunAsync(id, () => commands.ReportAsync(id, Text, Progress, Percent, uploads, Version, User, ct), "Đã cập nhật tiến độ.", ct);
        }
        finally
        {
            await Uploads.DisposeAllAsync(uploads);
        }
    }

    public Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => commands.CommentAsync(id, Comment, User, ct), "Đã gửi trao đổi.", ct);

    public Task<IActionResult> OnPostExtensionAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => commands.AskExtensionAsync(id, NewDue, ExtensionReason, User, ct), "Đã gửi đề nghị gia hạn.", ct);

    public Task<IActionResult> OnPostDecideAsync(Guid id, Guid requestId, bool approve, uint requestVersion, CancellationToken ct) =>
        RunAsync(id, () => commands.DecideExtensionAsync(requestId, approve, Note, requestVersion, User, ct), approve ? "Đã đồng ý gia hạn." : "Đã không đồng ý gia hạn.", ct);

    /// <summary>The standing agency enters the assigner's paper decision on an extension (the command refuses anyone else).</summary>
    public Task<IActionResult> OnPostDecideOnBehalfAsync(Guid id, Guid paperRequestId, bool approve, uint paperRequestVersion, CancellationToken ct) =>
        RunAsync(
            id,
            () => commands.EnterExtensionOnBehalfAsync(paperRequestId, approve, Note, DocumentNumber, DocumentDate, paperRequestVersion, User, ct),
            approve ? "Đã đồng ý gia hạn." : "Đã không đồng ý gia hạn.",
            ct);

    public Task<IActionResult> OnPostSetAsync(Guid id, UpdateKind change, CancellationToken ct) =>
        RunAsync(id, () => commands.SetAsync(id, change, Reason, Version, User, ct), change switch
        {
            UpdateKind.MarkedDone => "Đã đánh dấu hoàn thành.",
            UpdateKind.Reopened => "Đã mở lại nhiệm vụ.",
            _ => "Đã hủy nhiệm vụ.",
        }, ct);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<Outcome>> command, string done, CancellationToken ct)
    {
        var outcome = await command();
        if (outcome.Succeeded)
        {
            return After(done, $"tasks/{id}");
        }

        return Refusal(outcome) ?? await ShowAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult?> ShowAsync(Guid id, CancellationToken ct)
    {
        await PrepareAsync(ct);
        var detail = await queries.DetailAsync(id, ct);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        Today = VietnamTime.Today(clock);
        Me = await actors.OfAsync(User, ct);
        Version = detail.Task.Version; // after a conflict the typed text stays, to be sent again over the newer version
        return null;
    }
}
