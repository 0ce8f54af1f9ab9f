using Platform.Sdk.Testing;

namespace Platform.Packs.QuangNinh.Tests;

/// <summary>The conformance kit: Quảng Ninh's regulation has 10 articles (change it to your regulation's count).</summary>
public sealed class QuangNinhConformance() : ProvincePackConformance<QuangNinhPack>(10, "Platform.Packs.QuangNinh/plugin.json");
