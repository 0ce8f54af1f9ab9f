using Mapster;
using Platform.Committees.Structure;

namespace Platform.IntegrationTests;

/// <summary>
/// The committee pages' read models are projected through one Mapster configuration that is compiled here: a read
/// model member nothing fills, or a pair nobody registered, fails this test instead of showing an empty column.
/// </summary>
public sealed class ReadModelMappingTests
{
    [Fact]
    public void The_committee_read_models_configuration_compiles_for_mapping_and_for_projection()
    {
        var config = ReadModelMapping.Create();

        config.Compile();
        config.CompileProjection();
    }

    [Fact]
    public void A_read_model_member_without_a_source_is_refused_when_the_configuration_compiles()
    {
        var config = ReadModelMapping.Create();
        config.NewConfig<Seat, SeatWithATypo>();

        var error = Assert.ThrowsAny<Exception>(() => config.Compile());
        Assert.Contains(nameof(SeatWithATypo.Ofice), error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pair_nobody_registered_is_refused_rather_than_mapped_by_guess()
    {
        var seat = new Seat { Province = "son-la", Key = "truong-ban", Office = "Chủ tịch UBND tỉnh", Article = "5.1" };

        Assert.ThrowsAny<Exception>(() => seat.Adapt<SeatWithATypo>(ReadModelMapping.Config));
        Assert.Equal("Chủ tịch UBND tỉnh", seat.Adapt<SeatRow>(ReadModelMapping.Config).Office);
    }

    /// <summary>A read model whose member has no source on the entity (a misspelt <c>Office</c>).</summary>
    private sealed class SeatWithATypo
    {
        public string Key { get; init; } = "";
        public string Ofice { get; init; } = "";
    }
}
