using Touchstone.App.Exams;

namespace Touchstone.Web.Features.Exams.MyResults;

/// <summary>The candidate's own exams: per component Onvoldoende/Voldoende/Goed and the date the result was sent.</summary>
public sealed class IndexModel(CandidateResultsHandler results) : ExamsPage
{
    public IReadOnlyList<CandidateExamView> Exams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Exams = await results.HandleAsync(User.Identity?.Name ?? string.Empty, ct);
}
