using System.Text;
using Platform.Committees.Contracts;
using Platform.Core.Localization;
using Platform.Identity.Access;

namespace Platform.Identity.Administration;

/// <summary>
/// One official to create, as typed in the form or read from a row of an import file: full name, user name, email,
/// agency (key or name), seat key, role. Values are trimmed and in NFC.
/// </summary>
public sealed record OfficialRow
{
    public string? FullName { get; init; }

    public string? UserName { get; init; }

    public string? Email { get; init; }

    public string? Agency { get; init; }

    public string? Seat { get; init; }

    public string? Role { get; init; }

    /// <summary>The same row with every value trimmed, NFC, and empty values as null.</summary>
    public OfficialRow Cleaned() => new()
    {
        FullName = Clean(FullName),
        UserName = Clean(UserName),
        Email = Clean(Email),
        Agency = Clean(Agency),
        Seat = Clean(Seat),
        Role = Clean(Role)?.ToLowerInvariant(),
    };

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormC);
}

/// <summary>
/// What a row is checked against, read once per command: the province's seats today, its agencies, the seats already
/// linked to an active account and the user names already taken. A form or a file of any length costs the same few statements.
/// </summary>
internal sealed class ProvinceFacts(
    IReadOnlyList<SeatHolder> seats, IReadOnlyList<AgencyEntry> agencies, IReadOnlyDictionary<string, Guid> linkedSeats, ISet<string> takenNames)
{
    public IReadOnlyList<SeatHolder> Seats => seats;

    public IReadOnlyList<AgencyEntry> Agencies => agencies;

    public SeatHolder? Seat(string? key) => key is null ? null : seats.FirstOrDefault(s => s.SeatKey == key);

    /// <summary>The agency by key, full name or short name, ignoring case.</summary>
    public AgencyEntry? Agency(string? keyOrName) => keyOrName is null ? null :
        agencies.FirstOrDefault(a => a.Key == keyOrName) ??
        agencies.FirstOrDefault(a => string.Equals(a.Name, keyOrName, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(a.ShortName, keyOrName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The active account the seat is linked to, other than <paramref name="except"/>.</summary>
    public bool SeatTaken(string seat, Guid? except = null) => linkedSeats.TryGetValue(seat, out var holder) && holder != except;

    public bool NameTaken(string normalizedName) => takenNames.Contains(normalizedName);

    public static bool IsProvinceRole(string? role) => role is not null && Roles.ProvinceRoles.Contains(role);
}

/// <summary>The wording of the province administration's refusals, in both languages.</summary>
internal static class AdministrationMessages
{
    public static readonly Message NameMissing = new("Hãy nhập họ và tên.", "Enter the full name.");
    public static readonly Message UserNameMissing = new("Hãy nhập tên đăng nhập.", "Enter the user name.");
    public static readonly Message UserNameTaken = new("Tên đăng nhập này đã có người dùng.", "This user name is already taken.");
    public static readonly Message UserNameTwice = new("Tên đăng nhập này xuất hiện hai lần trong tệp.", "This user name appears twice in the file.");
    public static readonly Message UserNameInvalid = new(
        "Tên đăng nhập chỉ gồm chữ không dấu, chữ số và các ký tự - . _ @ +.", "A user name holds only letters without accents, digits and - . _ @ +.");
    public static readonly Message RoleUnknown = new(
        "Vai trò không có: chọn secretariat, leader, member, viewer hoặc province-admin.",
        "Unknown role: choose secretariat, leader, member, viewer or province-admin.");
    public static readonly Message SeatUnknown = new("Không có vị trí này trong Ban Chỉ đạo hôm nay.", "There is no such seat on the committee today.");
    public static readonly Message SeatTaken = new(
        "Vị trí này đã gắn với một tài khoản đang hoạt động khác.", "This seat is already linked to another active account.");
    public static readonly Message SeatTwice = new("Vị trí này xuất hiện hai lần trong tệp.", "This seat appears twice in the file.");
    public static readonly Message AgencyUnknown = new("Không có cơ quan này trong tỉnh.", "There is no such agency in the province.");
    public static readonly Message EmailInvalid = new("Địa chỉ thư điện tử không hợp lệ.", "The email address is not valid.");
    public static readonly Message GrantExists = new("Tài khoản đã có vai trò này (cùng vị trí và cơ quan).", "The account already holds this role (same seat and agency).");
    public static readonly Message OutsideProvince = new(
        "Tài khoản này còn có vai trò ở tỉnh khác hoặc vai trò quốc gia: chỉ quản trị hệ thống được khóa hay mở khóa.",
        "This account also holds roles in another province or a national role: only the system administrator may disable or enable it.");
    public static readonly Message Conflict = new(
        "Tài khoản vừa được người khác thay đổi; chưa có gì được lưu. Hãy xem lại rồi thử lại.",
        "Someone else changed the account just now; nothing was saved. Look again, then retry.");
    public static readonly Message LinkUnusable = new(
        "Liên kết kích hoạt không dùng được. Hãy xin quản trị viên tài khoản một liên kết mới.",
        "This activation link cannot be used. Ask your account administrator for a new one.");
    public static readonly Message PasswordsDiffer = new("Mật khẩu nhập lại không khớp.", "The repeated password does not match.");
    public static readonly Message FileMissing = new("Hãy chọn tệp CSV hoặc Excel (.xlsx).", "Choose a CSV or Excel (.xlsx) file.");
    public static readonly Message FileUnreadable = new(
        "Không đọc được tệp: hãy dùng tệp mẫu (CSV UTF-8 hoặc Excel .xlsx).", "The file cannot be read: use the template (UTF-8 CSV or Excel .xlsx).");
    public static readonly Message FileTooLarge = new("Tệp lớn hơn 2 MB hoặc có hơn 2000 dòng.", "The file is larger than 2 MB or has more than 2000 rows.");
    public static readonly Message FileEmpty = new("Tệp không có dòng cán bộ nào.", "The file has no official's row.");
    public static readonly Message FileRefused = new(
        "Có dòng bị từ chối: chưa tạo tài khoản nào. Hãy sửa tệp rồi tải lên lại.",
        "Some rows are refused: no account was created. Correct the file and upload it again.");

    /// <summary>A row's message: "Dòng 3, cột Vị trí: …".</summary>
    public static Message AtRow(int row, string fieldVi, string fieldEn, Message why) =>
        new($"Dòng {row}, cột {fieldVi}: {why.Vietnamese}", $"Row {row}, column {fieldEn}: {why.English}");
}
