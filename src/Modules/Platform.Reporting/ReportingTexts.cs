using Platform.Core.Localization;

namespace Platform.Reporting;

/// <summary>English wording of the reporting pages; Vietnamese is the key and the default.</summary>
/// <remarks>
/// The module's pages and services read this dictionary only (then the host's shared one): a key another module also
/// translates needs its entry here too.
/// The section names match <c>Sections.English</c>.
/// </remarks>
internal sealed class ReportingTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
        ["Báo cáo định kỳ"] = "Periodic reports",
        ["Gửi báo cáo này? Bản đã gửi không sửa được; muốn sửa phải gửi bản thay thế."] = "Submit this report? A submitted version cannot be changed; to correct it, submit a replacement.",

        // Indicators' figures (Sdk 1.6)
        ["Số liệu chỉ tiêu"] = "Indicator figures",
        ["Chỉ tiêu"] = "Indicator",
        ["Số liệu"] = "Figure",
        ["Số liệu của kỳ báo cáo tính đến ngày gửi; chưa có số liệu thì để trống và bổ sung bằng bản thay thế."] = "The period's figures as of the day the report is sent; leave a figure blank when it is not known yet and give it in a replacement version.",
        ["Chưa báo cáo số liệu"] = "No figure given",

        // Shared with other modules
        ["Việc cần làm"] = "Tasks",
        ["Xem"] = "Show",
        ["Thời hạn"] = "Deadline",
        ["Gửi báo cáo"] = "Send report",

        // Status board
        ["Mức độ đúng hạn"] = "Punctuality",
        ["Gói quy chế của tỉnh chưa khai báo chế độ báo cáo định kỳ."] = "The province's regulation pack states no periodic reporting rules.",
        ["Kỳ báo cáo"] = "Reporting period",
        ["hạn cuối"] = "deadline",
        ["gửi"] = "send to",
        ["Hạn rơi vào ngày nghỉ"] = "Deadline on a non-working day",
        ["Đơn vị phải báo cáo"] = "Reporting unit",
        ["bản"] = "version",
        ["đang soạn"] = "being drafted",
        ["Đúng hạn {0}; muộn {1}; quá hạn chưa gửi {2}; chưa đến hạn {3}."] = "On time {0}; late {1}; missing {2}; not yet due {3}.",

        // Calendar
        ["Lịch hạn báo cáo"] = "Reporting deadlines",
        ["Các hạn trong ba tháng tới, theo đơn vị phải báo cáo."] = "Deadlines in the next three months, by reporting unit.",
        ["Không có hạn báo cáo nào trong ba tháng tới."] = "No reporting deadlines in the next three months.",
        ["còn {0} ngày"] = "{0} days left",

        // Punctuality
        ["Mức độ đúng hạn của các đơn vị"] = "Punctuality by unit",
        ["Các kỳ báo cáo trong một năm qua; hạn chưa đến không được tính."] = "Reporting periods over the past year; deadlines not yet reached are not counted.",
        ["Đúng hạn"] = "On time",
        ["Muộn"] = "Late",
        ["Quá hạn chưa gửi"] = "Missing",

        // Writing a report
        ["theo câu chữ"] = "as written",
        ["Gửi đồng thời đến"] = "Send at the same time to",
        ["Các báo cáo được tổng hợp"] = "Reports compiled",
        ["Đã nhận {0}/{1} báo cáo."] = "{0} of {1} reports received.",
        ["Chưa gửi"] = "Not yet sent",
        ["Có báo cáo mới hoặc đã sửa kể từ khi bắt đầu dự thảo:"] = "New or corrected reports since the draft began:",
        ["Đưa vào bản tổng hợp"] = "Include in the compiled report",
        ["Soạn báo cáo"] = "Write the report",
        ["Soạn bản thay thế"] = "Write a replacement version",
        ["Bản nháp lưu lúc"] = "Draft saved at",
        ["Chưa tự động lưu được; hãy bấm Lưu nháp."] = "Not saved automatically; press Save draft.",
        ["Báo cáo tóm tắt"] = "Summary",
        ["Dài khoảng {0:P0} báo cáo toàn văn, gồm kết quả, tồn tại hạn chế, nguyên nhân, nhiệm vụ giải pháp; đề xuất nội dung kết luận, chỉ đạo của Trưởng Ban."] =
            "About {0:P0} of the full report, covering results, shortcomings and limitations, causes, tasks and solutions; proposes the content of the head's conclusions and directions.",
        ["Độ dài: toàn văn {0} từ, tóm tắt {1} từ, tỷ lệ {2:P0} (yêu cầu khoảng {3:P0})."] =
            "Length: full report {0} words, summary {1} words, ratio {2:P0} (about {3:P0} required).",
        ["Tỷ lệ chưa đạt khoảng một phần ba; hãy xem lại trước khi gửi."] = "The summary is not about one third of the report; review it before sending.",
        ["Lưu nháp"] = "Save draft",
        ["Báo cáo đã gửi"] = "Report sent",
        ["Bản"] = "Version",
        ["đã được thay thế"] = "replaced",

        // Attached files and downloads
        ["Tệp đính kèm"] = "Attached files",
        ["Gỡ tệp"] = "Remove file",
        ["Thêm tệp"] = "Add files",
        ["PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG; tối đa 20 MB mỗi tệp, {0} tệp mỗi báo cáo"] =
            "PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG; up to 20 MB each, {0} files per report",
        ["Bản thay thế giữ {0} tệp của bản đã gửi; lưu nháp rồi gỡ tệp nào không còn dùng."] =
            "The replacement keeps the {0} files of the version sent; save the draft, then remove any no longer needed.",
        ["Tải về bản này (tệp HTML, mở được bằng trình duyệt hoặc Word)"] = "Download this version (an HTML file that opens in a browser or Word)",
        ["Tải về bản này"] = "Download this version",
        ["Dự thảo — chưa gửi"] = "Draft — not sent",
        ["Đã được thay thế bằng bản sau"] = "Replaced by a later version",
        ["Đã gửi"] = "Sent",
        ["DỰ THẢO — chưa gửi, còn có thể sửa"] = "DRAFT — not sent, may still change",
        ["Tải văn bản (.docx)"] = "Download the document (.docx)",
        ["Văn bản theo Nghị định 30 (bản in, .docx)"] = "As an official document, Decree 30 (print, .docx)",
        ["Báo cáo do cơ quan của người gửi ban hành, đóng dấu cơ quan mình; số và ký hiệu do văn thư cơ quan ghi khi ký."] = "The report is issued by the sender's agency under its own seal; its clerk writes the number and symbol when it is signed.",
        ["Người gửi, thời điểm gửi"] = "Sent by, at",
        ["Tình trạng"] = "Status",
        ["Tổng hợp từ các báo cáo"] = "Compiled from the reports",
        ["Tải về từ hệ thống của {0} lúc {1}. Các tệp đính kèm tải riêng trên trang báo cáo."] =
            "Downloaded from the system of the {0} at {1}. Attached files are downloaded separately from the report's page.",

        // Reminder settings
        ["Nhắc hạn báo cáo"] = "Deadline reminders",
        ["Lưu"] = "Save",
        ["Trang chủ nhắc người phải gửi báo cáo từ {0} ngày trước hạn."] = "The home page reminds whoever owes a report from {0} days before its deadline.",
        ["Theo gói quy chế của tỉnh."] = "As the province's pack says.",
        ["Do {0} đặt lúc {1}; gói quy chế của tỉnh đặt {2} ngày."] = "Set by {0} at {1}; the province's pack says {2} days.",
        ["Quy chế không quy định số ngày nhắc; Cơ quan thường trực chọn cho phù hợp với các hạn của tỉnh."] =
            "The regulation does not fix the reminder days; the standing agency chooses what suits the province's deadlines.",
        ["Số ngày nhắc trước hạn"] = "Days of reminder before a deadline",
        ["Từ 0 đến {0}; để trống để dùng số ngày của gói quy chế ({1})."] = "From 0 to {0}; leave empty for the pack's ({1}).",
        ["Đã lưu số ngày nhắc trước hạn."] = "Reminder days saved.",

        // Sections
        ["Kết quả đạt được"] = "Results",
        ["Tồn tại, hạn chế"] = "Shortcomings and limitations",
        ["Nguyên nhân"] = "Causes",
        ["Nhiệm vụ, giải pháp"] = "Tasks and solutions",
        ["Đề xuất, kiến nghị"] = "Proposals",
        ["Đề xuất nội dung kết luận, chỉ đạo"] = "Proposed conclusions and directions",

        // Done
        ["Đã lưu bản nháp."] = "Draft saved.",
        ["Đã cập nhật các báo cáo được tổng hợp."] = "Compiled reports updated.",
        ["Đã gửi báo cáo; nơi nhận xem được ngay."] = "Report sent; the recipients can read it now.",

        // Home panel
        ["Báo cáo bạn phải gửi sắp đến hạn hoặc đã quá hạn"] = "Reports you owe that are due soon or overdue",
        ["hạn"] = "due",
        ["{0} báo cáo quá hạn chưa gửi"] = "{0} reports missing",
        ["Bảng theo dõi báo cáo"] = "Reporting status board",
    };
}
