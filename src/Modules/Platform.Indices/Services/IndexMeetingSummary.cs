using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Documents;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Indices.Pages;
using Platform.Meetings.Contracts;

namespace Platform.Indices.Services;

/// <summary>
/// The indices' summary for a meeting: each declared index's latest result against its year's target, as a report in
/// the format of Decree 30 (a draft: no number), which the standing agency attaches to a meeting still to be held, so
/// the committee meets with the results in front of it. It lands among the meeting's documents (audited there).
/// </summary>
internal sealed class IndexMeetingSummary(
    IndexQueries queries, IndexCommands commands, IMeetingAttachments meetings, IAuthorizationService authorization, CurrentProvince province, TimeProvider clock) : IModuleService
{
    private static readonly Message StandingAgencyOnly = new(
        "Chỉ Cơ quan thường trực đính kèm tài liệu cho cuộc họp.", "Only the standing agency attaches documents to a meeting.");

    private static readonly Message NoHeading = new(
        "Quy chế của tỉnh chưa nêu thể thức văn bản của Ban Chỉ đạo; không lập được báo cáo.", "The province's regulation states no document heading for the committee; the report cannot be made.");

    /// <summary>Whether <paramref name="user"/> may attach the summary: the standing agency.</summary>
    public async Task<bool> MayAttachAsync(ClaimsPrincipal user) => (await authorization.AuthorizeAsync(user, Policies.Secretariat)).Succeeded;

    /// <summary>The meetings the summary may go to: proposed or scheduled, from now; one statement.</summary>
    public Task<IReadOnlyList<MeetingHeading>> MeetingsAsync(CancellationToken ct) => meetings.UpcomingAsync(clock.GetUtcNow(), ct);

    /// <summary>The summary's file name for a day.</summary>
    public static string FileName(DateOnly day) => $"Tong-hop-chi-so-{day:yyyy-MM-dd}.docx";

    /// <summary>Builds the summary and attaches it to <paramref name="meetingId"/>'s documents.</summary>
    public async Task<Outcome> AttachAsync(Guid meetingId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await MayAttachAsync(user))
        {
            return Outcome.Refused(StandingAgencyOnly);
        }

        if (await DocumentAsync(ct) is not { } document)
        {
            return Outcome.Broken(NoHeading);
        }

        return await meetings.AttachAsync(meetingId, FileName(VietnamTime.Today(clock)), OfficialDocumentWriter.ToBytes(document), user, ct);
    }

    /// <summary>The summary as a document, or null when the pack states no document heading.</summary>
    public async Task<OfficialDocument?> DocumentAsync(CancellationToken ct)
    {
        var definition = province.Required;
        if (!definition.Documents.IsStated)
        {
            return null;
        }

        var today = VietnamTime.Today(clock);
        var indices = await queries.OverviewAsync(ct);
        var rows = indices.Select((s, n) => (IReadOnlyList<string>)
        [
            $"{n + 1}",
            s.Index.ShortName is { } shortName ? $"{shortName} ({s.Index.Name})" : s.Index.Name,
            $"{commands.AgencyName(s.Index)} ({s.Index.Article.ToVietnamese()})",
            s.Latest is { } r ? $"{r.Year}" : "Chưa có kết quả",
            s.Latest is { } r2 ? TrendChart.Number(r2.Score) : "",
            s.Latest is { Rank: { } rank, RankedOf: var of } ? $"{rank}/{of}" : "",
            Target(s.Target),
            s.Met switch { true => "Đạt", false => "Chưa đạt", _ => "—" },
        ]).ToList();
        var body = new List<DocumentBlock>
        {
            new TextBlock($"Cơ quan thường trực tổng hợp kết quả gần nhất của các chỉ số xếp hạng của tỉnh so với chỉ tiêu năm tương ứng (số liệu đến ngày {VietnamTime.Format(today)}), phục vụ cuộc họp của Ban Chỉ đạo:"),
            new TableBlock(["STT", "Chỉ số", "Cơ quan theo dõi", "Năm", "Điểm", "Thứ hạng", "Chỉ tiêu", "Đạt chỉ tiêu"], rows),
        };
        if (rows.Count == 0)
        {
            body = [new TextBlock("Quy chế của tỉnh không giao cơ quan nào theo dõi chỉ số xếp hạng nào.")];
        }

        return new OfficialDocument(
            definition.Documents,
            null,
            "BC",
            today,
            "BÁO CÁO",
            "Kết quả các chỉ số xếp hạng của tỉnh so với chỉ tiêu",
            body,
            new Signature(null, "CƠ QUAN THƯỜNG TRỰC", null, null),
            ["Các thành viên Ban Chỉ đạo", "Lưu: VT"]);
    }

    private static string Target(Model.IndexTarget? target) => target switch
    {
        null => "Chưa đặt",
        { Score: { } score, Rank: { } rank } => $"Điểm từ {TrendChart.Number(score)}; hạng {rank} trở lên",
        { Score: { } score } => $"Điểm từ {TrendChart.Number(score)}",
        { Rank: { } rank } => $"Hạng {rank} trở lên",
        _ => "—",
    };
}
