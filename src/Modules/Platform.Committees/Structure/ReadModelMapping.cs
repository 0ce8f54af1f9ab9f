using Mapster;

namespace Platform.Committees.Structure;

/// <summary>
/// The one Mapster configuration the committee pages' read models are projected through (see ADR 0006). A read model
/// here is a shape of its entity — the same names, flattened through a navigation (<c>Agency.Name</c> →
/// <c>AgencyName</c>, <c>AppointedBy.Number</c> → <c>AppointedByNumber</c>) — so the projection is stated by the
/// names alone and translated by EF Core into a SELECT of the shown columns only.
/// </summary>
/// <remarks>
/// Every pair is registered explicitly and every member of a read model must have a source: a renamed entity
/// property or a read-model member nothing fills is a compile error of this configuration (a test compiles it),
/// not an empty column on a page.
/// </remarks>
internal static class ReadModelMapping
{
    public static TypeAdapterConfig Config { get; } = Create();

    /// <summary>A fresh configuration with every committee read model registered (tests extend a copy).</summary>
    internal static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig
        {
            RequireExplicitMapping = true,
            RequireDestinationMemberSource = true,
        };

        config.NewConfig<DecisionRecord, DecisionRecord>();
        config.NewConfig<Duty, DutyRow>();
        config.NewConfig<Committee, CommitteeRow>();
        config.NewConfig<Agency, AgencyRow>();
        config.NewConfig<Body, BodyRow>();
        config.NewConfig<Seat, SeatRow>();
        config.NewConfig<Appointment, HolderRow>();
        return config;
    }
}
