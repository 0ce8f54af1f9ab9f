using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Search;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Proposals.Persistence;
using Platform.Sdk.Structure;

namespace Platform.Proposals.Services;

/// <summary>
/// Proposals and obstacles in the province's search: subject, content and answer, as the register lets the signed-in
/// user read them (the standing agency and the leaders all; others what they filed or what was forwarded to their
/// agency — read from the claims and the pack, with no statement of its own). One statement.
/// </summary>
internal sealed class ProposalSearch(ProposalsDbContext db, CurrentProvince province, IHttpContextAccessor http, IAuthorizationService authorization)
    : ISearchSource, IModuleService
{
    public string Kind => "kien-nghi";

    public Message Label => new("Kiến nghị, vướng mắc", "Proposals and obstacles");

    /// <summary>A proposal's year is the year of its number; its agency the one that filed it or is asked; its portfolio the pack's.</summary>
    public SearchFilters Understands => SearchFilters.Year | SearchFilters.Agency | SearchFilters.Portfolio;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var definition = province.Required;
        var code = definition.Code.Value;
        if (await ViewerAsync(definition, http, authorization) is not { } viewer)
        {
            return [];
        }

        var proposals = db.Proposals.AsNoTracking()
            .Where(ProposalQueries.Visible(viewer))
            .Where(SearchMatch.On<Model.Proposal>(p => p.SearchText, query));
        if (query.Year is { } year)
        {
            proposals = proposals.Where(p => p.Year == year);
        }

        if (query.Agency is { } agency)
        {
            var agencySeats = definition.Seats.Where(s => s.AgencyKey == agency).Select(s => s.Key).ToList();
            proposals = proposals.Where(p => p.AddresseeAgencyKey == agency
                || (p.FilerKind == Model.FilerKind.Agency && p.FilerKey == agency)
                || (p.FilerKind == Model.FilerKind.Seat && agencySeats.Contains(p.FilerKey)));
        }

        if (query.Portfolio is { } portfolio)
        {
            proposals = proposals.Where(p => p.PortfolioKey == portfolio);
        }

        var rows = await proposals
            .Select(p => new { p.Id, p.Number, p.Year, p.Subject, p.Content, p.Answer, p.FiledOn, Score = EF.Functions.TrigramsWordSimilarity(query.Folded, p.SearchText) })
            .OrderByDescending(p => p.Score).ThenByDescending(p => p.FiledOn).ThenBy(p => p.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(p => new SearchHit(
            Kind, $"Kiến nghị số {p.Number}/{p.Year}: {p.Subject}", p.Answer ?? p.Content, $"/{code}/kien-nghi/{p.Id}", p.FiledOn, p.Score))];
    }

    /// <summary>Who searches, as the register lets them read (from the claims and the pack, no statement); null outside a request.</summary>
    internal static async Task<Viewer?> ViewerAsync(ProvinceDefinition definition, IHttpContextAccessor http, IAuthorizationService authorization)
    {
        if (http.HttpContext?.User is not { } user)
        {
            return null;
        }

        var code = definition.Code.Value;
        var seats = user.SeatsIn(code);
        var agencies = user.AgenciesIn(code);
        var seesAll = (await authorization.AuthorizeAsync(user, Policies.Secretariat)).Succeeded
            || (await authorization.AuthorizeAsync(user, Policies.Leader)).Succeeded
            || seats.Any(s => definition.FindSeat(s)?.Role is SeatRole.Head or SeatRole.StandingDeputy or SeatRole.Deputy);
        var bodies = definition.Bodies
            .Where(b => b.MemberSeatKeys.Any(seats.Contains) || (b.LeadAgencyKey is { } lead && agencies.Contains(lead)))
            .Select(b => b.Key).ToList();
        return new Viewer(seesAll, false, seats, agencies, bodies, null);
    }
}
