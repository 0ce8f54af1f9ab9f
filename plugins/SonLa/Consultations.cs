using Platform.Sdk;

namespace Platform.Packs.SonLa;

/// <summary>What the Sơn La regulation says about taking members' opinions between meetings (Art. 3, 9.1b, 9.1đ, 9.2a–d).</summary>
internal static class Consultations
{
    public static void Describe(ProvincePackBuilder pack) =>
        pack.Consultations()
            // Art. 3: the committee works by meetings, conferences, inspection teams "và cho ý kiến bằng văn bản".
            .WrittenOpinions("3")
            // Art. 3: "trường hợp cần triển khai một số nhiệm vụ cấp bách mà chưa kịp tổ chức họp có thể lấy ý kiến các
            // thành viên Ban Chỉ đạo 1287 thông qua các nền tảng số".
            .UrgentThroughDigitalPlatforms("3")
            // Art. 9.1b: members review drafts before they go to the PPC; 9.1đ: they comment on the committee's plans
            // and reports; 9.2a–d: each kind of member takes part in and answers for the committee's decisions.
            .MembersGiveOpinions("9.1b", "9.1đ", "9.2a", "9.2b", "9.2c", "9.2d");
    // The regulation names no one who approves a consultation and says nothing of silence: the host's defaults
    // apply (the head approves; no answer is no opinion).
}
