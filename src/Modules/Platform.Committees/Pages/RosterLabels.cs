using Platform.Sdk.Structure;

namespace Platform.Committees.Pages;

/// <summary>Vietnamese names (keys of the wording) of what the roster pages show.</summary>
internal static class RosterLabels
{
    public static string Kind(AgencyKind kind) => kind switch
    {
        AgencyKind.ProvincialPeoplesCommittee => "UBND tỉnh",
        AgencyKind.PpcOffice => "Văn phòng UBND tỉnh",
        AgencyKind.Department => "Sở, ban, ngành",
        AgencyKind.LocalGovernment => "UBND cấp huyện, xã, phường",
        _ => "Doanh nghiệp, tổ chức khác",
    };
}
