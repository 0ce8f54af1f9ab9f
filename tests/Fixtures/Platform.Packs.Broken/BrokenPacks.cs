using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Packs.Broken;

/// <summary>A well-formed pack for a made-up province, the base the broken ones start from.</summary>
public class FixturePack : IProvincePack
{
    public virtual void Describe(ProvincePackBuilder pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        pack.Province("tinh-thu", "Tỉnh Thử")
            .Committee("Ban Chỉ đạo thử", "BCĐ thử", new DecisionRef("1/QĐ", new DateOnly(2025, 1, 2), "Thành lập"), new DecisionRef("2/QĐ", new DateOnly(2025, 1, 3), "Quy chế"))
            .Agency("ubnd", "UBND tỉnh", AgencyKind.ProvincialPeoplesCommittee);
        pack.Body("ctt", BodyKind.StandingAgency, "Cơ quan thường trực", "8").LedBy("ubnd").General();
        pack.Seat("truong-ban", SeatRole.Head, "Chủ tịch UBND tỉnh", "4");
        pack.Seat("pho-thuong-truc", SeatRole.StandingDeputy, "Phó Chủ tịch UBND tỉnh", "5");
    }
}

/// <summary>Throws while being created.</summary>
public sealed class ThrowingConstructorPack : FixturePack
{
    public ThrowingConstructorPack() => throw new InvalidOperationException("cấu hình hỏng");
}

/// <summary>Throws while describing its province.</summary>
public sealed class ThrowingDescribePack : FixturePack
{
    public override void Describe(ProvincePackBuilder pack) => throw new NotSupportedException("thiếu dữ liệu");
}

/// <summary>States two heads: the Sdk's rules refuse it.</summary>
public sealed class TwoHeadsPack : FixturePack
{
    public override void Describe(ProvincePackBuilder pack)
    {
        base.Describe(pack);
        pack.Seat("truong-ban-2", SeatRole.Head, "Chủ tịch thứ hai", "4");
    }
}

/// <summary>Not a pack at all.</summary>
public sealed class NotAPack;
