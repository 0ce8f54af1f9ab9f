using System.Globalization;
using System.Text;

namespace Platform.Benchmarks.Hosting.Dataset;

/// <summary>The five sections of a generated report (or of its summary).</summary>
internal sealed record ReportSections(string Results, string Shortcomings, string Causes, string TasksAndSolutions, string Proposals)
{
    public IEnumerable<string> All => [Results, Shortcomings, Causes, TasksAndSolutions, Proposals];

    /// <summary>Words as the reporting module counts them: runs of non-space characters holding a letter or digit.</summary>
    public int Words => All.Sum(WordCount);

    public static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}

/// <summary>
/// Writes a periodic report for the load-test dataset from <see cref="Vocabulary"/>'s sentences: about a third of
/// its words on results, the rest on shortcomings, causes, tasks and solutions and proposals, in paragraphs of three
/// to five sentences, and the summary a stage may ask for (Sơn La, Art. 12.5: about a third of the full report).
/// </summary>
internal sealed class ReportWriter(Random random)
{
    /// <summary>Each section's share of the report's words, in the order of <see cref="ReportSections"/>.</summary>
    private static readonly double[] Shares = [0.34, 0.16, 0.13, 0.24, 0.13];

    private static readonly string[][] Sentences =
        [Vocabulary.ReportResults, Vocabulary.ReportShortcomings, Vocabulary.ReportCauses, Vocabulary.ReportTasks, Vocabulary.ReportProposals];

    /// <summary>
    /// A report of about <paramref name="words"/> words on <paramref name="period"/> (its label, e.g. "Quý III/2026");
    /// <paramref name="opening"/>, when given, is the first sentence of its results (a compiled report says what it gathered).
    /// </summary>
    public ReportSections Write(int words, string period, string? opening)
    {
        var sections = new string[Shares.Length];
        for (var i = 0; i < Shares.Length; i++)
        {
            var target = Math.Max(12, (int)(words * Shares[i]));
            sections[i] = Section(Sentences[i], target, Lower(period), i == 0 ? opening : null);
        }

        return new ReportSections(sections[0], sections[1], sections[2], sections[3], sections[4]);
    }

    /// <summary>
    /// The summary of <paramref name="full"/>: the first sentences of each section until it holds
    /// <paramref name="share"/> of that section's words, so that the whole is about that share of the full report.
    /// </summary>
    public static ReportSections Summary(ReportSections full, double share)
    {
        static string Shorten(string section, double share)
        {
            var target = ReportSections.WordCount(section) * share;
            var kept = new StringBuilder();
            var words = 0;
            foreach (var sentence in section.Replace('\n', ' ').Split(". ", StringSplitOptions.RemoveEmptyEntries))
            {
                var text = sentence.EndsWith('.') ? sentence : sentence + ".";
                var count = ReportSections.WordCount(text);
                if (words > 0 && words + (count / 2) > target)
                {
                    break;
                }

                kept.Append(kept.Length == 0 ? "" : " ").Append(text);
                words += count;
            }

            return kept.ToString();
        }

        return new ReportSections(
            Shorten(full.Results, share), Shorten(full.Shortcomings, share), Shorten(full.Causes, share),
            Shorten(full.TasksAndSolutions, share), Shorten(full.Proposals, share));
    }

    private string Section(string[] sentences, int target, string period, string? opening)
    {
        var text = new StringBuilder();
        var words = 0;
        var inParagraph = 0;
        var paragraphLength = random.Next(3, 6);
        if (opening is not null)
        {
            text.Append(opening);
            words += ReportSections.WordCount(opening);
            inParagraph = 1;
        }

        while (words < target)
        {
            var sentence = Fill(sentences[random.Next(sentences.Length)], period);
            if (inParagraph == paragraphLength)
            {
                text.Append('\n');
                (inParagraph, paragraphLength) = (0, random.Next(3, 6));
            }
            else if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(sentence);
            words += ReportSections.WordCount(sentence);
            inParagraph++;
        }

        return text.ToString();
    }

    private string Fill(string template, string period) => template
        .Replace("{s}", Vocabulary.Subjects[random.Next(Vocabulary.Subjects.Length)], StringComparison.Ordinal)
        .Replace("{a}", Lower(Vocabulary.Actions[random.Next(Vocabulary.Actions.Length)]), StringComparison.Ordinal)
        .Replace("{p}", period, StringComparison.Ordinal)
        .Replace("{n}", random.Next(55, 100).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{d}", random.Next(2, 16).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{k}", random.Next(2, 41).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{m}", random.Next(1, 4).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
