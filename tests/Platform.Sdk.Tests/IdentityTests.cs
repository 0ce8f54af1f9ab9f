using Platform.Sdk;

namespace Platform.Sdk.Tests;

public sealed class IdentityTests
{
    [Theory]
    [InlineData("son-la", true)]
    [InlineData("dak-lak", true)]
    [InlineData("Son-La", false)]
    [InlineData("sơn-la", false)]
    [InlineData("-son-la", false)]
    [InlineData("s", false)]
    public void A_province_code_is_a_lower_case_ascii_slug(string code, bool valid)
    {
        Assert.Equal(valid, ProvinceCode.IsValid(code));
        if (!valid)
        {
            var error = Assert.Throws<ArgumentException>(() => new ProvinceCode(code));
            Assert.Contains("Mã tỉnh", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_decision_without_number_or_date_is_a_draft()
    {
        var draft = new DecisionRef(null, null, "Ban hành Quy chế hoạt động");
        var signed = new DecisionRef("03/QĐ-BCĐ", new DateOnly(2025, 6, 12), "Ban hành Quy chế hoạt động", "Nguyễn Đình Việt");

        Assert.True(draft.IsDraft);
        Assert.Equal("Ban hành Quy chế hoạt động (dự thảo)", draft.ToString());
        Assert.False(signed.IsDraft);
        Assert.Equal("03/QĐ-BCĐ ngày 12/06/2025", signed.ToString());
    }

    [Fact]
    public void The_Sdk_states_its_version_for_packs_to_target()
    {
        Assert.Equal(1, SdkInfo.Version.Major);
    }
}
