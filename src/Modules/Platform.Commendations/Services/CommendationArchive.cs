using Microsoft.EntityFrameworkCore;
using Platform.Core.Archive;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Tenancy;
using Platform.Commendations.Model;
using Platform.Commendations.Persistence;

namespace Platform.Commendations.Services;

/// <summary>
/// The head's decisions on commendation and criticism proposals in the archive register — decided at the committee's
/// level, or forwarded to the competent level with the forwarding document's reference — by the day decided (Đắk Lắk,
/// Art. 4.5 and 8.4; Sơn La, Art. 4.4 and 11.3). Only the standing agency and the leaders read commendations
/// (<see cref="CommendationCommands.MayReadAsync"/>), the same people the register is shown to. One statement per call.
/// </summary>
internal sealed class CommendationArchive(CommendationsDbContext db, CurrentProvince province) : IArchiveSource, IModuleService
{
    public string Kind => "khen-thuong";

    public Message Label => new("Quyết định khen thưởng, phê bình", "Commendation and criticism decisions");

    private IQueryable<CommendationProposal> Decided => db.Proposals.AsNoTracking()
        .Where(p => (p.State == ProposalState.Decided || p.State == ProposalState.Forwarded) && p.DecidedAt != null);

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        await Decided.Select(p => p.DecidedAt!.Value.AddHours(7).Year).Distinct().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ArchiveRecord>> ListAsync(int year, CancellationToken cancellationToken)
    {
        var code = province.Required.Code.Value;
        var span = new ArchiveYear(year);
        var rows = await Decided
            .Where(p => p.DecidedAt >= span.Start && p.DecidedAt < span.End)
            .OrderBy(p => p.DecidedAt).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(p => new ArchiveRecord(
            Kind, p.ForwardReference ?? p.Reference, VietnamTime.DayOf(p.DecidedAt!.Value),
            (p.State == ProposalState.Forwarded ? "Chuyển cấp có thẩm quyền: " : "Quyết định: ") + p.NomineeLine, p.DecidedBy,
            $"/{code}/khen-thuong/{p.Id}", []))];
    }

    public IAsyncEnumerable<ArchiveContent> ReadAsync(int year, CancellationToken cancellationToken) => AsyncEnumerable.Empty<ArchiveContent>();
}
