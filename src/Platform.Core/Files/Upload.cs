using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Platform.Core.Localization;

namespace Platform.Core.Files;

/// <summary>A file as a form sent it, before the <see cref="UploadPolicy"/> has looked at it.</summary>
public sealed record Upload(string FileName, long Length, Stream Content)
{
    /// <summary>The files a form's file input sent; an input left empty sends a nameless, empty part, which is no file.</summary>
    public static IReadOnlyList<Upload> From(IEnumerable<IFormFile>? files) =>
        [.. (files ?? []).Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).Select(f => new Upload(f.FileName, f.Length, f.OpenReadStream()))];
}

/// <summary>
/// A file the policy accepted: the name and type it is stored under, its bytes and their SHA-256, and the text inside it
/// for the province's search (<see cref="FileText"/>; empty when it has none that can be read, so the background filler
/// does not try it again).
/// </summary>
public sealed record AcceptedFile(string Name, string ContentType, byte[] Bytes, string Sha256)
{
    public string Text { get; init; } = "";
}

/// <summary>Reading uploads through the <see cref="UploadPolicy"/>.</summary>
public static class Uploads
{
    /// <summary>
    /// Reads every upload, or stops at the first the policy refuses and says which file it was and why: a form either
    /// keeps all its files or none.
    /// </summary>
    public static async Task<(IReadOnlyList<AcceptedFile> Files, Message? Refusal)> ReadAsync(IEnumerable<Upload> uploads, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        var accepted = new List<AcceptedFile>();
        foreach (var upload in uploads)
        {
            var (file, name, refusal) = await ReadOneAsync(upload, ct);
            if (refusal is not null)
            {
                var shown = name.Length > 0 ? name : "?";
                return ([], new Message($"{shown}: {refusal.Vietnamese}", $"{shown}: {refusal.English}"));
            }

            accepted.Add(file!);
        }

        return (accepted, null);
    }

    /// <summary>
    /// Reads one upload through the policy: its name, type and size, then its bytes against its type. Returns the
    /// accepted file, or the name as cleaned and why it is refused.
    /// </summary>
    public static async Task<(AcceptedFile? File, string Name, Message? Refusal)> ReadOneAsync(Upload upload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var (name, type, refusal) = UploadPolicy.Check(upload.FileName, upload.Length);
        if (refusal is not null)
        {
            return (null, name, refusal);
        }

        using var buffer = new MemoryStream();
        await upload.Content.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (UploadPolicy.CheckContent(name, bytes) is { } mismatch)
        {
            return (null, name, mismatch);
        }

        var text = FileText.Extract(name, type, bytes) ?? "";
        return (new AcceptedFile(name, type, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes))) { Text = text }, name, null);
    }

    /// <summary>Closes the uploads' streams.</summary>
    public static async ValueTask DisposeAllAsync(IEnumerable<Upload> uploads)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        foreach (var upload in uploads)
        {
            await upload.Content.DisposeAsync();
        }
    }
}
