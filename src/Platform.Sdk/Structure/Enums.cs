namespace Platform.Sdk.Structure;

/// <summary>The role a seat gives its holder on the committee.</summary>
public enum SeatRole
{
    /// <summary>Trưởng Ban — always the PPC chairman.</summary>
    Head = 0,

    /// <summary>Phó Trưởng Ban Thường trực.</summary>
    StandingDeputy = 1,

    /// <summary>Phó Trưởng Ban.</summary>
    Deputy = 2,

    /// <summary>Thành viên.</summary>
    Member = 3,
}

/// <summary>The kinds of body that help a committee.</summary>
public enum BodyKind
{
    /// <summary>Tiểu Ban: a sub-committee led by an agency.</summary>
    Subcommittee = 0,

    /// <summary>Cơ quan thường trực: the secretariat; when there are several, one is the general one.</summary>
    StandingAgency = 1,

    /// <summary>Tổ giúp việc: a support team set up by the head.</summary>
    SupportTeam = 2,

    /// <summary>Thường trực Ban Chỉ đạo: the standing leadership that decides between meetings.</summary>
    StandingLeadership = 3,

    /// <summary>
    /// Tổ công tác (Sdk 1.2): a working group led by an agency, headed by a leader seat (tổ trưởng) with member seats,
    /// serving one portfolio — as the Government committee's regulation (96/QĐ-BCĐCP) organises its work.
    /// </summary>
    WorkingGroup = 4,
}

/// <summary>What kind of organisation an agency is; used for grouping and display only.</summary>
public enum AgencyKind
{
    /// <summary>Ủy ban nhân dân tỉnh.</summary>
    ProvincialPeoplesCommittee = 0,

    /// <summary>Văn phòng UBND tỉnh.</summary>
    PpcOffice = 1,

    /// <summary>A provincial department (sở) or branch (ngành), the police included.</summary>
    Department = 2,

    /// <summary>A district- or commune-level people's committee.</summary>
    LocalGovernment = 3,

    /// <summary>Anything else: mass organisations, enterprises, units.</summary>
    Other = 4,
}
