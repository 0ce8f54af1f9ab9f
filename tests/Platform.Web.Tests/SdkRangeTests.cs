using Platform.Web.Packs;

namespace Platform.Web.Tests;

/// <summary>A pack states the Sdk versions it was built for; the host checks its own against them.</summary>
public sealed class SdkRangeTests
{
    [Theory]
    [InlineData("[1.0,2.0)", "1.0.0", true)]
    [InlineData("[1.0,2.0)", "1.7.3", true)]
    [InlineData("[1.0,2.0)", "2.0.0", false)]
    [InlineData("[1.2,2.0)", "1.1.0", false)]
    [InlineData("(1.0,2.0]", "1.0.0", false)]
    [InlineData("(1.0,2.0]", "2.0.0", true)]
    [InlineData("[1.0,]", "9.0.0", true)]
    public void A_version_is_inside_or_outside_the_range(string range, string version, bool inside) =>
        Assert.Equal(inside, SdkRange.Parse(range).Contains(Version.Parse(version)));

    [Theory]
    [InlineData("1.0")]
    [InlineData("[1.0;2.0)")]
    [InlineData("[one,2.0)")]
    public void A_malformed_range_is_explained(string range)
    {
        var error = Assert.Throws<PackLoadException>(() => SdkRange.Parse(range));
        Assert.Contains("supportedSdk", error.Message, StringComparison.Ordinal);
    }
}
