using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Platform.Core.Settings;
using Platform.Identity.Accounts;

namespace Platform.Identity.Passwords;

/// <summary>
/// Refuses passwords that are long enough but easy to guess: on the lists of common ones (our own, and the 10,000
/// most common of a public breach corpus), one character repeated, a run along the keyboard or the digits, the
/// account's own name, or — outside demo mode — the demo accounts' published password. Length (12) is checked by
/// Identity itself.
/// </summary>
internal sealed class CommonPasswordValidator(IOptions<DemoOptions> demo, IStringLocalizer<IdentityTexts> t) : IPasswordValidator<Account>
{
    private static readonly HashSet<string> Common = Load("common-passwords.txt", "breached-passwords.txt");
    private static readonly string Demo = Simplify(DemoAccounts.Password);
    private static readonly string[] Runs = ["1234567890", "0987654321", "qwertyuiop", "asdfghjkl", "zxcvbnm", "abcdefghijklmnopqrstuvwxyz"];

    public Task<IdentityResult> ValidateAsync(UserManager<Account> manager, Account user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var plain = Simplify(password ?? "");
        var weak = Common.Contains(plain)
            || (plain == Demo && !demo.Value.Load)
            || plain.Distinct().Count() <= 2
            || Runs.Any(run => run.Contains(plain, StringComparison.Ordinal) || plain.Contains(run, StringComparison.Ordinal) && plain.Length - run.Length < 4)
            || (user.UserName is { Length: >= 4 } name && plain.Contains(Simplify(name), StringComparison.Ordinal));

        return Task.FromResult(weak
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = t["Mật khẩu quá dễ đoán (mật khẩu phổ biến, lặp ký tự, dãy phím liên tiếp hoặc chứa tên đăng nhập)."],
            })
            : IdentityResult.Success);
    }

    private static string Simplify(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
    }

    private static HashSet<string> Load(params string[] lists)
    {
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(list)
                ?? throw new InvalidOperationException($"{list} is not embedded.");
            using var reader = new StreamReader(stream);
            passwords.UnionWith(reader.ReadToEnd()
                .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(line => !line.StartsWith('#'))
                .Select(Simplify));
        }

        return passwords;
    }
}
