using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Web.Packs;

/// <summary>A pack's <c>plugin.json</c>: who it is, which province it supplies, which Sdk it was built for, what to load.</summary>
internal sealed record PackManifest(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("province")] string Province,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("supportedSdk")] string SupportedSdk,
    [property: JsonPropertyName("assembly")] string Assembly,
    [property: JsonPropertyName("entryType")] string EntryType)
{
    public const string FileName = "plugin.json";

    private static readonly JsonSerializerOptions Options = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads and checks a manifest; the exception's message says what is wrong.</summary>
    public static PackManifest Read(string path)
    {
        PackManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<PackManifest>(File.ReadAllText(path), Options);
        }
        catch (JsonException ex)
        {
            throw new PackLoadException($"plugin.json không đọc được: {ex.Message} / plugin.json cannot be read: {ex.Message}", ex);
        }

        var missing = new[]
            {
                ("id", manifest?.Id), ("province", manifest?.Province), ("supportedSdk", manifest?.SupportedSdk),
                ("assembly", manifest?.Assembly), ("entryType", manifest?.EntryType),
            }
            .Where(f => string.IsNullOrWhiteSpace(f.Item2)).Select(f => f.Item1).ToList();
        return missing.Count == 0
            ? manifest!
            : throw new PackLoadException(
                $"plugin.json thiếu trường: {string.Join(", ", missing)} / plugin.json lacks: {string.Join(", ", missing)}");
    }
}
