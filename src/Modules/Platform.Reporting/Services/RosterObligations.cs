using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Reporting;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Reporting.Services;

/// <summary>
/// The reporting chain obliges the seats that exist in the period, as the secretariat keeps the roster: the pack's
/// chain names its own seats, and the committee (through its contracts) says which seats existed when.
/// <list type="bullet">
/// <item>a seat of the pack that did not exist on any day of the period (ended, or split before it began) owes nothing;</item>
/// <item>each part of a split collective seat owes what the collective seat owes, for the periods it existed in;</item>
/// <item>a member seat added by decision owes what the chain asks of every member (a stage whose submitters are all
/// the pack's member seats of the period).</item>
/// </list>
/// </summary>
internal static class RosterObligations
{
    public static IReadOnlyList<Obligation> For(ProvinceDefinition province, Period period, IWorkingCalendar calendar, IReadOnlyList<RosterSeat> roster)
    {
        var fromPack = DeadlineChain.For(province, period, calendar);
        if (roster.Count == 0)
        {
            return fromPack;
        }

        var existing = roster.Where(s => Overlaps(s, period)).ToList();
        var keys = existing.Select(s => s.SeatKey).ToHashSet(StringComparer.Ordinal);
        var parts = existing.Where(s => s.PartOf is not null).ToLookup(s => s.PartOf!, StringComparer.Ordinal);
        var added = existing.Where(s => s.AddedByDecision && s.PartOf is null && s.Role == SeatRole.Member).ToList();
        var members = province.Seats.Where(s => s.Role == SeatRole.Member && s.ExistsDuring(period)).Select(s => s.Key).ToList();

        var obligations = new List<Obligation>();
        foreach (var stage in fromPack.GroupBy(o => o.Stage.Key))
        {
            var first = stage.First();
            var owed = stage.Where(o => o.Submitter.Kind == SubmitterKind.Seat).Select(o => o.Submitter.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var o in stage)
            {
                if (o.Submitter.Kind != SubmitterKind.Seat || keys.Contains(o.Submitter.Key))
                {
                    obligations.Add(o);
                }

                if (o.Submitter.Kind == SubmitterKind.Seat)
                {
                    obligations.AddRange(parts[o.Submitter.Key].Select(p => o with { Submitter = new Submitter(SubmitterKind.Seat, p.SeatKey) }));
                }
            }

            if (members.Count > 0 && members.All(owed.Contains))
            {
                obligations.AddRange(added.Select(s => first with { Submitter = new Submitter(SubmitterKind.Seat, s.SeatKey) }));
            }
        }

        return [.. obligations.DistinctBy(o => (o.Stage.Key, o.Submitter.Kind, o.Submitter.Key))];
    }

    private static bool Overlaps(RosterSeat seat, Period period) =>
        (seat.ValidFrom is null || seat.ValidFrom <= period.End) && (seat.ValidUntil is null || period.Start <= seat.ValidUntil);

    private static bool ExistsDuring(this SeatDefinition seat, Period period) =>
        (seat.ValidFrom is null || seat.ValidFrom <= period.End) && (seat.ValidUntil is null || period.Start <= seat.ValidUntil);
}
