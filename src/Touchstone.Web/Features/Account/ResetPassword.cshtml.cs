using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Touchstone.App.Accounts;
using Touchstone.App.Data;

namespace Touchstone.Web.Features.Account;

/// <summary>Sets a new password with the token from the e-mail (reset or invitation).</summary>
public sealed class ResetPasswordModel(UserManager<User> users, TouchstoneDbContext db, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Login.Email")]
    public string Email { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public bool Invite { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Reset.NewPassword")]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    [Compare(nameof(Password), ErrorMessage = "Reset.Mismatch")]
    [Display(Name = "Reset.Confirm")]
    public string ConfirmPassword { get; set; } = string.Empty;

    private string Describe(IdentityError error)
    {
        var text = t["Identity." + error.Code];
        return text.ResourceNotFound ? error.Description : text.Value;
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is null)
        {
            ModelState.AddModelError(string.Empty, t["Reset.InvalidToken"]);
            return Page();
        }

        db.Because(Invite ? "invitation accepted" : "password reset");
        var result = await users.ResetPasswordAsync(user, Token, Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Code == "InvalidToken" ? t["Reset.InvalidToken"].Value : Describe(error));
            }

            return Page();
        }

        await users.ResetAccessFailedCountAsync(user);
        TempData["Message"] = t["Reset.Done"].Value;
        return RedirectToPage("/Account/Login");
    }
}
