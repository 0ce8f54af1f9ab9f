using Platform.Sdk.Documents;

namespace Platform.Sdk.Building;

/// <summary>States what the province's official documents say (Sdk 1.4); see <see cref="DocumentRules"/>.</summary>
public sealed class DocumentRulesBuilder
{
    private string? _governingBody;
    private string? _issuingBody;
    private string? _symbol;
    private string? _place;

    /// <summary>The governing body's line of the heading, e.g. "UBND TỈNH SƠN LA" (written in capitals).</summary>
    public DocumentRulesBuilder GoverningBody(string line)
    {
        _governingBody = line;
        return this;
    }

    /// <summary>The committee as its documents name it, e.g. "BAN CHỈ ĐẠO 1287" (written in capitals).</summary>
    public DocumentRulesBuilder IssuingBody(string line)
    {
        _issuingBody = line;
        return this;
    }

    /// <summary>The committee's abbreviation in document numbers, e.g. "BCĐ": capital letters and digits only.</summary>
    public DocumentRulesBuilder Symbol(string symbol)
    {
        _symbol = symbol;
        return this;
    }

    /// <summary>The place name before the date, e.g. "Sơn La".</summary>
    public DocumentRulesBuilder Place(string place)
    {
        _place = place;
        return this;
    }

    internal DocumentRules Build() => new(_governingBody ?? string.Empty, _issuingBody ?? string.Empty, _symbol ?? string.Empty, _place ?? string.Empty);

    /// <summary>
    /// The rules a stated heading must meet: every part given, the symbol a plain abbreviation (Decree 30/2020/NĐ-CP,
    /// Appendix I, 1.3: the number's symbol is the document type's and the issuing body's abbreviations joined by a
    /// hyphen, so the committee's own part carries no hyphen, slash or space).
    /// </summary>
    internal static void Check(DocumentRules rules, Action<string, string> problem)
    {
        if (!rules.IsStated)
        {
            return;
        }

        const string where = "Văn bản (Nghị định 30/2020/NĐ-CP, Phụ lục I)";
        const string whereEn = "Documents (Decree 30/2020/NĐ-CP, Appendix I)";
        if (string.IsNullOrWhiteSpace(rules.GoverningBody) || string.IsNullOrWhiteSpace(rules.IssuingBody) || string.IsNullOrWhiteSpace(rules.Place))
        {
            problem($"{where}: cần đủ cơ quan chủ quản, tên Ban Chỉ đạo và địa danh.", $"{whereEn}: the governing body, the committee's name and the place are all needed.");
        }

        if (rules.GoverningBody != rules.GoverningBody.ToUpperInvariant() || rules.IssuingBody != rules.IssuingBody.ToUpperInvariant())
        {
            problem($"{where}: tên cơ quan chủ quản và tên Ban Chỉ đạo viết in hoa.", $"{whereEn}: the governing body and the committee are written in capitals.");
        }

        if (rules.Symbol.Length == 0 || !rules.Symbol.All(c => char.IsUpper(c) || char.IsDigit(c)))
        {
            problem($"{where}: ký hiệu Ban Chỉ đạo '{rules.Symbol}' chỉ gồm chữ in hoa và chữ số (không dấu gạch, gạch chéo hay khoảng trắng).", $"{whereEn}: the committee's symbol '{rules.Symbol}' has capital letters and digits only (no hyphen, slash or space).");
        }
    }
}
