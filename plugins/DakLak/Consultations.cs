using Platform.Sdk;

namespace Platform.Packs.DakLak;

/// <summary>What the Đắk Lắk regulation says about opinions between meetings (Art. 3).</summary>
internal static class Consultations
{
    public static void Describe(ProvincePackBuilder pack) =>
        // Art. 3: "Ban Chỉ đạo làm việc theo các hình thức: … cho ý kiến bằng văn bản". The regulation says nothing of
        // urgent opinions through digital platforms, of who approves, or of silence: the host's defaults apply.
        pack.Consultations().WrittenOpinions("3");
}
