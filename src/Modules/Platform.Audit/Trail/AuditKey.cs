using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Platform.Audit.Trail;

/// <summary>
/// The secret that keys the chains' MACs, read from the file named by <c>Audit:KeyFile</c>. The database never holds
/// it, so whoever can write the database but does not have this file cannot make an entry that verifies.
/// </summary>
internal sealed class AuditKey
{
    public const string FileSetting = "Audit:KeyFile";

    /// <summary>At least 256 bits: the size of HMAC-SHA256's output.</summary>
    public const int MinimumBytes = 32;

    private readonly Lazy<byte[]> _key;

    public AuditKey(IConfiguration configuration) => _key = new(() => Read(configuration[FileSetting]));

    public byte[] Bytes => _key.Value;

    /// <summary>
    /// Reads the key file: the key in base64 (e.g. <c>head -c 32 /dev/urandom | base64</c>). Refuses a missing,
    /// unreadable or short key with a message saying what to do, rather than keep a trail nobody can trust.
    /// </summary>
    public static byte[] Read(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidOperationException(
                $"Chưa cấu hình khóa nhật ký '{FileSetting}': hãy tạo tệp khóa (head -c 32 /dev/urandom | base64 > audit.key), " +
                $"giữ nó ngoài cơ sở dữ liệu và đặt {FileSetting}. / The audit key '{FileSetting}' is not configured: create a key " +
                $"file (head -c 32 /dev/urandom | base64 > audit.key), keep it outside the database and set {FileSetting}.");
        }

        string text;
        try
        {
            text = File.ReadAllText(path).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"Không đọc được tệp khóa nhật ký {path} ({FileSetting}). / The audit key file {path} ({FileSetting}) cannot be read: {e.Message}", e);
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(text);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException(
                $"Tệp khóa nhật ký {path} ({FileSetting}) không phải base64. / The audit key file {path} ({FileSetting}) is not base64.", e);
        }

        return key.Length >= MinimumBytes
            ? key
            : throw new InvalidOperationException(
                $"Khóa nhật ký trong {path} ({FileSetting}) quá ngắn (cần ít nhất {MinimumBytes} byte). / The audit key in {path} ({FileSetting}) is too short (at least {MinimumBytes} bytes).");
    }
}

/// <summary>The <c>Audit</c> settings the host checks at start.</summary>
internal sealed class AuditKeyOptions
{
    public string? KeyFile { get; set; }

    /// <summary>Fails the start with <see cref="AuditKey.Read"/>'s message when the key cannot be used.</summary>
    internal sealed class Validation : IValidateOptions<AuditKeyOptions>
    {
        public ValidateOptionsResult Validate(string? name, AuditKeyOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            try
            {
                AuditKey.Read(options.KeyFile);
                return ValidateOptionsResult.Success;
            }
            catch (InvalidOperationException e)
            {
                return ValidateOptionsResult.Fail(e.Message);
            }
        }
    }
}
