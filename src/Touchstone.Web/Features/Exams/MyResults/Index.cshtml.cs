using Microsoft.AspNetCore.Mvc;
using Touchstone.App.Exams;

namespace Touchstone.Web.Features.Exams.MyResults;

/// <summary>
/// The candidate's own exams: per component Onvoldoende/Voldoende/Goed and the date the result was sent; a request
/// to inspect the marked work, accepted for three months after the result (Examenreglement 10.1) and refused with
/// the rule named afterwards.
/// </summary>
public sealed class IndexModel(CandidateResultsHandler results) : ExamsPage
{
    public IReadOnlyList<CandidateExamView> Exams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostInspectionAsync(Guid registrationId, List<string>? components, [FromServices] RequestInspectionHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new RequestInspection(Email, registrationId, components ?? []), ct);
        return await Done(Plain(result), Text("Exams.Done.InspectionRequested"), () => LoadAsync(ct));
    }

    public string ComponentName(string code) => LmpExam.Blueprint.Component(code).Name;

    public DateTime Dutch(DateTimeOffset at) => LmpExam.ToDutch(at);

    private string Email => User.Identity?.Name ?? string.Empty;

    private async Task LoadAsync(CancellationToken ct) => Exams = await results.HandleAsync(Email, ct);
}
