using Microsoft.AspNetCore.Mvc;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.Domain.Exams;

namespace Touchstone.Web.Features.Exams.Independence;

/// <summary>A committee member, examiner or marker records his own independence declaration (Examenreglement 4.9, 5.2).</summary>
public sealed class IndexModel(TouchstoneDbContext db, ICurrentActor actor) : ExamsPage
{
    public IndependenceStatement? Current { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? institute, InstituteRelationKind? kind, [FromServices] DeclareIndependenceHandler handler, CancellationToken ct) =>
        await Done(await handler.HandleAsync(new DeclareIndependence(actor.Id, institute, kind), ct), "Onafhankelijkheidsverklaring vastgelegd.", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct) => Current = await IndependenceStatement.LatestAsync(db, actor.Id, ct);
}
