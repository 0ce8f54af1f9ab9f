using Platform.Core.Search;

namespace Platform.Core.Tests.Search;

/// <summary>What an official types in the search becomes: folded words, phrases in quotation marks kept whole.</summary>
public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("Dữ liệu DÂN CƯ", new[] { "du", "lieu", "dan", "cu" })]
    [InlineData("\"dữ liệu dân cư\" Công an", new[] { "du lieu dan cu", "cong", "an" })]
    [InlineData("“Đề án 06” “làm sạch”", new[] { "de an 06", "lam sach" })]
    [InlineData("\"chuyển đổi số", new[] { "chuyen doi so" })]
    public void Words_are_folded_and_a_phrase_in_quotation_marks_is_one_word(string typed, string[] words)
    {
        var query = SearchQuery.From(typed)!;
        Assert.Equal(words, query.Words);
        Assert.DoesNotContain('"', query.Folded);
    }

    [Fact]
    public void Quotation_marks_alone_are_nothing_to_search()
    {
        Assert.Null(SearchQuery.From("\" \""));
    }
}
