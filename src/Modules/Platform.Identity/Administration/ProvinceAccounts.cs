using Platform.Core.Lists;
using System.Net.Mail;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Committees.Contracts;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Notifications;
using Platform.Core.Tenancy;
using Platform.Identity.Access;
using Platform.Identity.Accounts;
using Platform.Identity.Persistence;
using Platform.Identity.Sessions;

namespace Platform.Identity.Administration;

/// <summary>
/// What a province's administrator (or the system administrator, in any province) does to the province's accounts:
/// create them with a first role, grant and revoke roles linked to a seat or an agency, disable and enable, issue
/// activation links. The province's accounts are those holding a role in it; any other account is "not found" here.
/// Every change is one EF save, so the audit trail records it in the same transaction.
/// </summary>
internal sealed class ProvinceAccounts(
    AccountsDbContext db, UserManager<Account> users, ICommitteeDirectory directory, TimeProvider clock, AccountSessions sessions,
    INotificationOutbox outbox, CurrentProvince current)
    : IModuleService
{
    /// <summary>Who holds what in the province: every account with a role there, its grants with seat and agency, and its activation state.</summary>
    public Task<Roster> RosterAsync(string province, CancellationToken ct) => RosterAsync(province, DefaultSort, ct);

    /// <summary>The columns the accounts list sorts by (<c>sap-xep</c>): user name (the default) or full name.</summary>
    public static readonly IReadOnlyCollection<string> SortColumns = ["ten-dang-nhap", "ho-ten"];

    public static readonly SortOrder DefaultSort = new("ten-dang-nhap", false);

    public async Task<Roster> RosterAsync(string province, SortOrder sort, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sort);
        var facts = await FactsAsync(province, [], ct);
        var inProvince = db.Users.AsNoTracking()
            .Where(a => db.Grants.Any(g => g.AccountId == a.Id && g.Province == province));
        var accounts = await ((sort.Column, sort.Descending) switch
            {
                ("ho-ten", false) => inProvince.OrderBy(a => a.DisplayName).ThenBy(a => a.UserName),
                ("ho-ten", true) => inProvince.OrderByDescending(a => a.DisplayName).ThenBy(a => a.UserName),
                (_, true) => inProvince.OrderByDescending(a => a.UserName),
                _ => inProvince.OrderBy(a => a.UserName),
            })
            .Select(a => new
            {
                a.Id, a.UserName, a.DisplayName, a.Email, a.IsDisabled, a.IsDemo, HasPassword = a.PasswordHash != null,
                Elsewhere = db.Grants.Any(g => g.AccountId == a.Id && g.Province != province),
                LinkExpires = db.ActivationLinks.Where(l => l.AccountId == a.Id && l.UsedAt == null).Select(l => (DateTimeOffset?)l.ExpiresAt).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var grants = (await db.Grants.AsNoTracking().Where(g => g.Province == province)
                .OrderBy(g => g.Role).ThenBy(g => g.SeatKey)
                .Select(g => new { g.Id, g.AccountId, g.Role, g.SeatKey, g.AgencyKey }).ToListAsync(ct))
            .ToLookup(g => g.AccountId);
        var now = clock.GetUtcNow();
        return new Roster(
            [.. accounts.Select(a => new RosterAccount(
                a.Id, a.UserName!, a.DisplayName, a.Email, a.IsDisabled, a.IsDemo, a.HasPassword, a.Elsewhere,
                a.LinkExpires > now ? a.LinkExpires : null,
                [.. grants[a.Id].Select(g => new RosterGrant(g.Id, g.Role, g.SeatKey, facts.Seat(g.SeatKey)?.Office, g.AgencyKey, facts.Agency(g.AgencyKey)?.Name))]))],
            facts.Seats, facts.Agencies);
    }

    /// <summary>Reads what rows are checked against, in a fixed number of statements.</summary>
    public async Task<ProvinceFacts> FactsAsync(string province, IReadOnlyCollection<string> userNames, CancellationToken ct)
    {
        var seats = await directory.SeatsOnAsync(VietnamTime.Today(clock), ct);
        var agencies = await directory.AgenciesAsync(ct);
        var linked = await db.Grants.AsNoTracking()
            .Where(g => g.Province == province && g.SeatKey != null && db.Users.Any(a => a.Id == g.AccountId && !a.IsDisabled))
            .Select(g => new { g.SeatKey, g.AccountId }).ToListAsync(ct);
        var taken = await TakenAsync(userNames, ct);
        return new ProvinceFacts(
            seats, agencies,
            linked.GroupBy(l => l.SeatKey!).ToDictionary(g => g.Key, g => g.First().AccountId),
            new HashSet<string>(taken, StringComparer.Ordinal));
    }

    /// <summary>The row's problems by field (FullName, UserName, Email, Agency, Seat, Role); empty when it may be created.</summary>
    public Dictionary<string, Message> Check(OfficialRow row, ProvinceFacts facts)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(facts);
        var errors = new Dictionary<string, Message>();
        if (row.FullName is null)
        {
            errors[nameof(OfficialRow.FullName)] = AdministrationMessages.NameMissing;
        }

        if (row.UserName is null)
        {
            errors[nameof(OfficialRow.UserName)] = AdministrationMessages.UserNameMissing;
        }
        else if (row.UserName.Length > 100 || row.UserName.Any(c => !users.Options.User.AllowedUserNameCharacters.Contains(c)))
        {
            errors[nameof(OfficialRow.UserName)] = AdministrationMessages.UserNameInvalid;
        }
        else if (facts.NameTaken(users.NormalizeName(row.UserName)))
        {
            errors[nameof(OfficialRow.UserName)] = AdministrationMessages.UserNameTaken;
        }

        if (row.Email is not null && !MailAddress.TryCreate(row.Email, out _))
        {
            errors[nameof(OfficialRow.Email)] = AdministrationMessages.EmailInvalid;
        }

        CheckLinks(row.Role, row.Seat, row.Agency, facts, null, errors);
        return errors;
    }

    /// <summary>Creates one account with its first role and seat or agency, and its activation link.</summary>
    public async Task<(Outcome Outcome, IssuedLink? Link)> CreateAsync(string province, OfficialRow typed, CancellationToken ct)
    {
        var row = typed.Cleaned();
        var facts = await FactsAsync(province, row.UserName is null ? [] : [row.UserName], ct);
        var errors = Check(row, facts);
        if (errors.Count > 0)
        {
            return (Outcome.Invalid(errors), null);
        }

        var link = Add(province, row, facts);
        var outcome = await SaveOrRefuseDuplicateAsync(ct);
        return outcome.Succeeded ? (Outcome.Done(link.AccountId), link) : (outcome, null);
    }

    /// <summary>Creates an account holding a national role (ministry viewer, system administrator), with its activation link.</summary>
    public async Task<(Outcome Outcome, IssuedLink? Link)> CreateNationalAsync(OfficialRow typed, CancellationToken ct)
    {
        var row = typed.Cleaned() with { Seat = null, Agency = null };
        var facts = new ProvinceFacts([], [], new Dictionary<string, Guid>(),
            new HashSet<string>(await TakenAsync(row.UserName is null ? [] : [row.UserName], ct), StringComparer.Ordinal));
        var errors = Check(row with { Role = "viewer" }, facts);
        if (!Roles.NationalRoles.Contains(row.Role))
        {
            errors[nameof(OfficialRow.Role)] = AdministrationMessages.RoleUnknown;
        }

        if (errors.Count > 0)
        {
            return (Outcome.Invalid(errors), null);
        }

        var link = Add(RoleGrant.National, row, facts);
        var outcome = await SaveOrRefuseDuplicateAsync(ct);
        return outcome.Succeeded ? (Outcome.Done(link.AccountId), link) : (outcome, null);
    }

    /// <summary>Grants or revokes a national role; revoking ends the account's sessions.</summary>
    public async Task<Outcome> SetNationalAsync(Guid accountId, string? role, bool granted, CancellationToken ct)
    {
        if (!Roles.NationalRoles.Contains(role) || !await db.Users.AnyAsync(a => a.Id == accountId, ct))
        {
            return Outcome.Missing;
        }

        var grant = await db.Grants.SingleOrDefaultAsync(g => g.AccountId == accountId && g.Province == RoleGrant.National && g.Role == role, ct);
        if (granted && grant is null)
        {
            db.Grants.Add(new RoleGrant { Id = Guid.CreateVersion7(), AccountId = accountId, Province = RoleGrant.National, Role = role! });
        }
        else if (!granted && grant is not null)
        {
            db.Grants.Remove(grant);
        }

        await db.SaveChangesAsync(ct);
        await sessions.EndAllAsync(accountId);
        return Outcome.Done(accountId);
    }

    /// <summary>Creates every row's account in one save, or none when any row is refused (the caller checked them).</summary>
    public async Task<(Outcome Outcome, IReadOnlyList<IssuedLink> Links)> CreateAllAsync(string province, IReadOnlyList<OfficialRow> rows, ProvinceFacts facts, CancellationToken ct)
    {
        var links = rows.Select(r => Add(province, r, facts)).ToList();
        var outcome = await SaveOrRefuseDuplicateAsync(ct);
        return outcome.Succeeded ? (Outcome.Done(), links) : (outcome, []);
    }

    /// <summary>Grants a province role, optionally linked to a seat held today and to an agency the person acts for.</summary>
    public async Task<Outcome> GrantAsync(string province, Guid accountId, string? role, string? seat, string? agency, CancellationToken ct)
    {
        if (!await InProvinceAsync(province, accountId, ct))
        {
            return Outcome.Missing;
        }

        var cleaned = new OfficialRow { Role = role, Seat = seat, Agency = agency }.Cleaned();
        var facts = await FactsAsync(province, [], ct);
        var errors = new Dictionary<string, Message>();
        CheckLinks(cleaned.Role, cleaned.Seat, cleaned.Agency, facts, accountId, errors);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var agencyKey = facts.Agency(cleaned.Agency)?.Key;
        if (await db.Grants.AnyAsync(g => g.AccountId == accountId && g.Province == province && g.Role == cleaned.Role &&
                g.SeatKey == cleaned.Seat && g.AgencyKey == agencyKey, ct))
        {
            return Outcome.Invalid("Role", AdministrationMessages.GrantExists);
        }

        db.Grants.Add(new RoleGrant { Id = Guid.CreateVersion7(), AccountId = accountId, Province = province, Role = cleaned.Role!, SeatKey = cleaned.Seat, AgencyKey = agencyKey });
        return await SaveOrRefuseDuplicateAsync(ct);
    }

    /// <summary>Takes a role of the province back; the account's sessions end so the change applies at once.</summary>
    public async Task<Outcome> RevokeAsync(string province, Guid grantId, CancellationToken ct)
    {
        var grant = await db.Grants.SingleOrDefaultAsync(g => g.Id == grantId && g.Province == province, ct);
        if (grant is null)
        {
            return Outcome.Missing;
        }

        db.Grants.Remove(grant);
        await db.SaveChangesAsync(ct);
        await sessions.EndAllAsync(grant.AccountId);
        return Outcome.Done(grant.AccountId);
    }

    /// <summary>
    /// Disables or enables an account of the province. An account that also holds roles elsewhere is the system
    /// administrator's to disable: a province does not lock an official out of another.
    /// </summary>
    public async Task<Outcome> SetDisabledAsync(string province, Guid accountId, bool disabled, bool everywhere, CancellationToken ct)
    {
        if (!await InProvinceAsync(province, accountId, ct))
        {
            return Outcome.Missing;
        }

        if (!everywhere && await db.Grants.AnyAsync(g => g.AccountId == accountId && g.Province != province, ct))
        {
            return Outcome.Refused(AdministrationMessages.OutsideProvince);
        }

        var account = await db.Users.SingleAsync(a => a.Id == accountId, ct);
        account.IsDisabled = disabled;
        account.SecurityStamp = NewStamp();
        var outcome = await Outcome.SaveAsync(db, accountId, Outcome.Conflicted(AdministrationMessages.Conflict), ct);
        if (outcome.Succeeded && disabled)
        {
            await sessions.EndAllAsync(accountId);
        }

        return outcome;
    }

    /// <summary>A new activation link for an account of the province; the one it had stops working.</summary>
    public async Task<(Outcome Outcome, IssuedLink? Link)> IssueLinkAsync(string province, Guid accountId, CancellationToken ct)
    {
        if (!await InProvinceAsync(province, accountId, ct))
        {
            return (Outcome.Missing, null);
        }

        var account = await db.Users.AsNoTracking().SingleAsync(a => a.Id == accountId, ct);
        var link = await db.ActivationLinks.SingleOrDefaultAsync(l => l.AccountId == accountId, ct);
        var (token, hash) = ActivationLink.NewToken();
        var now = clock.GetUtcNow();
        if (link is null)
        {
            db.ActivationLinks.Add(ActivationLink.Issue(accountId, hash, now, ActivationLink.Lifetime));
        }
        else
        {
            link.Renew(hash, now, ActivationLink.Lifetime);
        }

        MailLink(province, accountId, account.DisplayName, account.UserName!, account.Email, token, now + ActivationLink.Lifetime);
        var outcome = await Outcome.SaveAsync(db, accountId, Outcome.Conflicted(AdministrationMessages.Conflict), ct);
        return outcome.Succeeded ? (outcome, new IssuedLink(accountId, account.UserName!, account.DisplayName, token, now + ActivationLink.Lifetime)) : (outcome, null);
    }

    private void CheckLinks(string? role, string? seat, string? agency, ProvinceFacts facts, Guid? account, Dictionary<string, Message> errors)
    {
        if (!ProvinceFacts.IsProvinceRole(role))
        {
            errors[nameof(OfficialRow.Role)] = AdministrationMessages.RoleUnknown;
        }

        if (seat is not null)
        {
            if (facts.Seat(seat) is null)
            {
                errors[nameof(OfficialRow.Seat)] = AdministrationMessages.SeatUnknown;
            }
            else if (facts.SeatTaken(seat, account))
            {
                errors[nameof(OfficialRow.Seat)] = AdministrationMessages.SeatTaken;
            }
        }

        if (agency is not null && facts.Agency(agency) is null)
        {
            errors[nameof(OfficialRow.Agency)] = AdministrationMessages.AgencyUnknown;
        }
    }

    /// <summary>Adds an account for a checked row, its grant and its activation link, to be saved by the caller.</summary>
    private IssuedLink Add(string province, OfficialRow row, ProvinceFacts facts)
    {
        var account = new Account
        {
            Id = Guid.CreateVersion7(),
            UserName = row.UserName,
            NormalizedUserName = users.NormalizeName(row.UserName),
            Email = row.Email,
            NormalizedEmail = row.Email is null ? null : users.NormalizeEmail(row.Email),
            DisplayName = row.FullName!,
            LockoutEnabled = true,
            SecurityStamp = NewStamp(),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
        };
        db.Users.Add(account);
        db.Grants.Add(new RoleGrant
        {
            Id = Guid.CreateVersion7(), AccountId = account.Id, Province = province, Role = row.Role!, SeatKey = row.Seat,
            AgencyKey = facts.Agency(row.Agency)?.Key,
        });
        var (token, hash) = ActivationLink.NewToken();
        var now = clock.GetUtcNow();
        db.ActivationLinks.Add(ActivationLink.Issue(account.Id, hash, now, ActivationLink.Lifetime));
        MailLink(province, account.Id, row.FullName!, row.UserName!, row.Email, token, now + ActivationLink.Lifetime);
        return new IssuedLink(account.Id, row.UserName!, row.FullName!, token, now + ActivationLink.Lifetime);
    }

    /// <summary>
    /// Mails a province account's activation link to its own address, with the save that issues it: mail only, to
    /// that account alone, the link erased from the outbox once sent (the administrator still sees it once, to hand over
    /// in person when there is no address). National accounts have no province to send from: their link is handed over.
    /// </summary>
    private void MailLink(string province, Guid accountId, string name, string userName, string? email, string token, DateTimeOffset validUntil)
    {
        if (province == RoleGrant.National || current.Code != province || string.IsNullOrWhiteSpace(email))
        {
            return;
        }

        outbox.Add(db, AccountMail.Activation(current.Required.Name, accountId, name, userName, email, token, validUntil));
    }

    /// <summary>Saves; a user name taken between the check and the save (the unique index) refuses the whole save.</summary>
    private async Task<Outcome> SaveOrRefuseDuplicateAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome.Done();
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return Outcome.Invalid(nameof(OfficialRow.UserName), AdministrationMessages.UserNameTaken);
        }
    }

    private async Task<List<string>> TakenAsync(IReadOnlyCollection<string> userNames, CancellationToken ct)
    {
        var normalized = userNames.Select(n => users.NormalizeName(n)).ToList();
        return normalized.Count == 0 ? [] :
            await db.Users.AsNoTracking().Where(a => normalized.Contains(a.NormalizedUserName!)).Select(a => a.NormalizedUserName!).ToListAsync(ct);
    }

    private Task<bool> InProvinceAsync(string province, Guid accountId, CancellationToken ct) =>
        db.Grants.AnyAsync(g => g.AccountId == accountId && g.Province == province, ct);

    // 160 random bits, as long as the stamps ASP.NET Core Identity makes.
    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(20));
}

/// <summary>Who holds what in a province, and the seats and agencies a grant may be linked to.</summary>
internal sealed record Roster(IReadOnlyList<RosterAccount> Accounts, IReadOnlyList<SeatHolder> Seats, IReadOnlyList<AgencyEntry> Agencies);

internal sealed record RosterAccount(
    Guid Id, string UserName, string DisplayName, string? Email, bool IsDisabled, bool IsDemo, bool HasPassword, bool HoldsRolesElsewhere,
    DateTimeOffset? LinkValidUntil, IReadOnlyList<RosterGrant> Grants);

internal sealed record RosterGrant(Guid Id, string Role, string? SeatKey, string? SeatOffice, string? AgencyKey, string? AgencyName);

/// <summary>An activation link just issued: shown once to the administrator, never stored but as a hash.</summary>
internal sealed record IssuedLink(Guid AccountId, string UserName, string DisplayName, string Token, DateTimeOffset ValidUntil)
{
    public string Path => ActivationLink.PathFor(Token);
}
