using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Exams;

namespace Touchstone.Web.Features.Exams.Diplomas;

/// <summary>Issued diplomas: the PDF, a paid statement for a lost one (10.4), revocation (7.9).</summary>
public sealed class IndexModel(TouchstoneDbContext db) : ExamsPage
{
    public IReadOnlyList<Diploma> Diplomas { get; private set; } = [];

    /// <summary>Valid diplomas whose holder no longer passes after a re-marking: the director reviews them.</summary>
    public IReadOnlySet<Guid> ToReview { get; private set; } = new HashSet<Guid>();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct)
    {
        var diploma = await db.Set<Diploma>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        return diploma is null
            ? NotFound()
            : File(DiplomaDocument.Render(diploma, DiplomaDocument.VerifyUrl(BaseUrl, diploma)), "application/pdf", $"diploma-{diploma.Number}.pdf");
    }

    public async Task<IActionResult> OnPostStatementAsync(Guid id, decimal? fee, [FromServices] IssueDuplicateStatementHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new IssueDuplicateStatement(id, BaseUrl, fee ?? 0m), ct);
        return result.IsSuccess ? File(result.Value, "application/pdf", "verklaring-diploma.pdf") : await Done(Plain(result), string.Empty, () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, string? reason, [FromServices] RevokeDiplomaHandler handler, CancellationToken ct) =>
        await Done(await handler.HandleAsync(new RevokeDiploma(id, reason ?? string.Empty), ct), Text("Exams.Done.DiplomaRevoked"), () => LoadAsync(ct));

    private string BaseUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";

    private async Task LoadAsync(CancellationToken ct)
    {
        Diplomas = await db.Set<Diploma>().AsNoTracking().OrderByDescending(d => d.IssuedOn).ThenBy(d => d.Number).Take(500).ToListAsync(ct);
        ToReview = await ApplyObjectionRemarkingHandler.DiplomasToReviewAsync(db, [.. Diplomas], ct);
    }
}
