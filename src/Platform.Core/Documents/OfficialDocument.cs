using Platform.Sdk.Structure;
using Platform.Sdk.Documents;

namespace Platform.Core.Documents;

/// <summary>
/// An administrative document (văn bản hành chính) in the format of Decree 30/2020/NĐ-CP, Appendix I, as the
/// modules describe it; <see cref="OfficialDocumentWriter"/> lays it out. The province's parts (governing body,
/// committee, symbol, place) come from the pack's <see cref="DocumentRules"/>; the core names no province.
/// </summary>
/// <param name="Heading">The pack's heading.</param>
/// <param name="Number">The number in the year's series, e.g. "12", or null for a draft (printed "Số:      /TB-BCĐ").</param>
/// <param name="TypeCode">The document type's abbreviation, e.g. "TB" (thông báo), "GM" (giấy mời), "BB" (biên bản), "BC" (báo cáo).</param>
/// <param name="Date">The signing date, or null for a draft.</param>
/// <param name="Title">The document type as printed, e.g. "THÔNG BÁO".</param>
/// <param name="Summary">The summary line (trích yếu).</param>
/// <param name="Body">The content, block by block.</param>
/// <param name="Signature">Who signs and in what form.</param>
/// <param name="Recipients">The recipients list (Nơi nhận), in the order given; "Lưu: VT" closes it.</param>
public sealed record OfficialDocument(
    DocumentRules Heading,
    string? Number,
    string TypeCode,
    DateOnly? Date,
    string Title,
    string Summary,
    IReadOnlyList<DocumentBlock> Body,
    Signature Signature,
    IReadOnlyList<string> Recipients)
{
    /// <summary>
    /// A second signer on the left, as minutes are signed (Decree 30, Appendix III, form 1.x of biên bản: "THƯ KÝ" left,
    /// the chair right); the recipients then follow under both signatures. Null for a single signer.
    /// </summary>
    public Signature? CoSignature { get; init; }

    /// <summary>"Số: 12/TB-BCĐ", or "Số:      /TB-BCĐ" before a number is reserved (Decree 30, Appendix I, 1.3).</summary>
    public string NumberLine => $"Số: {Number ?? "      "}/{TypeCode}-{Heading.Symbol}";

    /// <summary>
    /// "Sơn La, ngày 05 tháng 12 năm 2026": days below 10 and months below 3 take a leading zero (Decree 30,
    /// Appendix I, 1.4); a draft leaves the day and month blank.
    /// </summary>
    public string PlaceAndDate => Date is { } d
        ? $"{Heading.Place}, ngày {d.Day:00} tháng {(d.Month < 3 ? d.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : d.Month.ToString(System.Globalization.CultureInfo.InvariantCulture))} năm {d.Year}"
        : $"{Heading.Place}, ngày      tháng      năm      ";
}

/// <summary>A block of a document's content.</summary>
public abstract record DocumentBlock;

/// <summary>A paragraph, justified with its first line indented; <paramref name="Bold"/> for a heading within the body.</summary>
public sealed record TextBlock(string Text, bool Bold = false) : DocumentBlock;

/// <summary>A table with a bold header row (an agenda, an attendance register).</summary>
public sealed record TableBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;

/// <summary>
/// The signature block (Decree 30, Appendix I, 1.8): the signing form ("TM. BAN CHỈ ĐẠO", "KT. TRƯỞNG BAN") when the
/// signer signs for the body or for the head, the signer's title, the name, and whose seal the regulation gives them.
/// </summary>
/// <param name="Form">"TM. BAN CHỈ ĐẠO", "KT. TRƯỞNG BAN", or null when the head signs in their own right.</param>
/// <param name="SignerTitle">"TRƯỞNG BAN", "PHÓ TRƯỞNG BAN".</param>
/// <param name="SignerName">The name, or null when not yet known.</param>
/// <param name="Seal">The seal, e.g. "Ủy ban nhân dân tỉnh Sơn La (Quy chế, Điều 2.3)", or null.</param>
public sealed record Signature(string? Form, string SignerTitle, string? SignerName, string? Seal)
{
    /// <summary>
    /// The form for a seat of the committee: the head signs for the committee ("TM. BAN CHỈ ĐẠO / TRƯỞNG BAN"); a
    /// deputy signs for the head ("KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN"); anyone else signs under their own title.
    /// </summary>
    public static Signature ForSeat(SeatRole role, string? name, string? seal, string otherTitle = "THÀNH VIÊN") => role switch
    {
        SeatRole.Head => new("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", name, seal),
        SeatRole.StandingDeputy or SeatRole.Deputy => new("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", name, seal),
        _ => new(null, otherTitle, name, seal),
    };
}
