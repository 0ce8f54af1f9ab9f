using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Platform.Committees.Contracts;
using Platform.Consultations.Model;
using Platform.Consultations.Services;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Documents;
using Platform.Core.Files;
using Platform.Core.Pages;
using Platform.Core.Security;
using Platform.Core.Tenancy;

namespace Platform.Consultations.Pages.Consultations;

/// <summary>
/// One consultation: its questions, the live tally per question with names, who has not answered, every answer sent;
/// the approver approves it, a recipient seat's holder answers, the standing agency closes or withdraws it, the head concludes.
/// </summary>
internal sealed class ConsultationModel(
    ConsultationQueries queries, ConsultationCommands commands, ICommitteeDirectory committee, CurrentProvince province, TimeProvider clock) : CommandPage
{
    public const int ItemSlots = 3;

    public ConsultationView View { get; private set; } = null!;
    public bool IsSecretariat { get; private set; }
    public bool IsApprover { get; private set; }
    public IReadOnlyList<string> MySeats { get; private set; } = [];

    /// <summary>Recipient seats of the agencies the user is a focal point of, which they do not hold: they may prepare those answers.</summary>
    public IReadOnlyList<string> AgencySeats { get; private set; } = [];
    public IReadOnlyList<AgencyEntry> Agencies { get; private set; } = [];
    public CurrentProvince Province => province;
    public DateOnly Today => VietnamTime.Today(clock);

    [BindProperty] public List<AnswerInput> Lines { get; set; } = [];
    [BindProperty] public string? Synthesis { get; set; }
    [BindProperty] public string? Conclusion { get; set; }
    [BindProperty] public List<ItemInput> Items { get; set; } = [];
    [BindProperty] public string? Reason { get; set; }

    public Consultation Consultation => View.Consultation;

    public string AgencyName(string key) => Agencies.FirstOrDefault(a => a.Key == key) is { } a ? a.ShortName ?? a.Name : key;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>The request for opinions as a Decree 30 document (<see cref="ConsultationDocument"/>); null once withdrawn.</summary>
    public OfficialDocument? Document { get; private set; }

    /// <summary>The page shows the request for opinions alone, to print.</summary>
    public bool Printing { get; private set; }

    /// <summary>The request for opinions, printable; whoever reads the consultation reads it.</summary>
    public async Task<IActionResult> OnGetPrintAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Document is null)
        {
            return NotFound();
        }

        Printing = true;
        return Page();
    }

    /// <summary>The request for opinions as a .docx; the same people as the page may download it, and it says what the printable page shows.</summary>
    public async Task<IActionResult> OnGetDocxAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) && Document is not null
            ? File(OfficialDocumentWriter.ToBytes(Document), OfficialDocumentWriter.ContentType, $"phieu-lay-y-kien-{id:N}.docx")
            : NotFound();

    public Task<IActionResult> OnPostApproveAsync(Guid id, uint version, CancellationToken ct) =>
        RunAsync(id, () => commands.ApproveAsync(id, version, User, ct), "Đã duyệt và gửi lấy ý kiến.", ct);

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, string seat, int revision, List<IFormFile> files, CancellationToken ct)
    {
        var uploads = Upload.From(files);
        try
        {
            return await RunAsync(id, () => commands.AnswerAsync(id, seat, Lines, uploads, revision, User, ct), "Đã gửi ý kiến.", ct);
        }
        finally
        {
            await Uploads.DisposeAllAsync(uploads);
        }
    }

    public Task<IActionResult> OnPostPrepareAsync(Guid id, string seat, uint? draftVersion, CancellationToken ct) =>
        RunAsync(id, () => commands.PrepareAsync(id, seat, Lines, draftVersion, User, ct), "Đã lưu dự thảo ý kiến; thành viên sẽ kiểm tra và gửi.", ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, uint version, CancellationToken ct) =>
        RunAsync(id, () => commands.CloseAsync(id, Synthesis, version, User, ct), "Đã kết thúc lấy ý kiến.", ct);

    public Task<IActionResult> OnPostConcludeAsync(Guid id, uint version, CancellationToken ct) =>
        RunAsync(id, () => commands.ConcludeAsync(id, Conclusion, Items, version, User, ct), "Đã ban hành kết luận; các mục đã được giao thành nhiệm vụ.", ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, uint version, CancellationToken ct) =>
        RunAsync(id, () => commands.WithdrawAsync(id, Reason, version, User, ct), "Đã thu hồi việc lấy ý kiến.", ct);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<Outcome>> command, string done, CancellationToken ct)
    {
        var outcome = await command();
        if (outcome.Succeeded)
        {
            return After(done, $"y-kien/{id}");
        }

        var refused = Refusal(outcome);
        return refused ?? (await LoadAsync(id, ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await queries.ViewAsync(id, ct) is not { } view)
        {
            return false;
        }

        View = view;
        Document = ConsultationDocument.Of(province.Required, view.Consultation, [.. view.Recipients.Select(r => r.Recipient)]);
        IsSecretariat = await commands.IsSecretariatAsync(User);
        IsApprover = await commands.ApproverSeatAsync(User, ct) is not null;
        var held = User.SeatsIn(province.Required.Code.Value);
        MySeats = [.. view.Recipients.Select(r => r.Recipient.SeatKey).Where(held.Contains)];
        var agencies = User.AgenciesIn(province.Required.Code.Value);
        AgencySeats = [.. view.Recipients.Where(r => r.Recipient.AgencyKey is { } a && agencies.Contains(a) && !held.Contains(r.Recipient.SeatKey)).Select(r => r.Recipient.SeatKey)];
        Agencies = await committee.AgenciesAsync(ct);
        while (Items.Count < ItemSlots)
        {
            Items.Add(new ItemInput());
        }

        return true;
    }
}
