using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Persistence;
using Platform.Core.Api;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Tenancy;

namespace Platform.Api.Clients;

/// <summary>A client as the administrator's page lists it.</summary>
internal sealed record ClientRow(
    Guid Id, string Name, IReadOnlyList<string> Provinces, IReadOnlyList<string> Scopes, string TokenPrefix,
    DateTimeOffset ExpiresAt, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt, string? RevokedBy, DateTimeOffset? LastUsedAt);

/// <summary>What the administrator asks for when issuing a token.</summary>
internal sealed record ClientRequest(string? Name, IReadOnlyList<string> Provinces, IReadOnlyList<string> Scopes, DateOnly? ExpiresOn);

/// <summary>The client a token stands for, as the authentication scheme reads it.</summary>
internal sealed record ClientIdentity(Guid Id, string Name, IReadOnlyList<string> Provinces, IReadOnlyList<string> Scopes, DateTimeOffset? LastUsedAt);

/// <summary>
/// Issues, lists and revokes the API clients' tokens, and finds the client a presented token stands for. A token is
/// <c>pk_</c> followed by 256 random bits (base64url); only its SHA-256 is stored, so the token is shown once.
/// </summary>
internal sealed class ApiClients(ApiDbContext db, IProvinceCatalog catalog, TimeProvider clock) : IModuleService
{
    public const string TokenStart = "pk_";

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public async Task<IReadOnlyList<ClientRow>> ListAsync(CancellationToken ct) =>
        await db.Clients.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new ClientRow(c.Id, c.Name, c.Provinces, c.Scopes, c.TokenPrefix, c.ExpiresAt, c.CreatedAt, c.CreatedBy, c.RevokedAt, c.RevokedBy, c.LastUsedAt))
            .ToListAsync(ct);

    /// <summary>Issues a client and its token; the token is in the result only, never stored.</summary>
    public async Task<(Outcome Outcome, string? Token)> IssueAsync(ClientRequest request, string by, CancellationToken ct)
    {
        var errors = new Dictionary<string, Message>();
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors[nameof(ClientRequest.Name)] = new Message("Hãy nhập tên ứng dụng.", "Enter the client's name.");
        }
        else if (name.Length > 200)
        {
            errors[nameof(ClientRequest.Name)] = new Message("Tên ứng dụng dài quá 200 ký tự.", "The client's name is longer than 200 characters.");
        }

        var provinces = request.Provinces.Distinct(StringComparer.Ordinal).ToList();
        if (provinces.Count == 0 || provinces.Any(p => catalog.Find(p) is null))
        {
            errors[nameof(ClientRequest.Provinces)] = new Message("Hãy chọn ít nhất một tỉnh có trên hệ thống.", "Choose at least one province this deployment serves.");
        }

        var scopes = request.Scopes.Distinct(StringComparer.Ordinal).ToList();
        if (!scopes.Contains(ApiScopes.Read) || scopes.Any(s => !ApiScopes.All.Contains(s)))
        {
            errors[nameof(ClientRequest.Scopes)] = new Message("Phạm vi 'read' là bắt buộc; chỉ chọn trong các phạm vi đã liệt kê.", "The 'read' scope is required; choose only the scopes listed.");
        }

        var now = clock.GetUtcNow();
        var today = VietnamTime.Today(clock);
        if (request.ExpiresOn is not { } expires || expires <= today || expires > today.AddYears(2))
        {
            errors[nameof(ClientRequest.ExpiresOn)] = new Message("Ngày hết hạn phải sau hôm nay và trong vòng 2 năm.", "The expiry must be after today and within 2 years.");
        }

        if (errors.Count == 0 && await db.Clients.AnyAsync(c => c.Name == name, ct))
        {
            errors[nameof(ClientRequest.Name)] = new Message("Đã có ứng dụng cùng tên.", "A client of that name exists.");
        }

        if (errors.Count > 0)
        {
            return (Outcome.Invalid(errors), null);
        }

        var token = TokenStart + Base64Url(RandomNumberGenerator.GetBytes(32));
        var client = new ApiClient
        {
            Id = Guid.CreateVersion7(),
            Name = name!,
            Provinces = provinces,
            Scopes = scopes,
            TokenHash = Hash(token),
            TokenPrefix = token[..10],
            // Valid through the chosen day, Vietnam time.
            ExpiresAt = VietnamTime.StartOf(request.ExpiresOn!.Value.AddDays(1)).ToUniversalTime(),
            CreatedAt = now,
            CreatedBy = by,
        };
        db.Clients.Add(client);
        await db.SaveChangesAsync(ct);
        return (Outcome.Done(client.Id), token);
    }

    public async Task<Outcome> RevokeAsync(Guid id, string by, CancellationToken ct)
    {
        var client = await db.Clients.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (client is null)
        {
            return Outcome.Missing;
        }

        if (client.RevokedAt is null)
        {
            client.RevokedAt = clock.GetUtcNow();
            client.RevokedBy = by;
            await db.SaveChangesAsync(ct);
        }

        return Outcome.Done(id);
    }

    /// <summary>The usable client <paramref name="token"/> stands for; null when unknown, revoked or expired. One statement.</summary>
    public async Task<ClientIdentity?> FindAsync(string token, CancellationToken ct)
    {
        var hash = Hash(token);
        var now = clock.GetUtcNow();
        return await db.Clients.AsNoTracking()
            .Where(c => c.TokenHash == hash && c.RevokedAt == null && c.ExpiresAt > now)
            .Select(c => new ClientIdentity(c.Id, c.Name, c.Provinces, c.Scopes, c.LastUsedAt))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>Notes the client's use, at most once a minute, bypassing the change tracker (and so the audit of saves).</summary>
    public Task TouchAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var before = now.AddMinutes(-1);
        return db.Clients.Where(c => c.Id == id && (c.LastUsedAt == null || c.LastUsedAt < before))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastUsedAt, now), ct);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
