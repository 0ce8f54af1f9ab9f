using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Core.Archive;

/// <summary>
/// A record handed over as one ZIP: each file written as it comes (straight to the response, never the whole archive
/// held in memory), then <c>manifest.json</c> naming what the ZIP is about, who made it and when, and for each file its
/// path, kind, size, SHA-256 (of the bytes written), who added it and when. A meeting's record and a year's register
/// both write it, so both manifests have the same shape.
/// </summary>
public sealed class ArchiveZip : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly ZipArchive zip;
    private readonly List<ManifestFile> files = [];
    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);
    private bool finished;

    private ArchiveZip(ZipArchive zip) => this.zip = zip;

    /// <summary>The files written so far, as the manifest lists them.</summary>
    public IReadOnlyList<ManifestFile> Files => files;

    /// <summary>A ZIP written to <paramref name="output"/> (which may be a response body: it need not seek).</summary>
    public static async Task<ArchiveZip> CreateAsync(Stream output, CancellationToken ct) =>
        new(await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct));

    /// <summary>
    /// Writes a file at <paramref name="path"/> (a second file of the same path gets " (2)" before its extension) and
    /// returns the path it took.
    /// </summary>
    public async Task<string> AddAsync(string path, string kind, byte[] bytes, string addedBy, DateTimeOffset addedAt, string? record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var unique = Unique(Safe(path));
        await using (var entry = await zip.CreateEntry(unique, CompressionLevel.Optimal).OpenAsync(ct))
        {
            await entry.WriteAsync(bytes, ct);
        }

        files.Add(new ManifestFile(unique, kind, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes)), addedBy, addedAt, record));
        return unique;
    }

    /// <summary>
    /// Writes <c>manifest.json</c> — <paramref name="about"/> under the name <paramref name="aboutName"/>, who made the
    /// ZIP and when, the records when given, and every file written — and closes the ZIP.
    /// </summary>
    public async Task FinishAsync(string aboutName, object about, string madeBy, DateTimeOffset madeAt, IEnumerable<object>? records, CancellationToken ct)
    {
        var manifest = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [aboutName] = about,
            ["madeBy"] = madeBy,
            ["madeAt"] = madeAt,
        };
        if (records is not null)
        {
            manifest["records"] = records;
        }

        manifest["files"] = files;
        await using (var written = await zip.CreateEntry("manifest.json", CompressionLevel.Optimal).OpenAsync(ct))
        {
            await JsonSerializer.SerializeAsync(written, manifest, Json, ct);
        }

        finished = true;
        await zip.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!finished)
        {
            finished = true;
            await zip.DisposeAsync();
        }
    }

    private string Unique(string path)
    {
        var candidate = path;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{Path.ChangeExtension(path, null)} ({n}){Path.GetExtension(path)}";
        }

        return candidate;
    }

    /// <summary>No folder climbing and no characters archivers refuse in a name.</summary>
    private static string Safe(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p is not ("." or ".."))
            .Select(p => string.Concat(p.Select(c => char.IsControl(c) || c is ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c))));
}

/// <summary>A file as <c>manifest.json</c> lists it.</summary>
public sealed record ManifestFile(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("size")] long Size,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("addedBy")] string AddedBy,
    [property: JsonPropertyName("addedAt")] DateTimeOffset AddedAt,
    [property: JsonPropertyName("record")] string? Record);
