using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Common;

namespace Touchstone.App.Accounts;

/// <summary>Builds absolute links for e-mails (the web layer knows the host).</summary>
public delegate string LinkBuilder(string path, IDictionary<string, string> query);

public sealed record InviteUser(string Email, string DisplayName, IReadOnlyList<RoleScope> Roles, string Reason);

/// <summary>An administrator invites a person: an account without password and an e-mail to set one.</summary>
public sealed class InviteUserHandler(
    UserManager<User> users, TouchstoneDbContext db, Mailer mailer, TimeProvider time, ICurrentActor actor)
{
    public async Task<Result<User>> HandleAsync(InviteUser command, LinkBuilder link, CancellationToken ct)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(command.DisplayName))
        {
            errors.Add(new DomainError("accounts.name-required", "A name is required."));
        }

        if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(command.Email) || string.IsNullOrWhiteSpace(command.Email))
        {
            errors.Add(new DomainError("accounts.email-invalid", "The e-mail address is not valid."));
        }
        else if (await users.FindByEmailAsync(command.Email) is not null)
        {
            errors.Add(new DomainError("accounts.email-taken", "An account with this e-mail address already exists."));
        }

        if (command.Roles.Count == 0)
        {
            errors.Add(new DomainError("accounts.role-required", "Choose at least one role."));
        }

        if (errors.Count > 0)
        {
            return Result<User>.Failure(errors);
        }

        var user = new User
        {
            UserName = command.Email,
            Email = command.Email,
            DisplayName = command.DisplayName.Trim(),
            CreatedAt = time.GetUtcNow(),
            EmailConfirmed = true,
        };
        db.Because(command.Reason);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return Result<User>.Failure(created.Errors.Select(e => new DomainError("accounts." + e.Code, e.Description)));
        }

        foreach (var scope in command.Roles.Distinct())
        {
            db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = scope.Role, Scheme = scope.Scheme, GrantedAt = time.GetUtcNow(), GrantedBy = actor.Id });
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var url = link("/Account/ResetPassword", new Dictionary<string, string> { ["email"] = user.Email, ["token"] = token, ["invite"] = "true" });
        mailer.Queue(user.Email, "Uitnodiging voor Touchstone / Invitation to Touchstone",
            $"Beste {user.DisplayName},\n\nU bent uitgenodigd voor Touchstone. Kies uw wachtwoord via:\n{url}\n\n" +
            $"You have been invited to Touchstone. Choose your password here:\n{url}\n");
        await db.Because(command.Reason).SaveChangesAsync(ct);
        return user;
    }
}

public sealed record ChangeRole(string UserId, RoleScope Role, bool Grant, string Reason);

/// <summary>Grants or revokes one (possibly scheme-scoped) role; both are audited with their reason.</summary>
public sealed class ChangeRoleHandler(TouchstoneDbContext db, TimeProvider time, ICurrentActor actor, UserManager<User> users)
{
    public async Task<Result> HandleAsync(ChangeRole command, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            return new DomainError("accounts.reason-required", "Give a reason for the change.");
        }

        var user = await users.FindByIdAsync(command.UserId);
        if (user is null)
        {
            return new DomainError("accounts.unknown-user", "Unknown account.");
        }

        var existing = await db.RoleGrants.FirstOrDefaultAsync(
            g => g.UserId == command.UserId && g.Role == command.Role.Role && g.Scheme == command.Role.Scheme, ct);
        if (command.Grant)
        {
            if (existing is not null)
            {
                return new DomainError("accounts.role-held", "The account already holds this role.");
            }

            db.RoleGrants.Add(new RoleGrant
            {
                UserId = command.UserId, Role = command.Role.Role, Scheme = command.Role.Scheme, GrantedAt = time.GetUtcNow(), GrantedBy = actor.Id,
            });
        }
        else
        {
            if (existing is null)
            {
                return new DomainError("accounts.role-not-held", "The account does not hold this role.");
            }

            if (command.Role.Role == Role.Administrator && command.UserId == actor.Id)
            {
                return new DomainError("accounts.self-demotion", "You cannot revoke your own administrator role.");
            }

            db.RoleGrants.Remove(existing);
        }

        // A new security stamp signs the user out elsewhere so the change takes effect at once;
        // UserManager saves the context, so the reason must be set before.
        db.Because(command.Reason);
        await users.UpdateSecurityStampAsync(user);
        await db.Because(command.Reason).SaveChangesAsync(ct);
        return Result.Ok;
    }
}

/// <summary>Queues a password-reset mail. Says nothing about whether the address exists.</summary>
public sealed class RequestPasswordResetHandler(UserManager<User> users, Mailer mailer, TouchstoneDbContext db)
{
    public async Task HandleAsync(string email, LinkBuilder link, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || !user.IsActive)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var url = link("/Account/ResetPassword", new Dictionary<string, string> { ["email"] = email, ["token"] = token });
        mailer.Queue(email, "Wachtwoord herstellen / Reset your password",
            $"Beste {user.DisplayName},\n\nHerstel uw wachtwoord via:\n{url}\n\nReset your password here:\n{url}\n\n" +
            "Heeft u dit niet aangevraagd? Dan kunt u dit bericht negeren.\n");
        await db.Because("password reset requested").SaveChangesAsync(ct);
    }
}
