using Platform.Core.Localization;

namespace Platform.Proposals;

/// <summary>English wording of the proposals pages; Vietnamese is the key and the default.</summary>
internal sealed class ProposalsTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
        ["(không chọn)"] = "(none)",
        ["Bạn xem các kiến nghị mình đã gửi và các kiến nghị được chuyển đến cơ quan của mình."] = "You see the proposals you filed and those forwarded to your agency.",
        ["Chuyển"] = "Forward",
        ["Chuyển cơ quan có thẩm quyền"] = "Forward to the competent agency",
        ["Chưa có kiến nghị nào."] = "No proposals yet.",
        ["Ghi trả lời"] = "Record the answer",
        ["Gửi Cơ quan thường trực"] = "Send to the standing agency",
        ["Gửi kiến nghị, vướng mắc"] = "Raise a proposal or an obstacle",
        ["Gửi với tư cách"] = "Filed for",
        ["Hạn trả lời"] = "Answer due",
        ["Kiến nghị trình lãnh đạo do Thường trực Ban Chỉ đạo (Trưởng Ban hoặc Phó Trưởng Ban Thường trực) quyết định"] =
            "A proposal put to the leaders is decided by the committee's standing leaders (the head or the standing deputy head)",
        ["Kiến nghị trình lãnh đạo do Trưởng Ban quyết định"] = "A proposal put to the leaders is decided by the head",
        ["Kiến nghị với"] = "Addressed to",
        ["Kiến nghị với cơ quan"] = "Addressed to the agency",
        ["Kiến nghị, khó khăn, vướng mắc"] = "Proposals, difficulties and obstacles",
        ["Kiến nghị, vướng mắc chờ xử lý"] = "Proposals and obstacles waiting",
        ["Loại"] = "Kind",
        ["Lĩnh vực"] = "Portfolio",
        ["Lọc"] = "Filter",
        ["Lọc sổ kiến nghị"] = "Filter the register of proposals",
        ["Ngày gửi"] = "Filed on",
        ["Người gửi"] = "Filed by",
        ["Năm"] = "Year",
        ["Nội dung"] = "Content",
        ["Nội dung kiến nghị; khó khăn, vướng mắc và giải pháp đề xuất"] = "What is asked; or the difficulty, the obstacle and the solution proposed",
        ["Nội dung trả lời"] = "Answer",
        ["PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG; tối đa 20 MB mỗi tệp"] = "PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG; at most 20 MB per file",
        ["Quy chế của tỉnh không quy định về kiến nghị, khó khăn, vướng mắc; mặc định: Cơ quan thường trực tiếp nhận, Trưởng Ban quyết định."] =
            "The province's regulation states nothing on proposals and obstacles; by default the standing agency receives them and the head decides.",
        ["Quy chế không quy định thời hạn trả lời kiến nghị."] = "The regulation states no time to answer a proposal.",
        ["Quá trình xử lý"] = "History",
        ["Số"] = "No.",
        ["Số ngày"] = "Days",
        ["Sổ kiến nghị"] = "Register of proposals",
        ["Thành viên, tiểu ban, cơ quan gửi kiến nghị, khó khăn, vướng mắc qua Cơ quan thường trực"] =
            "Members, sub-committees and agencies raise proposals, difficulties and obstacles through the standing agency",
        ["Trang"] = "Pages",
        ["Trang sau"] = "Next page",
        ["Trang trước"] = "Previous page",
        ["Trình lãnh đạo xem xét, quyết định"] = "Put to the leaders for a decision",
        ["Trích yếu"] = "Subject",
        ["Trả lời"] = "Answer it",
        ["Tài liệu gửi kèm"] = "Documents",
        ["Tình trạng"] = "State",
        ["Tải sổ kiến nghị (CSV)"] = "Download the register (CSV)",
        ["Tất cả"] = "All",
        ["Xử lý của Cơ quan thường trực"] = "The standing agency's handling",
        ["cuộc họp tiếp theo"] = "the next meeting",
        ["hoặc kiến nghị với (ghi rõ)"] = "or addressed to (name it)",
        ["quá hạn"] = "overdue",
        ["Ý kiến quyết định của lãnh đạo"] = "The leaders' decision",
        ["Đưa vào chương trình cuộc họp tiếp theo"] = "Put on the next meeting's agenda",
        ["Thời hạn trả lời: {0} ngày làm việc kể từ ngày gửi"] = "Time to answer: {0} working days from filing",
        ["Trang {0}/{1}"] = "Page {0} of {1}",
        ["quá hạn trả lời ({0})"] = "answer overdue ({0})",
        ["{0} kiến nghị, vướng mắc"] = "{0} proposals and obstacles",
        ["{0} ngày"] = "{0} days",
        ["Đã gửi kiến nghị đến Cơ quan thường trực."] = "The proposal was sent to the standing agency.",
        ["Đã ghi nội dung trả lời."] = "The answer was recorded.",
        ["Đã chuyển cơ quan có thẩm quyền."] = "Forwarded to the competent agency.",
        ["Đã trình lãnh đạo Ban Chỉ đạo."] = "Put to the committee's leaders.",
        ["Đã đề xuất đưa vào chương trình họp."] = "Proposed for a meeting's agenda.",
    };
}
