using Platform.Core.Localization;

namespace Platform.Indices;

/// <summary>English wording of the units' ranking (Sơn La, Art. 8.2) and of the national comparison of provinces.</summary>
internal sealed class IndicesRankingTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
        ["Xếp hạng {0} các cơ quan, địa phương năm {1}"] = "{0} ranking of the province's agencies and localities in {1}",
        ["Xếp hạng các cơ quan, địa phương"] = "Ranking of the province's agencies and localities",
        ["Cơ quan tổ chức đo lường"] = "Agency organising the measurement",
        ["Các năm đã có bảng xếp hạng"] = "Years with a ranking",
        ["chưa có"] = "none yet",
        ["Mở năm"] = "Open the year",
        ["Mở"] = "Open",
        ["Chưa có bảng xếp hạng năm {0}."] = "No ranking for {0} yet.",
        ["Các cơ quan"] = "Agencies",
        ["Các địa phương"] = "Localities",
        ["Các đơn vị"] = "Units",
        ["Hạng"] = "Rank",
        ["Đơn vị"] = "Unit",
        ["Ghi bởi {0} lúc {1}."] = "Entered by {0} at {1}.",
        ["Nhập bảng xếp hạng năm {0}"] = "Enter the {0} ranking",
        ["Sửa bảng xếp hạng năm {0}"] = "Correct the {0} ranking",
        ["Các đơn vị, mỗi dòng một đơn vị: tên, điểm và (nếu có) loại — cơ quan hoặc địa phương — cách nhau bằng dấu tab (dán từ bảng tính) hoặc dấu chấm phẩy"] =
            "The units, one a line: name, score and (if any) kind — cơ quan (agency) or địa phương (locality) — separated by a tab (pasted from a sheet) or a semicolon",
        ["Ví dụ: Sở Y tế; 0,72; cơ quan. Thứ hạng được tính theo điểm, riêng cho cơ quan và cho địa phương; điểm bằng nhau cùng hạng."] =
            "For example: Sở Y tế; 0,72; cơ quan. Ranks follow the scores, agencies and localities apart; equal scores share a rank.",
        ["Lưu bảng xếp hạng"] = "Save the ranking",
        ["Đã lưu bảng xếp hạng các đơn vị."] = "The units' ranking is saved.",
        ["So sánh chỉ số giữa các tỉnh"] = "Provinces compared on an index",
        ["Chỉ đọc. Chỉ hiện các tỉnh tài khoản của bạn được xem; mỗi tỉnh được đọc trong phạm vi dữ liệu của chính tỉnh đó."] =
            "Read only. Only the provinces your account may read are shown; each is read within that province's own data.",
        ["Quy chế của các tỉnh bạn được xem không giao theo dõi chỉ số nào; không có gì để so sánh."] =
            "The regulations of the provinces you may read name no index to follow; there is nothing to compare.",
        ["{0} năm {1}"] = "{0} in {1}",
        ["Quy chế không giao theo dõi chỉ số này"] = "Regulations naming no such index",
    };
}
