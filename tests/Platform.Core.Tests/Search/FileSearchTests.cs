using Platform.Core.Search;

namespace Platform.Core.Tests.Search;

/// <summary>The passage a file hit shows: the window the database cut, in whole words, marked where the text goes on.</summary>
public sealed class FileSearchTests
{
    [Fact]
    public void A_window_inside_the_text_drops_its_cut_words_and_says_the_text_goes_on_both_ways()
    {
        var passage = FileSearch.Passage("ng kế hoạch chuyển đổi số của tỉnh năm 2027 và các chỉ tiêu đi kè", 120, 1000);

        Assert.Equal("… kế hoạch chuyển đổi số của tỉnh năm 2027 và các chỉ tiêu đi …", passage);
    }

    [Fact]
    public void The_whole_of_a_short_text_is_shown_as_it_is()
    {
        Assert.Equal("Biên bản kiểm tra", FileSearch.Passage("Biên bản kiểm tra", 0, 17));
    }

    [Fact]
    public void A_file_without_text_shows_no_passage()
    {
        Assert.Equal("", FileSearch.Passage(null, 0, 0));
        Assert.Equal("", FileSearch.Passage("", 0, 0));
    }
}
