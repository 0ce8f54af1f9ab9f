using System.Globalization;
using System.IO.Compression;
using System.Text;
using Platform.Core.Localization;

namespace Platform.Core.Files;

/// <summary>
/// Which files officials may attach (meeting documents, task evidence, reports): office documents, PDF and images, up
/// to 20 MB. The stored type comes from the extension, never from the browser, and the bytes must be of that type
/// (<see cref="CheckContent"/>): a program renamed <c>.pdf</c> is refused. Names are cleaned of any path and of control
/// characters, and files are served as attachments.
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

    /// <summary>The extensions accepted, as the file fields' <c>accept</c> and <c>data-accept</c> carry them (checked in the browser before sending).</summary>
    public static string Accept { get; } = string.Join(",", Types.Keys);

    private static readonly Message NotOfItsType = new(
        "Nội dung tệp không đúng loại tệp theo phần mở rộng (ví dụ một chương trình đổi tên thành .pdf).",
        "The file's content is not of the type its extension names (for example a program renamed .pdf).");

    /// <summary>The file's name as stored (no path, at most 200 characters) and its type, or why it is refused.</summary>
    public static (string Name, string ContentType, Message? Refusal) Check(string? fileName, long length)
    {
        var name = CleanName(fileName);
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

    /// <summary>
    /// The name without any folder (either slash: browsers on Windows may send <c>C:\…\name</c>, and a crafted
    /// request <c>../../name</c>), without control or invisible formatting characters (a right-to-left override can
    /// make <c>exe.pdf</c> look like a PDF), in NFC, without leading or trailing spaces and dots.
    /// </summary>
    public static string CleanName(string? fileName)
    {
        var text = fileName ?? string.Empty;
        var last = text.LastIndexOfAny(['/', '\\']);
        var name = new StringBuilder();
        foreach (var c in text[(last + 1)..])
        {
            var category = char.GetUnicodeCategory(c);
            if (!char.IsControl(c) && category != UnicodeCategory.Format && category != UnicodeCategory.LineSeparator && category != UnicodeCategory.ParagraphSeparator)
            {
                name.Append(c);
            }
        }

        return name.ToString().Normalize(NormalizationForm.FormC).Trim().Trim('.').Trim();
    }

    /// <summary>
    /// Null when <paramref name="bytes"/> are of the type the extension of <paramref name="name"/> names: PDF
    /// (<c>%PDF-</c>), PNG, JPEG, legacy Office (an OLE compound file), Office Open XML (a zip holding
    /// <c>[Content_Types].xml</c>) or OpenDocument (a zip whose <c>mimetype</c> entry names the extension's type).
    /// </summary>
    public static Message? CheckContent(string name, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var matches = Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".pdf" => StartsWith(bytes, "%PDF-"u8),
            ".png" => StartsWith(bytes, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            ".jpg" or ".jpeg" => StartsWith(bytes, [0xFF, 0xD8, 0xFF]),
            ".doc" or ".xls" or ".ppt" => StartsWith(bytes, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
            ".docx" or ".xlsx" or ".pptx" => Zip(bytes, zip => zip.GetEntry("[Content_Types].xml") is not null),
            ".odt" or ".ods" => Zip(bytes, zip => MimeType(zip) == Types[Path.GetExtension(name)]),
            _ => false,
        };
        return matches ? null : NotOfItsType;
    }

    private static bool StartsWith(byte[] bytes, ReadOnlySpan<byte> signature) => bytes.AsSpan().StartsWith(signature);

    private static bool Zip(byte[] bytes, Func<ZipArchive, bool> holds)
    {
        if (!StartsWith(bytes, "PK\u0003\u0004"u8))
        {
            return false;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return holds(zip);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static string? MimeType(ZipArchive zip)
    {
        if (zip.GetEntry("mimetype") is not { Length: < 200 } entry)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
        return reader.ReadToEnd().Trim();
    }
}
