using System.Globalization;

namespace Platform.Web.Packs;

/// <summary>
/// A range of Sdk versions in interval notation: <c>[1.0,2.0)</c> is 1.0 up to but excluding 2.0; <c>[1.2,]</c> is 1.2 and later.
/// </summary>
internal sealed record SdkRange(Version? Min, bool MinInclusive, Version? Max, bool MaxInclusive)
{
    public static SdkRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Length < 3 || t[0] is not ('[' or '(') || t[^1] is not (']' or ')') || t.Count(c => c == ',') != 1)
        {
            throw new PackLoadException(
                $"supportedSdk '{text}' không đúng dạng [1.0,2.0). / supportedSdk '{text}' is not of the form [1.0,2.0).");
        }

        var parts = t[1..^1].Split(',');
        return new SdkRange(ReadVersion(parts[0], text), t[0] == '[', ReadVersion(parts[1], text), t[^1] == ']');
    }

    public bool Contains(Version version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var v = new Version(version.Major, version.Minor, Math.Max(version.Build, 0));
        var aboveMin = Min is null || (MinInclusive ? v >= Min : v > Min);
        var belowMax = Max is null || (MaxInclusive ? v <= Max : v < Max);
        return aboveMin && belowMax;
    }

    private static Version? ReadVersion(string part, string text)
    {
        if (string.IsNullOrWhiteSpace(part))
        {
            return null;
        }

        if (!Version.TryParse(part.Trim(), out var parsed))
        {
            throw new PackLoadException($"supportedSdk '{text}': '{part}' không phải số phiên bản. / '{part}' is not a version.");
        }

        return new Version(parsed.Major, parsed.Minor, Math.Max(parsed.Build, 0));
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{(MinInclusive ? '[' : '(')}{Min},{Max}{(MaxInclusive ? ']' : ')')}");
}
