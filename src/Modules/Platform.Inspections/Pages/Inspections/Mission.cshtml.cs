using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Platform.Committees.Contracts;
using Platform.Core.Commands;
using Platform.Core.Documents;
using Platform.Core.Files;
using Platform.Core.Pages;
using Platform.Core.Tenancy;
using Platform.Inspections.Services;

namespace Platform.Inspections.Pages.Inspections;

/// <summary>
/// One mission: what and who is inspected, when, the lead and the team, its decision and documents; the team records
/// findings per inspected agency and recommendations, and the lead (or the head) issues the closing notice, after which
/// the recommendations are followed as tasks and nothing of the findings changes.
/// </summary>
internal sealed class MissionModel(InspectionQueries queries, InspectionCommands commands, ICommitteeDirectory committee, CurrentProvince province) : CommandPage
{
    public MissionView View { get; private set; } = null!;
    public IReadOnlyList<AgencyEntry> Agencies { get; private set; } = [];
    public bool MayRecord { get; private set; }
    public bool MayIssue { get; private set; }
    public CurrentProvince Province => province;

    [BindProperty] public Dictionary<string, string?> Findings { get; set; } = [];
    [BindProperty] public RecommendationInput Recommendation { get; set; } = new();
    [BindProperty] public string? NoticeText { get; set; }
    [BindProperty] public string? NoticeNumber { get; set; }
    [BindProperty] public string? NoticeDate { get; set; }

    public string AgencyName(string key) => Agencies.FirstOrDefault(a => a.Key == key) is { } a ? a.ShortName ?? a.Name : key;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>The closing notice as a Decree 30 .docx once issued; whoever reads the mission may download it.</summary>
    public async Task<IActionResult> OnGetDocxAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) && InspectionNotice.Of(province.Required, View.Mission, k => Agencies.FirstOrDefault(a => a.Key == k)?.Name ?? k) is { } notice
            ? File(OfficialDocumentWriter.ToBytes(notice), OfficialDocumentWriter.ContentType, $"thong-bao-ket-luan-kiem-tra-{id:N}.docx")
            : NotFound();

    public Task<IActionResult> OnPostFindingsAsync(Guid id, uint version, CancellationToken ct) =>
        RunAsync(id, () => commands.SaveFindingsAsync(id, Findings, version, User, ct), "Đã lưu kết quả kiểm tra.", ct);

    public Task<IActionResult> OnPostRecommendAsync(Guid id, uint version, CancellationToken ct) =>
        RunAsync(id, () => commands.AddRecommendationAsync(id, Recommendation, version, User, ct), "Đã thêm kiến nghị.", ct);

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid recommendation, uint version, CancellationToken ct) =>
        RunAsync(id, () => commands.RemoveRecommendationAsync(id, recommendation, version, User, ct), "Đã bỏ kiến nghị.", ct);

    public Task<IActionResult> OnPostNoticeAsync(Guid id, uint version, CancellationToken ct) =>
        RunAsync(id, () => commands.IssueNoticeAsync(id, NoticeText, NoticeNumber, NoticeDate, version, User, ct), "Đã ban hành thông báo kết luận kiểm tra; các kiến nghị đã được giao thành nhiệm vụ.", ct);

    public async Task<IActionResult> OnPostAttachAsync(Guid id, List<IFormFile> files, CancellationToken ct)
    {
        var uploads = Upload.From(files);
        try
        {
            return await RunAsync(id, () => commands.AttachAsync(id, uploads, User, ct), "Đã đính kèm tài liệu.", ct);
        }
        finally
        {
            await Uploads.DisposeAllAsync(uploads);
        }
    }

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<Outcome>> command, string done, CancellationToken ct)
    {
        var outcome = await command();
        if (outcome.Succeeded)
        {
            return After(done, $"kiem-tra/doan/{id}");
        }

        var refused = Refusal(outcome);
        return refused ?? (await LoadAsync(id, ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await queries.MissionAsync(id, ct) is not { } view)
        {
            return false;
        }

        View = view;
        Agencies = await committee.AgenciesAsync(ct);
        MayRecord = await commands.MayRecordAsync(view.Mission, User, ct);
        MayIssue = await commands.NoticeSeatAsync(view.Mission, User, ct) is not null;
        return true;
    }
}
