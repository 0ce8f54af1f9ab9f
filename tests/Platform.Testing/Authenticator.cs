using System.Collections.Concurrent;
using System.Globalization;
using OtpNet;

namespace Platform.Testing;

/// <summary>
/// An authenticator app, as an official's phone runs one: RFC 6238 codes from the key the enrolment page shows. The
/// server takes each code once, so, like a person waiting for the app's next code, <see cref="Code"/> never gives the
/// same time step twice for a key: it gives the current step's code, or the next step's when the current one was used.
/// </summary>
public static class Authenticator
{
    private static readonly ConcurrentDictionary<string, long> LastStep = new(StringComparer.Ordinal);

    /// <summary>A code for <paramref name="shownKey"/> (as shown: "abcd efgh …") that has not been given before.</summary>
    public static string Code(string shownKey)
    {
        var key = Normalise(shownKey);
        var step = LastStep.AddOrUpdate(key, _ => Now(), (_, last) => Math.Max(Now(), last + 1));
        return CodeAt(shownKey, step);
    }

    /// <summary>The code of one 30-second step: to replay a code already used.</summary>
    public static string CodeAt(string shownKey, long step) =>
        new Totp(Base32Encoding.ToBytes(Normalise(shownKey))).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime);

    /// <summary>The step of the last code <see cref="Code"/> gave for this key.</summary>
    public static long LastStepOf(string shownKey) => LastStep[Normalise(shownKey)];

    /// <summary>A code that is not the current one nor within the steps either side the server accepts.</summary>
    public static string WrongCode(string shownKey)
    {
        var current = int.Parse(CodeAt(shownKey, Now()), CultureInfo.InvariantCulture);
        var wrong = (current + 500_000) % 1_000_000;
        for (var step = Now() - 2; step <= Now() + 2; step++)
        {
            if (int.Parse(CodeAt(shownKey, step), CultureInfo.InvariantCulture) == wrong)
            {
                wrong = (wrong + 1) % 1_000_000;
            }
        }

        return wrong.ToString("D6", CultureInfo.InvariantCulture);
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;

    private static string Normalise(string shownKey)
    {
        ArgumentNullException.ThrowIfNull(shownKey);
        return shownKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
    }
}
