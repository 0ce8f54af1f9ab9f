using Platform.Core.Commands;
using Platform.Core.Persistence;

namespace Platform.Meetings.Model;

/// <summary>
/// A number of the province's document register (sổ đăng ký văn bản): numbers run per year and per document type from
/// 1 (Decree 30/2020/NĐ-CP, Art. 15 and Appendix I, 1.3). Once reserved a number is never given again, and a cancelled
/// one stays cancelled: the series keeps its gap.
/// </summary>
internal sealed class DocumentNumber : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public int Year { get; set; }

    /// <summary>The document type's abbreviation: "TB", "GM", "BB", "BC".</summary>
    public required string TypeCode { get; set; }
    public int Number { get; set; }

    /// <summary>What the number is for (the summary line).</summary>
    public required string Summary { get; set; }
    public required string ReservedBy { get; set; }
    public DateTimeOffset ReservedAt { get; set; }
    public string? CancelledBy { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public uint Version { get; set; }

    public bool IsCancelled => CancelledAt is not null;

    /// <summary>Cancels the number; a cancelled number is not cancelled again (nor ever reused).</summary>
    public Outcome? Cancel(string by, DateTimeOffset at)
    {
        if (IsCancelled)
        {
            return Outcome.Broken(new("Số này đã bị hủy.", "This number was already cancelled."));
        }

        (CancelledBy, CancelledAt) = (by, at);
        return null;
    }
}
