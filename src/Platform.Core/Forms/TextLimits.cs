namespace Platform.Core.Forms;

/// <summary>
/// How long typed text may be. Every string a page binds is held to a limit before its handler runs
/// (<see cref="TextLimitFilter"/>): the one its property states with <see cref="System.ComponentModel.DataAnnotations.StringLengthAttribute"/>,
/// else <see cref="Default"/>. Forms show the same limit (<c>maxlength</c> and "tối đa N ký tự").
/// </summary>
public static class TextLimits
{
    /// <summary>A name, a number, a short line: a person's name, a decision number, a user name.</summary>
    public const int Name = 200;

    /// <summary>A title or a one-line reason.</summary>
    public const int Line = 500;

    /// <summary>What a task says, and a conclusion item that becomes one (the tasks' title column holds 1,000).</summary>
    public const int Item = 1_000;

    /// <summary>Any bound text that states no limit of its own: a note, a comment.</summary>
    public const int Default = 2_000;

    /// <summary>Long text: minutes, a report's section, a notice's item, a proposal.</summary>
    public const int Long = 20_000;

    /// <summary>A section of a periodic report.</summary>
    public const int Report = 100_000;
}
