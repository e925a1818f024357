using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Touchstone.App.Accounts;

namespace Touchstone.Web.Features.Account;

/// <summary>Queues a reset link by e-mail; the answer is the same whether or not the address is known.</summary>
public sealed class ForgotPasswordModel(RequestPasswordResetHandler handler) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Login.Email")]
    public string Email { get; set; } = string.Empty;

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await handler.HandleAsync(Email.Trim(), Links.For(Request), ct);
        Sent = true;
        return Page();
    }
}
