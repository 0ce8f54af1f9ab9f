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

/// <summary>
/// States a reporting chain that cannot hold: the compiling stage (Art. 12.2) is due on the 20th, before the members'
/// reports it compiles (Art. 12.1, before the 25th); and a stage (Art. 12.3) computes a day before its period starts.
/// The host refuses it at load rather than move either day.
/// </summary>
public sealed class ImpossibleChainPack : FixturePack
{
    public override void Describe(ProvincePackBuilder pack)
    {
        base.Describe(pack);
        var reporting = pack.Reporting();
        reporting.Stage("thanh-vien", "Báo cáo của thành viên", "12.1")
            .For(PeriodKind.Quarter)
            .FromBodies("ctt")
            .To("ctt")
            .Before(25);
        reporting.Stage("tong-hop", "Báo cáo tổng hợp", "12.2")
            .For(PeriodKind.Quarter)
            .FromBodies("ctt")
            .ToCommittee()
            .NoLaterThan(20)
            .Compiling("thanh-vien");
        reporting.Stage("du-kien", "Báo cáo dự kiến", "12.3")
            .For(PeriodKind.Quarter)
            .FromBodies("ctt")
            .ToCommittee()
            .DeadlineComputedBy((stage, start, end, computed, calendar) => start.AddDays(-3));
    }
}
