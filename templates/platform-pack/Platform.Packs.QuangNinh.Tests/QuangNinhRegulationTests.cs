using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Packs.QuangNinh.Tests;

/// <summary>Tests that read as the regulation: add one for each rule you state.</summary>
public sealed class QuangNinhRegulationTests
{
    private static ProvinceDefinition Definition()
    {
        var builder = new ProvincePackBuilder();
        new QuangNinhPack().Describe(builder);
        return builder.Build();
    }

    [Fact]
    public void The_general_standing_agency_is_the_department_of_science_and_technology()
    {
        var general = Assert.Single(Definition().BodiesOf(BodyKind.StandingAgency), b => b.IsGeneral);

        Assert.Equal("so-khcn", general.LeadAgencyKey);
    }
}
