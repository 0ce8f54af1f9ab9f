using Microsoft.AspNetCore.Mvc;
using Platform.Commendations.Model;
using Platform.Commendations.Services;
using Platform.Core.Commands;
using Platform.Core.Pages;
using Platform.Core.Tenancy;

namespace Platform.Commendations.Pages.Commendations;

/// <summary>One proposal with its grounds and evidence; the head decides it, the standing agency may withdraw it until then.</summary>
internal sealed class ProposalModel(CommendationQueries queries, CommendationCommands commands, CurrentProvince province) : CommandPage
{
    public CommendationProposal Proposal { get; private set; } = null!;
    public bool IsHead { get; private set; }
    public bool IsSecretariat { get; private set; }
    public CurrentProvince Province => province;

    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Reference { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        !await commands.MayReadAsync(User) ? Forbid() : await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostDecideAsync(Guid id, Decision decision, uint version, CancellationToken ct) =>
        RunAsync(id, () => commands.DecideAsync(id, decision, Note, Reference, version, User, ct), decision switch
        {
            Decision.Forward => "Đã chuyển đề nghị tới cấp có thẩm quyền.",
            Decision.Decline => "Đã ghi nhận không chấp thuận đề nghị.",
            _ => "Đã ghi nhận quyết định của Trưởng Ban.",
        }, ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, uint version, CancellationToken ct) =>
        RunAsync(id, () => commands.WithdrawAsync(id, Note, version, User, ct), "Đã rút đề nghị.", ct);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<Outcome>> command, string done, CancellationToken ct)
    {
        var outcome = await command();
        if (outcome.Succeeded)
        {
            return After(done, $"khen-thuong/{id}");
        }

        return Refusal(outcome) ?? (await commands.MayReadAsync(User) && await LoadAsync(id, ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await queries.FindAsync(id, ct) is not { } proposal)
        {
            return false;
        }

        Proposal = proposal;
        IsHead = await commands.HeadSeatAsync(User, ct) is not null;
        IsSecretariat = await commands.IsSecretariatAsync(User);
        return true;
    }
}
