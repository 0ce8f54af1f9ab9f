using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Platform.Audit.Trail;

/// <summary>
/// The MAC of an entry: HMAC-SHA256, under the key the operator keeps, over a canonical serialisation of the entry (a
/// JSON array of its fields in a fixed order, ending with the previous entry's MAC), stored as
/// <c>hmac-sha256:</c> and the hex digest. The entry's id is left out: the database assigns it, and the chain's order
/// is the sequence. Entries written before the chain was keyed carry a plain SHA-256 of the same serialisation
/// (bare hex); they still verify, but only before a chain's first keyed entry (see <see cref="AuditVerifier"/>).
/// </summary>
internal static class EntryHash
{
    /// <summary>The prefix of a keyed MAC; a hash without it is a plain SHA-256 from before keying.</summary>
    public const string KeyedPrefix = "hmac-sha256:";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static bool IsKeyed(string hash) => hash.StartsWith(KeyedPrefix, StringComparison.Ordinal);

    /// <summary>The keyed MAC new entries carry.</summary>
    public static string Keyed(AuditEntry entry, byte[] key) =>
        KeyedPrefix + Convert.ToHexStringLower(HMACSHA256.HashData(key, Canonical(entry)));

    /// <summary>The plain SHA-256 of entries written before the chain was keyed.</summary>
    public static string Compute(AuditEntry entry) => Convert.ToHexStringLower(SHA256.HashData(Canonical(entry)));

    /// <summary>What an entry's stored hash should be, by the kind of hash it carries.</summary>
    public static string Expected(AuditEntry entry, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return IsKeyed(entry.Hash) ? Keyed(entry, key) : Compute(entry);
    }

    private static ReadOnlySpan<byte> Canonical(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            WriteText(json, entry.Province);
            json.WriteNumberValue(entry.Sequence);
            json.WriteStringValue(entry.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            WriteText(json, entry.ActorId?.ToString("D"));
            WriteText(json, entry.ActorName);
            WriteText(json, entry.ActingFor);
            WriteText(json, entry.RemoteAddress);
            WriteText(json, entry.Action);
            WriteText(json, entry.Entity);
            WriteText(json, entry.EntityId);
            WriteCanonical(json, entry.Before);
            WriteCanonical(json, entry.After);
            WriteText(json, entry.PreviousHash);
            json.WriteEndArray();
        }

        return buffer.WrittenSpan;
    }

    private static void WriteText(Utf8JsonWriter json, string? text)
    {
        if (text is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(text);
        }
    }

    // jsonb stores JSON re-formatted (keys reordered, spacing and escapes its own), so the hash covers the JSON's
    // content, written one way: keys in ordinal order, numbers as decimals, strings escaped by one encoder.
    private static void WriteCanonical(Utf8JsonWriter json, string? text)
    {
        if (text is null)
        {
            json.WriteNullValue();
            return;
        }

        using var document = JsonDocument.Parse(text);
        WriteCanonical(json, document.RootElement);
    }

    private static void WriteCanonical(Utf8JsonWriter json, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                json.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    json.WritePropertyName(property.Name);
                    WriteCanonical(json, property.Value);
                }

                json.WriteEndObject();
                break;
            case JsonValueKind.Array:
                json.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteCanonical(json, item);
                }

                json.WriteEndArray();
                break;
            case JsonValueKind.String:
                json.WriteStringValue(element.GetString());
                break;
            case JsonValueKind.Number when element.TryGetDecimal(out var number):
                json.WriteNumberValue(number);
                break;
            default:
                element.WriteTo(json);
                break;
        }
    }
}
