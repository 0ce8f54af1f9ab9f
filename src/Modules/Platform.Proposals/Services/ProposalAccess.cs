using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Proposals.Model;
using Platform.Sdk.Oversight;
using Platform.Sdk.Structure;

namespace Platform.Proposals.Services;

/// <summary>One way the signed-in user may file: for a seat they hold, a body they sit on or lead, or an agency they are a focal point of.</summary>
internal sealed record FilerOption(FilerKind Kind, string Key, string Name)
{
    public string Value => $"{Prefix(Kind)}{Key}";

    public static string Prefix(FilerKind kind) => kind switch
    {
        FilerKind.Seat => "ghe:",
        FilerKind.Body => "nhom:",
        _ => "co-quan:",
    };
}

/// <summary>
/// Who the signed-in user is to the register: the standing agency and the leaders read all of it; others read what
/// they filed (for their seats, their bodies, their agencies) and what was forwarded to their agencies.
/// </summary>
internal sealed record Viewer(bool SeesAll, bool IsSecretariat, IReadOnlyList<string> Seats, IReadOnlyList<string> Agencies, IReadOnlyList<string> Bodies, string? DeciderSeat)
{
    public bool Sees(Proposal p) => SeesAll || Files(p) || (p.ForwardedTo is { } a && Agencies.Contains(a));

    public bool Files(Proposal p) => p.FilerKind switch
    {
        FilerKind.Seat => Seats.Contains(p.FilerKey),
        FilerKind.Agency => Agencies.Contains(p.FilerKey),
        _ => Bodies.Contains(p.FilerKey),
    };
}

/// <summary>Works out who may file, read and decide, by the pack's rules and the committee as it stands today.</summary>
internal sealed class ProposalAccess(CurrentProvince province, ICommitteeDirectory committee, IAuthorizationService authorization, TimeProvider clock) : IModuleService
{
    private ProvinceDefinition Province => province.Required;

    public OversightRules Rules => Province.Oversight;

    public async Task<bool> IsSecretariatAsync(ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, Policies.Secretariat)).Succeeded;

    /// <summary>Who may decide a proposal put to the leaders: the head, or (Sơn La, Art. 10.2) the head or the standing deputy.</summary>
    public bool Decides(SeatRole role) =>
        role == SeatRole.Head || (Rules.Decider == ProposalDecider.HeadOrStandingDeputy && role == SeatRole.StandingDeputy);

    /// <summary>A message citing the pack's article, or plain when the pack states none.</summary>
    public Message Cite(Sdk.ArticleRef? article, string vi, string en) =>
        article is null ? new(vi, en) : Message.Citing(Province.Name, article, vi, en);

    public Message DeciderOnly() => Rules.Decider == ProposalDecider.HeadOrStandingDeputy
        ? Cite(Rules.DeciderArticle, "Chỉ Trưởng Ban hoặc Phó Trưởng Ban Thường trực (Thường trực Ban Chỉ đạo) quyết định kiến nghị trình lãnh đạo.",
            "Only the head or the standing deputy head (the committee's standing leaders) decides a proposal put to the leaders.")
        : Cite(Rules.DeciderArticle, "Chỉ Trưởng Ban quyết định kiến nghị Cơ quan thường trực trình lãnh đạo.",
            "Only the head decides a proposal the standing agency puts to the leaders.");

    /// <summary>The viewer, in one statement (the seats held today).</summary>
    public async Task<Viewer> ViewerAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var code = Province.Code.Value;
        var seats = user.SeatsIn(code);
        var agencies = user.AgenciesIn(code);
        var secretariat = await IsSecretariatAsync(user);
        var leader = (await authorization.AuthorizeAsync(user, Policies.Leader)).Succeeded;
        IReadOnlyList<SeatHolder> held = [];
        IReadOnlyList<string> bodies = [];
        if (seats.Count > 0 || agencies.Count > 0)
        {
            held = seats.Count == 0 ? [] : [.. (await committee.SeatsOnAsync(VietnamTime.Today(clock), ct)).Where(s => seats.Contains(s.SeatKey))];
            bodies = [.. (await BodiesOfAsync(seats, agencies, ct)).Select(b => b.Key)];
        }

        leader |= held.Any(s => s.Role is SeatRole.Head or SeatRole.StandingDeputy or SeatRole.Deputy);
        var decider = held.FirstOrDefault(s => Decides(s.Role))?.SeatKey;
        return new Viewer(secretariat || leader, secretariat, seats, agencies, bodies, decider);
    }

    /// <summary>The ways <paramref name="user"/> may file today: their seats, their bodies, their agencies.</summary>
    public async Task<IReadOnlyList<FilerOption>> FilerOptionsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var code = Province.Code.Value;
        var seats = user.SeatsIn(code);
        var agencies = user.AgenciesIn(code);
        if (seats.Count == 0 && agencies.Count == 0)
        {
            return [];
        }

        var options = new List<FilerOption>();
        if (seats.Count > 0)
        {
            options.AddRange((await committee.SeatsOnAsync(VietnamTime.Today(clock), ct)).Where(s => seats.Contains(s.SeatKey))
                .Select(s => new FilerOption(FilerKind.Seat, s.SeatKey, s.HolderName is null ? s.Office : $"{s.Office} — {s.HolderName}")));
        }

        options.AddRange((await BodiesOfAsync(seats, agencies, ct)).Select(b => new FilerOption(FilerKind.Body, b.Key, b.Name)));
        options.AddRange(agencies.Select(a => Province.FindAgency(a)).OfType<AgencyDefinition>().Select(a => new FilerOption(FilerKind.Agency, a.Key, a.Name)));
        return options;
    }

    /// <summary>
    /// The bodies that raise obstacles (sub-committees, working groups, support teams: Đắk Lắk, Art. 7.1c–7.3c) a holder
    /// of one of <paramref name="seats"/> sits on, or whose lead agency is one of <paramref name="agencies"/>; one statement.
    /// </summary>
    private async Task<IReadOnlyList<BodyEntry>> BodiesOfAsync(IReadOnlyList<string> seats, IReadOnlyList<string> agencies, CancellationToken ct) =>
        [.. (await committee.BodiesAsync(ct))
            .Where(b => b.Kind is BodyKind.Subcommittee or BodyKind.WorkingGroup or BodyKind.SupportTeam)
            .Where(b => b.MemberSeatKeys.Any(seats.Contains)
                || (Province.Bodies.FirstOrDefault(d => d.Key == b.Key)?.LeadAgencyKey is { } lead && agencies.Contains(lead)))];
}
