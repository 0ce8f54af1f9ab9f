namespace Platform.Sdk.Documents;

/// <summary>
/// What a province's official documents say that the core cannot know (Sdk 1.4): the lines of the issuing body in the
/// heading, the committee's symbol in document numbers and the place name before the date. The layout itself follows
/// Decree 30/2020/NĐ-CP (Appendix I) and is the core's. Seals are stated per seat and per body
/// (<c>UsesSealOf</c>).
/// </summary>
/// <param name="GoverningBody">The governing body's line above the committee, e.g. "UBND TỈNH SƠN LA".</param>
/// <param name="IssuingBody">The committee as its documents name it, e.g. "BAN CHỈ ĐẠO 1287".</param>
/// <param name="Symbol">The committee's abbreviation after the document type, e.g. "BCĐ" in "03/QĐ-BCĐ".</param>
/// <param name="Place">The place name before the date, e.g. "Sơn La" in "Sơn La, ngày 05 tháng 12 năm 2026".</param>
public sealed record DocumentRules(string GoverningBody, string IssuingBody, string Symbol, string Place)
{
    /// <summary>The pack stated nothing: the province cannot issue official documents.</summary>
    public static DocumentRules Unstated { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty);

    /// <summary>Whether the pack stated its documents' heading.</summary>
    public bool IsStated => this != Unstated;
}
