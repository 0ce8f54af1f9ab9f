using Platform.Packs.DakLak;
using Platform.Packs.SonLa;
using Platform.Sdk.Testing;

namespace Platform.Packs.Tests;

/// <summary>Sơn La's regulation 03/QĐ-BCĐ has 13 articles.</summary>
public sealed class SonLaConformance() : ProvincePackConformance<SonLaPack>(13, "plugins/SonLa/plugin.json");

/// <summary>Đắk Lắk's draft regulation has 14 articles.</summary>
public sealed class DakLakConformance() : ProvincePackConformance<DakLakPack>(14, "plugins/DakLak/plugin.json");
