using Platform.Core.Localization;

namespace Platform.Meetings;

/// <summary>English wording of the meetings pages; Vietnamese is the key and the default.</summary>
/// <remarks>
/// The module's pages and services read this dictionary only (then the host's shared one): a key another module also
/// translates needs its entry here too.
/// </remarks>
internal sealed class MeetingsTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
        ["Người quyết định"] = "Decided by",
        ["Duyệt thông báo kết luận này? Sau khi duyệt, nội dung không sửa được nữa."] = "Approve this conclusion notice? Once approved, its content cannot be changed.",
        ["Ban hành thông báo kết luận? Thông báo đã ban hành không thay đổi được."] = "Issue the conclusion notice? An issued notice cannot be changed.",
        ["Gửi quyết định về đề nghị vắng mặt này? Quyết định đã gửi không sửa lại được."] = "Send your decision on this absence request? A decision sent cannot be changed.",
        ["KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN"] = "Acting for the head:",
        ["theo văn bản số"] = "per document no.",
        ["Nhập quyết định thay"] = "Enter a decision on the approver's behalf",
        ["Nhập quyết định của người có thẩm quyền đã ký trên giấy; bản ghi nêu cả người quyết định, người nhập và văn bản."] = "Enter a decision the approver signed on paper; the record names the approver, who entered it and the document.",
        ["Số văn bản"] = "Document number",
        ["Ngày ký văn bản"] = "Document date",
        ["Cuộc họp"] = "Meetings",
        ["Vẫn xếp lịch"] = "Schedule anyway",

        // Shared by the forms
        ["Chưa lưu: có thay đổi đồng thời."] = "Not saved: someone else changed this at the same time.",
        ["Không được phép theo quy chế:"] = "Not allowed under the regulation:",
        ["Chưa lưu được, vui lòng xem các lỗi sau:"] = "Not saved; please check the following:",
        ["Lưu"] = "Save",
        ["Sửa"] = "Edit",
        ["Xem"] = "Show",
        ["dd/MM/yyyy"] = "dd/MM/yyyy",
        ["HH:mm"] = "HH:mm",

        // Calendar and regular meetings
        ["Việc cần làm"] = "Tasks",
        ["Lên lịch cuộc họp"] = "Schedule a meeting",
        ["Lời mời của tôi"] = "My invitations",
        ["Việc chờ tôi quyết định"] = "Awaiting my decision",
        ["Thống kê dự họp"] = "Attendance statistics",
        ["Họp định kỳ theo quy chế"] = "Regular meetings under the regulation",
        ["Gói quy chế của tỉnh chưa khai báo quy định về họp; áp dụng mặc định: Trưởng Ban chủ trì và cho phép vắng mặt."] =
            "The province's regulation pack states no meeting rules; the defaults apply: the head chairs and approves absences.",
        ["Quy chế không quy định họp định kỳ."] = "The regulation sets no regular meetings.",
        ["dự kiến vào tuần làm việc cuối cùng của tháng cuối kỳ"] = "planned for the last working week of the period's final month",
        ["đề xuất từ ngày {0} của tháng cuối kỳ"] = "proposed from day {0} of the period's final month",
        ["mỗi kỳ một lần"] = "once each period",
        ["hằng tháng"] = "monthly",
        ["Kỳ"] = "Period",
        ["Tình trạng"] = "Status",
        ["Ngày đề xuất (ngày làm việc)"] = "Suggested dates (working days)",
        ["Ngày đề xuất bỏ qua thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết theo lịch làm việc của cơ quan nhà nước."] =
            "Suggested dates skip Saturdays, Sundays and public holidays, Tết included, per the civil service working calendar.",
        ["Lịch họp"] = "Meeting calendar",
        ["Tháng trước"] = "Previous month",
        ["Tháng này"] = "This month",
        ["Tháng sau"] = "Next month",
        ["Danh sách cuộc họp trong tháng"] = "Meetings this month",
        ["Không có cuộc họp nào trong tháng này."] = "No meetings this month.",
        ["Thời gian"] = "Time",
        ["Loại"] = "Type",
        ["Hình thức"] = "Format",

        // Scheduling and editing
        ["Sửa thông tin cuộc họp"] = "Edit the meeting",
        ["Loại cuộc họp"] = "Type of meeting",
        ["Họp đột xuất: Cơ quan thường trực đề xuất, Trưởng Ban quyết định; cuộc họp chờ quyết định của Trưởng Ban."] =
            "Extraordinary meeting: the standing agency proposes and the head decides; the meeting awaits the head's decision.",
        ["Tên cuộc họp"] = "Meeting title",
        ["Ngày họp"] = "Meeting date",
        ["Giờ bắt đầu"] = "Start time",
        ["Thời lượng (phút)"] = "Duration (minutes)",
        ["Địa điểm"] = "Venue",
        ["khi họp trực tiếp"] = "for an in-person meeting",
        ["Đường dẫn họp trực tuyến"] = "Online meeting link",
        ["https://… khi họp trực tuyến"] = "https://… for an online meeting",
        ["Người chủ trì"] = "Chair",
        ["Văn bản ủy quyền chủ trì"] = "Delegation to chair",
        ["bắt buộc khi Phó Trưởng Ban chủ trì thay Trưởng Ban, ví dụ: Văn bản số 12/UBND-KGVX ngày 01/12/2026"] =
            "required when a deputy head chairs in place of the head, e.g. Document No. 12/UBND-KGVX of 01/12/2026",
        ["Cuộc họp lấy ý kiến về các vấn đề lớn, dự thảo văn bản báo cáo cấp trên"] =
            "The meeting takes opinions on major issues or draft reports to superiors",
        ["Báo cáo đề xuất của Cơ quan thường trực"] = "The standing agency's proposal",
        ["Mục tiêu, thời gian, thành phần, tiến độ và kết quả thực hiện nhiệm vụ."] =
            "Objectives, timing, composition, progress and results of the duties.",
        ["Mục tiêu"] = "Objectives",
        ["Thành phần"] = "Composition",
        ["Tiến độ"] = "Progress",
        ["Kết quả thực hiện nhiệm vụ"] = "Results of the duties",
        ["Lên lịch"] = "Schedule",

        // Material for the head's speech (e.g. Đắk Lắk, Art. 13.2)
        ["Thông tin, tài liệu phục vụ Trưởng Ban"] = "Material for the head",
        ["Thành viên chủ động cung cấp thông tin, tài liệu cần thiết để {0} chuẩn bị tài liệu, nội dung phát biểu của Trưởng Ban."] =
            "Members supply the information and documents the {0} needs to prepare the head's material and speech.",
        ["Đã gửi: {0}/{1} thành viên."] = "Sent: {0} of {1} members.",
        ["Thông tin, tài liệu đã gửi"] = "Information and documents sent",
        ["Chưa gửi"] = "Not yet sent",
        ["Gửi với tư cách"] = "Send as",
        ["Thông tin gửi {0}"] = "Information for the {0}",
        ["Tài liệu kèm theo (nếu có)"] = "Document attached (optional)",
        ["Gửi {0}"] = "Send to the {0}",
        ["Đã gửi thông tin, tài liệu phục vụ Trưởng Ban."] = "Material for the head sent.",

        // One meeting
        ["Thời gian, địa điểm"] = "Time and place",
        ["Đường dẫn trực tuyến"] = "Online link",
        ["theo ủy quyền của Trưởng Ban"] = "by the head's delegation",
        ["Lấy ý kiến"] = "Opinions taken",
        ["Người lập"] = "Created by",
        ["Quyết định"] = "Decision",
        ["Lý do hủy"] = "Reason for cancelling",
        ["Giấy mời (bản in)"] = "Invitation (printable)",
        ["Thêm vào lịch (.ics)"] = "Add to calendar (.ics)",
        ["Danh sách điểm danh"] = "Attendance register",
        ["Thông báo kết luận"] = "Conclusion notice",
        ["Quyết định của Trưởng Ban"] = "The head's decision",
        ["Cơ quan thường trực đề xuất họp đột xuất; Trưởng Ban quyết định."] =
            "The standing agency proposes an extraordinary meeting; the head decides.",
        ["Ý kiến"] = "Comment",
        ["Đồng ý tổ chức"] = "Approve the meeting",
        ["Không đồng ý"] = "Refuse",
        ["Chờ Trưởng Ban quyết định."] = "Awaiting the head's decision.",
        ["Đề nghị vắng mặt"] = "Absence request",
        ["Xin vắng mặt / cử người dự thay"] = "Request absence / send a substitute",
        ["Chương trình họp"] = "Agenda",
        ["Chưa có chương trình."] = "No agenda yet.",
        ["Nội dung"] = "Subject",
        ["Người trình bày"] = "Presenter",
        ["Thao tác"] = "Actions",
        ["Bỏ"] = "Remove",
        ["Tổng thời lượng"] = "Total duration",
        ["phút"] = "minutes",
        ["Thêm mục"] = "Add item",
        ["Tài liệu"] = "Documents",
        ["Chưa có tài liệu."] = "No documents yet.",
        ["Xóa"] = "Delete",
        ["Tải tài liệu lên"] = "Upload a document",
        ["PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG; tối đa 20 MB"] =
            "PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG; up to 20 MB",
        ["Tải lên"] = "Upload",
        ["Thành phần mời"] = "Invitees",
        ["Họ và tên"] = "Full name",
        ["Chức vụ / cơ quan"] = "Position / organisation",
        ["Điểm danh"] = "Attendance",
        ["Khách mời"] = "Guest",
        ["Không còn hiệu lực"] = "No longer applies",
        ["Người dự thay"] = "Substitute",
        ["Mời đại biểu không là thành viên"] = "Invite a non-member",
        ["Chức vụ, cơ quan"] = "Position and organisation",
        ["Mời"] = "Invite",
        ["Chỉ Trưởng Ban quyết định mời đại biểu không thuộc Ban Chỉ đạo."] =
            "Only the head decides to invite people who are not members.",
        ["Người chủ trì quyết định thành phần dự họp."] = "The chair decides who attends.",
        ["Tổ chức cuộc họp"] = "Running the meeting",
        ["Quyết định, tổ chức cuộc họp"] = "Decision and running of the meeting",
        ["Các trang của cuộc họp"] = "The meeting's pages",
        ["Cơ quan thường trực ghi nhận cuộc họp đã diễn ra hoặc hủy cuộc họp."] = "The standing agency records the meeting as held or cancels it.",
        ["Cuộc họp đã diễn ra hoặc đã hủy; trạng thái không thay đổi nữa."] = "The meeting was held or cancelled; its status no longer changes.",
        ["Ghi nhận đã họp, hủy cuộc họp"] = "Record it as held, or cancel it",
        ["Sửa chương trình họp"] = "Edit the agenda",
        ["Lập, sửa biên bản"] = "Write or edit the minutes",
        ["Biên bản chỉ lập cho cuộc họp đã diễn ra."] = "Minutes are kept for a held meeting only.",
        ["Quy chế không yêu cầu gửi tài liệu phục vụ Trưởng Ban cho cuộc họp này."] = "The regulation asks for no material for the head for this meeting.",
        ["Ghi nhận đã họp"] = "Record as held",
        ["Sau giờ bắt đầu, ghi nhận cuộc họp đã diễn ra để điểm danh và lập thông báo kết luận."] =
            "After the start time, record the meeting as held to take attendance and draft the conclusion notice.",
        ["Hủy cuộc họp"] = "Cancel the meeting",
        ["Biên bản"] = "Minutes",
        ["Nội dung biên bản (Cơ quan thường trực dự thảo)"] = "Minutes (drafted by the standing agency)",
        ["Lưu biên bản"] = "Save the minutes",
        ["Chưa có biên bản."] = "No minutes yet.",
        ["Đã gửi {0} nơi nhận; {1} đã xem."] = "Sent to {0} recipients; {1} have read it.",

        // Absence request
        ["Xin vắng mặt"] = "Request absence",
        ["Quy định áp dụng"] = "Applicable rules",
        ["Thành viên không dự họp phải báo cáo và được Trưởng Ban đồng ý."] =
            "A member who cannot attend must report it and have the head's approval.",
        ["Thành viên không dự họp phải báo cáo và được người chủ trì cuộc họp đồng ý."] =
            "A member who cannot attend must report it and have the chair's approval.",
        ["Thành viên không dự họp phải báo cáo và được {0} đồng ý."] =
            "A member who cannot attend must report it and have the approval of {0}.",
        ["Thông báo cho Cơ quan thường trực trước ít nhất {0} giờ so với giờ họp."] =
            "Tell the standing agency at least {0} hours before the meeting.",
        ["Cử cấp phó dự họp thay phải được Trưởng Ban đồng ý trước khi họp."] =
            "Sending a deputy as substitute needs the head's approval before the meeting.",
        ["Khi cuộc họp lấy ý kiến về các vấn đề lớn, dự thảo văn bản báo cáo cấp trên, thành viên cử người dự thay phải tham gia ý kiến bằng văn bản."] =
            "When the meeting takes opinions on major issues or draft reports to superiors, a member who sends a substitute must give a written opinion.",
        ["Cuộc họp này có lấy ý kiến."] = "This meeting takes opinions.",
        ["Đề nghị vẫn được gửi và được đánh dấu là muộn."] = "The request is still sent, marked as late.",
        ["Bạn không giữ vị trí thành viên nào được mời dự cuộc họp này."] = "You hold no member seat invited to this meeting.",
        ["Vị trí"] = "Seat",
        ["Lý do vắng mặt"] = "Reason for absence",
        ["Cử người dự họp thay"] = "Send a substitute",
        ["Họ và tên người dự thay"] = "Substitute's full name",
        ["Chức vụ người dự thay"] = "Substitute's position",
        ["ví dụ: Phó Giám đốc Sở"] = "e.g. Deputy Director of the Department",
        ["Ý kiến bằng văn bản của thành viên"] = "Member's written opinion",
        ["bắt buộc khi cử người dự thay và cuộc họp lấy ý kiến"] =
            "required when sending a substitute to a meeting that takes opinions",
        ["Gửi đề nghị"] = "Send request",

        // Attendance register
        ["Sau khi ghi nhận cuộc họp đã diễn ra, Cơ quan thường trực điểm danh tại đây."] =
            "Once the meeting is recorded as held, the standing agency takes attendance here.",
        ["Ghi chú"] = "Note",
        ["Lưu điểm danh"] = "Save attendance",
        ["Có mặt {0}; cử người dự thay {1}; vắng có phép {2}; vắng không phép {3}; chưa ghi nhận {4}."] =
            "Present {0}; substitute {1}; excused {2}; absent without leave {3}; not recorded {4}.",

        // Decisions awaiting the user
        ["Trưởng Ban đồng ý cho thành viên vắng mặt."] = "The head approves members' absences.",
        ["Người chủ trì cuộc họp đồng ý cho thành viên vắng mặt."] = "The meeting's chair approves members' absences.",
        ["{0} đồng ý cho thành viên vắng mặt."] = "Members' absences are approved by {0}.",
        ["Không có đề nghị nào chờ quyết định."] = "No requests await a decision.",
        ["Lý do"] = "Reason",
        ["Ý kiến bằng văn bản"] = "Written opinion",
        ["Gửi lúc"] = "Sent on",
        ["Ghi chú (bắt buộc khi không đồng ý)"] = "Note (required when refusing)",
        ["Đồng ý"] = "Approve",
        ["Đề xuất họp đột xuất"] = "Extraordinary meeting proposals",
        ["Thông báo kết luận chờ duyệt"] = "Conclusion notices awaiting approval",

        // Printed invitation
        ["Giấy mời"] = "Invitation",
        ["Dùng lệnh in của trình duyệt (Ctrl+P)."] = "Use the browser's print command (Ctrl+P).",
        ["GIẤY MỜI"] = "INVITATION",
        ["trân trọng kính mời"] = "respectfully invites",
        ["Dự"] = "To attend",
        ["Chủ trì"] = "Led by",
        ["theo ủy quyền"] = "by delegation",
        ["địa điểm"] = "venue",
        ["đường dẫn"] = "link",
        ["Tài liệu họp được đăng trên hệ thống tại trang cuộc họp."] = "The meeting documents are on the meeting's page in the system.",
        ["Trường hợp không dự họp được, đề nghị báo cáo và xin ý kiến trên hệ thống trước giờ họp."] =
            "If you cannot attend, please report it and ask for approval in the system before the meeting.",

        // My invitations
        ["Tài khoản của bạn không gắn với vị trí thành viên nào của Ban Chỉ đạo."] = "Your account is not linked to any committee member seat.",
        ["Cuộc họp được mời"] = "Meetings I am invited to",
        ["Không có lời mời nào."] = "No invitations.",
        ["Xin vắng"] = "Absence request",
        ["Thông báo kết luận gửi đến tôi"] = "Conclusion notices sent to me",
        ["Chưa có thông báo kết luận nào."] = "No conclusion notices yet.",
        ["chưa xem"] = "unread",

        // Conclusion notice
        ["Số"] = "No.",
        ["ngày"] = "dated",
        ["THÔNG BÁO"] = "NOTICE",
        ["Kết luận của người chủ trì tại"] = "Conclusions of the chair at",
        ["Cơ quan chủ trì"] = "Lead agency",
        ["thời hạn"] = "deadline",
        ["Duyệt"] = "Approved",
        ["Ban hành"] = "Issue",
        ["Nơi nhận"] = "Recipients",
        ["Đã gửi"] = "Sent",
        ["Đã xem"] = "Read",
        ["Chưa xem"] = "Unread",
        ["Duyệt thông báo kết luận"] = "Approve the conclusion notice",
        ["Ban hành đến từng thành viên Ban Chỉ đạo và các cơ quan chủ trì các mục kết luận."] =
            "Issue to every committee member and to the lead agencies of the conclusion items.",
        ["Dự thảo thông báo kết luận"] = "Draft the conclusion notice",
        ["Sửa dự thảo thông báo kết luận"] = "Edit the draft conclusion notice",
        ["Cơ quan thường trực dự thảo; người chủ trì duyệt; sau khi duyệt thì ban hành. Sửa dự thảo đã duyệt sẽ phải duyệt lại."] =
            "The standing agency drafts; the chair approves; once approved, it is issued. An approved draft that is edited must be approved again.",
        ["Số thông báo"] = "Notice number",
        ["ví dụ: 15/TB-BCĐ"] = "e.g. 15/TB-BCĐ",
        ["Ngày"] = "Date",
        ["Người ký"] = "Signer",
        ["ví dụ: Trưởng Ban Chỉ đạo"] = "e.g. Head of the Steering Committee",
        ["Mở đầu"] = "Preamble",
        ["Các mục kết luận (đánh số theo thứ tự; dòng để trống được bỏ qua)"] =
            "Conclusion items (numbered in order; blank lines are skipped)",
        ["Mục"] = "Item",
        ["Thời hạn"] = "Deadline",
        ["Lưu dự thảo"] = "Save draft",
        ["Chưa có dự thảo thông báo kết luận."] = "No draft conclusion notice yet.",
        ["Thông báo kết luận được lập sau khi cuộc họp diễn ra."] = "The conclusion notice is drawn up once the meeting has been held.",

        // Attendance statistics
        ["Tính trên các cuộc họp đã diễn ra trong năm; tỷ lệ tham dự gồm có mặt và cử người dự thay được chấp thuận."] =
            "Counts the meetings held in the year; the attendance rate includes those present and approved substitutes.",
        ["Theo thành viên (vị trí)"] = "By member (seat)",
        ["Theo cơ quan"] = "By agency",
        ["Chưa có cuộc họp nào đã diễn ra trong năm."] = "No meeting was held in the year.",
        ["Tên"] = "Name",
        ["Được mời"] = "Invited",
        ["Có mặt"] = "Present",
        ["Cử người dự thay"] = "Substitute",
        ["Vắng có phép"] = "Excused",
        ["Vắng không phép"] = "Absent without leave",
        ["Chưa ghi nhận"] = "Not recorded",
        ["Tỷ lệ tham dự"] = "Attendance rate",

        // Home-page panel
        ["{0} đề nghị vắng mặt chờ bạn quyết định"] = "{0} absence requests await your decision",
        ["Xem và quyết định"] = "Review and decide",
        ["muộn"] = "late",
        ["{0} đề xuất họp đột xuất chờ Trưởng Ban quyết định"] = "{0} extraordinary meeting proposals await the head's decision",
        ["{0} thông báo kết luận chờ bạn duyệt"] = "{0} conclusion notices await your approval",
        ["Họp định kỳ cần lên lịch hoặc quá hạn"] = "Regular meetings to schedule or overdue",
        ["Cuộc họp sắp tới của bạn"] = "Your upcoming meetings",
        ["Thông báo kết luận chưa xem"] = "Unread conclusion notices",

        // Confirmations after a command
        ["Đã lên lịch cuộc họp."] = "Meeting scheduled.",
        ["Đã lưu thay đổi."] = "Change saved.",
        ["Đã quyết định họp."] = "Meeting approved.",
        ["Đã không đồng ý tổ chức cuộc họp."] = "Meeting refused.",
        ["Đã thêm mục vào chương trình."] = "Item added to the agenda.",
        ["Đã bỏ mục khỏi chương trình."] = "Item removed from the agenda.",
        ["Đã tải tài liệu lên."] = "Document uploaded.",
        ["Đã xóa tài liệu."] = "Document deleted.",
        ["Đã mời đại biểu."] = "Guest invited.",
        ["Đã ghi nhận cuộc họp đã diễn ra."] = "Meeting recorded as held.",
        ["Đã hủy cuộc họp."] = "Meeting cancelled.",
        ["Đã lưu biên bản."] = "Minutes saved.",
        ["Đã gửi đề nghị vắng mặt; người có thẩm quyền sẽ quyết định."] = "Absence request sent; the person with authority will decide.",
        ["Đã đồng ý cho vắng mặt."] = "Absence approved.",
        ["Đã không đồng ý cho vắng mặt."] = "Absence refused.",
        ["Đã lưu danh sách điểm danh."] = "Attendance register saved.",
        ["Đã lưu dự thảo thông báo kết luận."] = "Draft conclusion notice saved.",
        ["Đã duyệt thông báo kết luận."] = "Conclusion notice approved.",
        ["Đã ban hành thông báo kết luận đến các thành viên và cơ quan liên quan."] =
            "Conclusion notice issued to the members and agencies concerned.",
    };
}
