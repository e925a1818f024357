using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Touchstone.App.Cases;

namespace Touchstone.Web.Features.Cases;

/// <summary>Comments on an exam for the committee, late ones marked late (Examenreglement 8.8, 8.9, 12).</summary>
public sealed class CommentsModel(ExamCommentsHandler comments) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Exam { get; set; }

    public IReadOnlyList<CommentRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await comments.HandleAsync(Exam, User.ToCaseActor(), ct);
}
