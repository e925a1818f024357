using Microsoft.AspNetCore.Mvc;
using Touchstone.App.Exams;

namespace Touchstone.Web.Features.Exams.Results;

/// <summary>The results board (Examenreglement 9.1): what is due when, what is final, sent or withheld for payment; release and a new term (the director's).</summary>
public sealed class IndexModel(ResultsBoardHandler board) : ExamsPage
{
    public IReadOnlyList<ResultsBoardRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await board.HandleAsync(ct);

    public async Task<IActionResult> OnPostReleaseAsync(Guid sessionId, [FromServices] ReleaseResultsHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new ReleaseResults(sessionId), ct);
        return await Done(Plain(result), result.IsSuccess ? Text("Exams.Done.Released", result.Value.Sent, result.Value.WithheldForPayment, result.Value.Pending) : string.Empty,
            async () => Rows = await board.HandleAsync(ct));
    }

    public async Task<IActionResult> OnPostExtendAsync(Guid sessionId, DateOnly newDue, string? reason, [FromServices] ExtendResultsTermHandler handler, CancellationToken ct) =>
        await Done(await handler.HandleAsync(new ExtendResultsTerm(sessionId, newDue, reason ?? string.Empty, StaffActor), ct), Text("Exams.Done.TermExtended"),
            async () => Rows = await board.HandleAsync(ct));
}
