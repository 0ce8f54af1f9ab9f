using Platform.Core.Localization;

namespace Platform.Core.Files;

/// <summary>
/// Which files officials may attach (meeting documents, task evidence, reports): office documents, PDF and images, up
/// to 20 MB. The stored type comes from the extension, never from the browser, and files are served as attachments.
/// </summary>
public static class UploadPolicy
{
    /// <summary>The largest file accepted: 20 MB.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The types accepted, by extension.</summary>
    public static IReadOnlyDictionary<string, string> Types { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".ppt"] = "application/vnd.ms-powerpoint",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
    };

    /// <summary>The file's name as stored (no path, at most 200 characters) and its type, or why it is refused.</summary>
    public static (string Name, string ContentType, Message? Refusal) Check(string? fileName, long length)
    {
        var name = Path.GetFileName(fileName ?? string.Empty).Trim();
        if (name.Length > 200)
        {
            name = name[^200..];
        }

        if (name.Length == 0 || length == 0)
        {
            return (name, "", new Message("Hãy chọn một tệp có nội dung.", "Choose a file that is not empty."));
        }

        if (length > MaxBytes)
        {
            return (name, "", new Message($"Tệp lớn hơn {MaxBytes / 1024 / 1024} MB.", $"The file is larger than {MaxBytes / 1024 / 1024} MB."));
        }

        return Types.TryGetValue(Path.GetExtension(name), out var type)
            ? (name, type, null)
            : (name, "", new Message(
                "Chỉ nhận tệp PDF, Word, Excel, PowerPoint, OpenDocument, PNG hoặc JPEG.",
                "Only PDF, Word, Excel, PowerPoint, OpenDocument, PNG or JPEG files are accepted."));
    }
}
