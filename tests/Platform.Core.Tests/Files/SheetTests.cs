using System.Text;
using Platform.Core.Files;
using Platform.Testing;

namespace Platform.Core.Tests.Files;

/// <summary>Tables read from the files officials import: CSV as Excel and LibreOffice save it, and Excel workbooks.</summary>
public sealed class SheetTests
{
    private static IReadOnlyList<IReadOnlyList<string>> Rows(string fileName, byte[] bytes)
    {
        var (rows, refusal) = Sheet.Read(fileName, bytes);
        Assert.Null(refusal);
        return rows;
    }

    [Fact]
    public void A_csv_saved_with_semicolons_and_a_byte_order_mark_reads_as_its_cells()
    {
        var csv = "\uFEFFSTT;Tỉnh/thành phố;Điểm\r\n1;\"Sơn La; tỉnh miền núi\";0,547\r\n2;Điện Biên;\"0,5\"\r\n";

        var rows = Rows("dti.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(["STT", "Tỉnh/thành phố", "Điểm"], rows[0]);
        Assert.Equal(["1", "Sơn La; tỉnh miền núi", "0,547"], rows[1]);
        Assert.Equal(["2", "Điện Biên", "0,5"], rows[2]);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void A_csv_with_commas_keeps_quoted_commas_doubled_quotes_and_line_breaks_inside_a_cell()
    {
        var csv = "Tỉnh,Điểm,Ghi chú\n\"Hà Nội\",\"1,2\",\"Nói \"\"tốt\"\"\nhai dòng\"\n";

        var rows = Rows("bang.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(["Hà Nội", "1,2", "Nói \"tốt\"\nhai dòng"], rows[1]);
    }

    [Fact]
    public void A_csv_not_in_utf8_is_refused_saying_how_to_save_it()
    {
        var latin = new byte[] { 0x54, 0xEC, 0x6E, 0x68, 0x3B, 0x31, 0x0A }; // "Tình;1" in a legacy code page

        var (_, refusal) = Sheet.Read("bang.csv", latin);

        Assert.NotNull(refusal);
        Assert.Contains("CSV UTF-8", refusal!.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_gives_its_first_sheet_with_empty_cells_in_their_place()
    {
        var bytes = SampleFiles.XlsxTable(
            ["Tỉnh/thành phố", "Điểm", "Xếp hạng"],
            ["Sơn La", 0.547, null],
            [null, null, 3]);

        var rows = Rows("dti.xlsx", bytes);

        Assert.Equal(["Tỉnh/thành phố", "Điểm", "Xếp hạng"], rows[0]);
        Assert.Equal(["Sơn La", "0.547"], rows[1]);
        Assert.Equal(["", "", "3"], rows[2]);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void A_damaged_workbook_or_another_type_is_refused_not_thrown()
    {
        Assert.NotNull(Sheet.Read("dti.xlsx", Encoding.UTF8.GetBytes("not a zip")).Refusal);
        Assert.NotNull(Sheet.Read("dti.pdf", Encoding.UTF8.GetBytes("%PDF-1.4")).Refusal);
        Assert.NotNull(Sheet.Read("dti.csv", []).Refusal);
    }
}
