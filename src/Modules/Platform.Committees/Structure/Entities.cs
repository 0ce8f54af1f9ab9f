using Platform.Core.Persistence;
using Platform.Sdk.Structure;

namespace Platform.Committees.Structure;

/// <summary>The committee of one province, as its pack states it.</summary>
internal sealed class Committee : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public required string FullName { get; set; }
    public required string ShortName { get; set; }
    public required DecisionRecord Founding { get; set; }
    public required DecisionRecord Regulation { get; set; }
    public DecisionRecord? Replaces { get; set; }
}

/// <summary>An agency of the province (keyed as the pack keys it).</summary>
internal sealed class Agency : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public AgencyKind Kind { get; set; }

    /// <summary>The pack's agency, or one the secretariat added by decision (Đắk Lắk Art. 8.1; Sơn La Art. 9.2c–d).</summary>
    public SeatOrigin Origin { get; set; }

    /// <summary>For an added agency: the decision that added it and the first day it counts.</summary>
    public DecisionRecord? AddedBy { get; set; }
    public DateOnly? ValidFrom { get; set; }

    /// <summary>For an added agency that was ended: the decision and the last day it counted.</summary>
    public DecisionRecord? EndedBy { get; set; }
    public DateOnly? ValidUntil { get; set; }

    /// <summary>PostgreSQL's xmin: the optimistic concurrency token.</summary>
    public uint Version { get; set; }

    public bool ExistsOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidUntil is null || day <= ValidUntil);
}

/// <summary>A body that helps the committee.</summary>
internal sealed class Body : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public required string Key { get; set; }
    public BodyKind Kind { get; set; }
    public required string Name { get; set; }
    public required string Article { get; set; }
    public Guid? LeadAgencyId { get; set; }
    public Agency? LeadAgency { get; set; }
    public bool IsGeneral { get; set; }
    public string? Portfolio { get; set; }
    public Guid? SealAgencyId { get; set; }
    public Agency? SealAgency { get; set; }
    public string? SealArticle { get; set; }
    public List<string> MemberSeatKeys { get; set; } = [];
    public List<Duty> Duties { get; set; } = [];
    public int Order { get; set; }
}

/// <summary>Where a seat comes from: the regulation (through the pack) or a later decision adding a member.</summary>
internal enum SeatOrigin
{
    Regulation = 0,
    Decision = 1,
}

/// <summary>An ex-officio seat and, through its appointments, who held it when.</summary>
internal sealed class Seat : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public required string Key { get; set; }
    public SeatRole Role { get; set; }
    public required string Office { get; set; }
    public required string Article { get; set; }
    public Guid? AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public List<string> Portfolios { get; set; } = [];
    public Guid? SealAgencyId { get; set; }
    public Agency? SealAgency { get; set; }
    public string? SealArticle { get; set; }
    public List<Duty> Duties { get; set; } = [];
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public int Order { get; set; }
    public SeatOrigin Origin { get; set; }

    /// <summary>For a seat added by decision (a member or one part of a split collective seat): that decision.</summary>
    public DecisionRecord? AddedBy { get; set; }

    /// <summary>
    /// For a seat ended by decision (an added seat, or a collective seat split into one seat per agency): the decision
    /// and the first day the seat no longer exists. The seat's history remains; the pack's own dates still apply.
    /// </summary>
    public DecisionRecord? EndedBy { get; set; }
    public DateOnly? EndedFrom { get; set; }

    /// <summary>For one part of a split collective seat: the collective seat's key, whose rules (duties, reports, invitations) it carries.</summary>
    public string? PartOf { get; set; }

    /// <summary>Bumped by every appointment change so that the seat row's xmin guards the whole aggregate.</summary>
    public int Revision { get; set; }

    /// <summary>PostgreSQL's xmin: the optimistic concurrency token.</summary>
    public uint Version { get; set; }

    public List<Appointment> Appointments { get; set; } = [];

    public bool ExistsOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidUntil is null || day <= ValidUntil);
}

/// <summary>A duty with the article that states it.</summary>
internal sealed class Duty
{
    public required string Text { get; set; }
    public required string Article { get; set; }

    /// <summary>Where the pack lists it (0, 1, 2…): the order of duties under one article.</summary>
    public int Position { get; set; }
}

/// <summary>A legal document as recorded: number, date, signer; title where known.</summary>
internal sealed class DecisionRecord
{
    public string? Number { get; set; }
    public DateOnly? Date { get; set; }
    public string? Signer { get; set; }
    public string? Title { get; set; }
}

/// <summary>A person who has held a seat.</summary>
internal sealed class Person : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public required string FullName { get; set; }

    /// <summary>True for the made-up people a pack ships as demo data.</summary>
    public bool IsDemo { get; set; }
}

/// <summary>A person holding a seat from a date, until a later decision ends or replaces them.</summary>
internal sealed class Appointment : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid SeatId { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }

    /// <summary>First day in the seat.</summary>
    public DateOnly From { get; set; }

    /// <summary>Last day in the seat; null while the person still holds it.</summary>
    public DateOnly? Until { get; set; }

    public required DecisionRecord AppointedBy { get; set; }
    public DecisionRecord? EndedBy { get; set; }

    /// <summary>Why the appointment ended: replaced or ended.</summary>
    public AppointmentEnd? EndKind { get; set; }

    public bool HeldOn(DateOnly day) => From <= day && (Until is null || day <= Until);
}

/// <summary>How an appointment ended.</summary>
internal enum AppointmentEnd
{
    Replaced = 0,
    Ended = 1,
}
