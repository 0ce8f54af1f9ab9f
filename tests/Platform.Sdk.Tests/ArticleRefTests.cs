using Platform.Sdk;

namespace Platform.Sdk.Tests;

/// <summary>Article references are how officials see why the software asks what it asks.</summary>
public sealed class ArticleRefTests
{
    [Theory]
    [InlineData("8", "Điều 8", "Art. 8", "Điều 8")]
    [InlineData("12.4", "Điều 12.4", "Art. 12.4", "khoản 4 Điều 12")]
    [InlineData("9.2c", "Điều 9.2c", "Art. 9.2c", "điểm c khoản 2 Điều 9")]
    [InlineData("7.1đ", "Điều 7.1đ", "Art. 7.1đ", "điểm đ khoản 1 Điều 7")]
    [InlineData("123.456z", "Điều 123.456z", "Art. 123.456z", "điểm z khoản 456 Điều 123")]
    public void A_reference_reads_in_Vietnamese_and_English(string text, string vietnamese, string english, string formal)
    {
        var reference = ArticleRef.Parse(text);

        Assert.Equal(vietnamese, reference.ToVietnamese());
        Assert.Equal(english, reference.ToEnglish());
        Assert.Equal(formal, reference.ToFormalVietnamese());
        Assert.Equal(text, reference.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("Điều 8")]
    [InlineData("0")]
    [InlineData("9.c")]
    [InlineData("9.2C")]
    [InlineData("9.")]
    [InlineData("1234")]
    [InlineData("9.1234")]
    [InlineData("9.2cc")]
    [InlineData("9.2 c")]
    [InlineData(".2")]
    [InlineData("٩")]
    public void A_malformed_reference_is_refused_with_an_example(string text)
    {
        var error = Assert.ThrowsAny<Exception>(() => ArticleRef.Parse(text));
        Assert.True(error is FormatException or ArgumentOutOfRangeException, error.GetType().Name);
    }

    [Fact]
    public void Spaces_around_a_reference_are_ignored() => Assert.Equal("9.2c", ArticleRef.Parse(" 9.2c\t").ToString());

    [Fact]
    public void References_sort_as_the_regulation_reads_with_Vietnamese_points()
    {
        var sorted = new[] { "9.2e", "9.2đ", "9.2d", "9.1", "12.4", "9", "9.2" }.Select(ArticleRef.Parse).Order().Select(r => r.ToString());

        Assert.Equal(["9", "9.1", "9.2", "9.2d", "9.2đ", "9.2e", "12.4"], sorted);
    }
}
