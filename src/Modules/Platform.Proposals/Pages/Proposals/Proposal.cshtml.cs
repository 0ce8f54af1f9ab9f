using Microsoft.AspNetCore.Mvc;
using Platform.Committees.Contracts;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Pages;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Proposals.Model;
using Platform.Proposals.Services;

namespace Platform.Proposals.Pages.Proposals;

/// <summary>
/// One proposal: what was asked, its files and history; the standing agency answers, forwards, puts it to the leaders
/// or on a meeting's agenda; the competent agency's focal points answer what was forwarded; the decider decides what
/// was put to the leaders. Only those who may read it see it (404 otherwise).
/// </summary>
internal sealed class ProposalModel(ProposalQueries queries, ProposalCommands commands, ProposalAccess access, ICommitteeDirectory committee, CurrentProvince province, TimeProvider clock) : CommandPage
{
    public ProposalView View { get; private set; } = null!;
    public Viewer Viewer { get; private set; } = null!;
    public IReadOnlyList<AgencyEntry> Agencies { get; private set; } = [];
    public CurrentProvince Province => province;
    public DateOnly Today => VietnamTime.Today(clock);

    [BindProperty] public string? Answer { get; set; }
    [BindProperty] public string? AgencyKey { get; set; }

    public Proposal Proposal => View.Proposal;

    /// <summary>Whether the page offers the answer form (the command still decides).</summary>
    public bool MayAnswer => Proposal.State switch
    {
        ProposalState.Answered => false,
        ProposalState.Forwarded => Proposal.ForwardedTo is { } a && User.AgenciesIn(ProvinceCode).Contains(a),
        ProposalState.WithLeaders => Viewer.DeciderSeat is not null,
        _ => Viewer.IsSecretariat,
    };

    public bool MayRoute => Viewer.IsSecretariat && Proposal.State != ProposalState.Answered;

    public string AgencyName(string? key) => key is null ? "" : Agencies.FirstOrDefault(a => a.Key == key) is { } a ? a.Name : province.Required.FindAgency(key)?.Name ?? key;

    public string PortfolioName(string? key) => key is null ? "" : province.Required.Portfolios.FirstOrDefault(p => p.Key == key)?.Name ?? key;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAnswerAsync(Guid id, uint version, CancellationToken ct) =>
        RunAsync(id, () => commands.AnswerAsync(id, Answer, version, User, ct), "Đã ghi nội dung trả lời.", ct);

    public Task<IActionResult> OnPostForwardAsync(Guid id, uint version, CancellationToken ct) =>
        RunAsync(id, () => commands.ForwardAsync(id, AgencyKey, version, User, ct), "Đã chuyển cơ quan có thẩm quyền.", ct);

    public Task<IActionResult> OnPostLeadersAsync(Guid id, uint version, CancellationToken ct) =>
        RunAsync(id, () => commands.PutToLeadersAsync(id, version, User, ct), "Đã trình lãnh đạo Ban Chỉ đạo.", ct);

    public Task<IActionResult> OnPostAgendaAsync(Guid id, uint version, Guid? meetingId, CancellationToken ct) =>
        RunAsync(id, () => commands.PutOnAgendaAsync(id, meetingId, version, User, ct), "Đã đề xuất đưa vào chương trình họp.", ct);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<Outcome>> command, string done, CancellationToken ct)
    {
        var outcome = await command();
        if (outcome.Succeeded)
        {
            return After(done, $"kien-nghi/{id}");
        }

        var refused = Refusal(outcome);
        return refused ?? (await LoadAsync(id, ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Viewer = await access.ViewerAsync(User, ct);
        if (await queries.ViewAsync(id, Viewer, ct) is not { } view)
        {
            return false;
        }

        View = view;
        if (Viewer.IsSecretariat)
        {
            Agencies = await committee.AgenciesAsync(ct);
        }

        return true;
    }
}
