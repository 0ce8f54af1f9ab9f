using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Modules;
using Platform.Identity.Persistence;

namespace Platform.Identity.SignIn;

/// <summary>
/// Slows password guessing down without handing anyone a way to lock a real official out. Failed passwords are
/// counted in PostgreSQL, so every instance sees the same counts, under three keys:
/// <list type="bullet">
/// <item>the account from this address — a few free failures, then each failure makes the next attempt wait twice as long;</item>
/// <item>the account from any address — a much higher allowance, against guessing from many addresses;</item>
/// <item>the address against any account — higher still, so that a shared office address is not one key for a whole department.</item>
/// </list>
/// An address the account signed in from recently is exempt from the last two: an attacker elsewhere can slow down
/// guessing at an account, but cannot keep its owner out from their usual place. Nothing locks an account.
/// </summary>
internal sealed class SignInThrottle(AccountsDbContext db, TimeProvider clock, SignInThrottleRules rules) : IModuleService
{
    /// <summary>What a page says to an attempt that must wait.</summary>
    public const string TooManyAttempts = "Quá nhiều lần thử. Hãy đợi rồi thử lại.";

    /// <summary>Answers an attempt that must wait: 429 with <c>Retry-After</c>; returns the whole seconds to wait.</summary>
    public static int Refuse(HttpResponse response, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(response);
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return seconds;
    }

    /// <summary>How long this attempt must wait, or null when it may go ahead.</summary>
    public async Task<TimeSpan?> WaitAsync(string userName, IPAddress? address, CancellationToken ct)
    {
        var keys = ThrottleKeys.Of(userName, address);
        var rows = await db.SignInThrottles.AsNoTracking().Where(t => keys.All.Contains(t.Key)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var pair = rows.Find(r => r.Key == keys.Pair);
        var known = pair?.LastSuccessAt > now - rules.KnownAddressFor;
        TimeSpan?[] waits =
        [
            Wait(pair, rules.PairFailures, now),
            known ? null : Wait(rows.Find(r => r.Key == keys.Account), rules.AccountFailures, now),
            known ? null : Wait(rows.Find(r => r.Key == keys.Address), rules.AddressFailures, now),
        ];
        return waits.Max();
    }

    /// <summary>Counts a wrong password under the three keys, in one statement that concurrent attempts cannot undercount.</summary>
    public async Task FailedAsync(string userName, IPAddress? address, CancellationToken ct)
    {
        var keys = ThrottleKeys.Of(userName, address).All;
        var now = clock.GetUtcNow();
        var windowStart = now - rules.Window;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO identity.sign_in_throttles AS t (key, failures, last_failure_at)
            SELECT k.key, 1, {now} FROM unnest({keys}) AS k(key)
            ON CONFLICT (key) DO UPDATE SET
                failures = CASE WHEN t.last_failure_at IS NULL OR t.last_failure_at < {windowStart} THEN 1 ELSE t.failures + 1 END,
                last_failure_at = excluded.last_failure_at
            """, ct);
    }

    /// <summary>The right password from this address: its count starts again and the address becomes a known one.</summary>
    public async Task SucceededAsync(string userName, IPAddress? address, CancellationToken ct)
    {
        var pair = ThrottleKeys.Of(userName, address).Pair;
        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO identity.sign_in_throttles AS t (key, failures, last_success_at) VALUES ({pair}, 0, {now})
            ON CONFLICT (key) DO UPDATE SET failures = 0, last_success_at = excluded.last_success_at
            """, ct);
    }

    /// <summary>After <paramref name="free"/> failures, the first delay, doubled with each further failure, up to the ceiling.</summary>
    private TimeSpan? Wait(SignInThrottleEntry? row, int free, DateTimeOffset now)
    {
        if (row?.LastFailureAt is not { } last || row.Failures < free || last < now - rules.Window)
        {
            return null;
        }

        var doublings = Math.Min(row.Failures - free, 30);
        var delay = TimeSpan.FromTicks(Math.Min(rules.FirstDelay.Ticks * (1L << doublings), rules.MaxDelay.Ticks));
        var remaining = last + delay - now;
        return remaining > TimeSpan.Zero ? remaining : null;
    }
}

/// <summary>The counters' keys for one attempt: the account at the address, the account, the address.</summary>
internal sealed record ThrottleKeys(string Pair, string Account, string Address)
{
    public string[] All => [Pair, Account, Address];

    public static ThrottleKeys Of(string userName, IPAddress? address)
    {
        var account = FoldName(userName);
        var from = FoldAddress(address);
        return new ThrottleKeys($"pair:{account}|{from}", $"account:{account}", $"address:{from}");
    }

    // Identity compares user names upper-cased; a name too long to be anyone's is kept short by its hash.
    private static string FoldName(string userName)
    {
        var name = userName.Trim().ToUpperInvariant();
        return name.Length <= 128 ? name : "#" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
    }

    // An IPv6 client holds a whole /64: counting per single address would let it take a fresh one for each attempt.
    private static string FoldAddress(IPAddress? address)
    {
        if (address is null)
        {
            return "local";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

/// <summary>One counter of failed passwords (<see cref="ThrottleKeys"/>).</summary>
internal sealed class SignInThrottleEntry
{
    public required string Key { get; set; }

    /// <summary>Failures since the count last started (after a success from this address, or a quiet window).</summary>
    public int Failures { get; set; }

    public DateTimeOffset? LastFailureAt { get; set; }

    /// <summary>For the account-at-address key: when the right password last came from there.</summary>
    public DateTimeOffset? LastSuccessAt { get; set; }
}

/// <summary>The throttle's numbers (configuration section <c>Security:SignInThrottle</c>).</summary>
internal sealed record SignInThrottleRules
{
    public int PairFailures { get; init; } = 5;
    public int AccountFailures { get; init; } = 20;
    public int AddressFailures { get; init; } = 100;
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>A count with no failure for this long starts again.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How long an address the account signed in from stays exempt from the account's and the address's counts.</summary>
    public TimeSpan KnownAddressFor { get; init; } = TimeSpan.FromDays(30);
}
