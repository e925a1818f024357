using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Accounts;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;

namespace Touchstone.App.Tests.Foundation;

/// <summary>Log-in, lockout, password reset by e-mail, invitations, role changes and two-factor log-in.</summary>
public abstract class AccountTests(AppFixture app)
{
    private const string Password = "Welkom-2026-test";

    private async Task<string> NewUserAsync(Role role = Role.Candidate)
    {
        var email = $"test-{Guid.NewGuid():N}@touchstone.example";
        await app.Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = new User { UserName = email, Email = email, DisplayName = "Testaccount " + (int)role, EmailConfirmed = true };
            (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = role, GrantedBy = "test" });
            await db.SaveChangesAsync();
        });
        return email;
    }

    [Fact]
    public async Task AWrongPasswordGivesAClearDutchMessageAndKeepsTheEmail()
    {
        var email = await NewUserAsync();
        var client = app.Anonymous();
        var response = await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "fout-wachtwoord" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ParseAsync();
        page.Text(".errors").ShouldContain("Het e-mailadres of het wachtwoord is onjuist.");
        page.QuerySelector("input[name='Input.Email']")!.GetAttribute("value").ShouldBe(email);
    }

    [Fact]
    public async Task FiveFailedLoginsLockTheAccountEvenForTheRightPassword()
    {
        var email = await NewUserAsync();
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "fout" + i });
        }

        var response = await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ParseAsync()).Text(".errors").ShouldContain("geblokkeerd");

        // The lockout is a change of the account and therefore in the audit trail.
        var audited = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().AuditRecords
            .AnyAsync(r => r.EntityType == nameof(User) && r.After!.Contains("\"LockoutEnd\":\"")));
        audited.ShouldBeTrue();
    }

    [Fact]
    public async Task APasswordResetGoesThroughTheOutboxAndTheLinkSetsANewPassword()
    {
        var email = await NewUserAsync();
        var client = app.Anonymous();
        var response = await client.PostFormAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = email });
        (await response.ParseAsync()).Text("main").ShouldContain("herstellink");

        var mail = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Outbox.SingleAsync(m => m.To == email));
        var link = mail.Body.Split('\n').First(l => l.StartsWith("http", StringComparison.Ordinal)).Trim();
        var path = new Uri(link).PathAndQuery;

        var page = await client.GetPageAsync(path);
        var token = page.QuerySelector("input[name=Token]")!.GetAttribute("value")!;
        var reset = await client.PostFormAsync(path, new Dictionary<string, string>
        {
            ["Email"] = email, ["Token"] = token, ["Password"] = "Nieuw-Wachtwoord-1", ["ConfirmPassword"] = "Nieuw-Wachtwoord-1",
        });
        reset.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await WebTest.LoginAsync(app.Factory, email, "Nieuw-Wachtwoord-1");

        // The demo set-up writes sent mail into a folder.
        var sent = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(default));
        sent.ShouldBeGreaterThan(0);
        Directory.GetFiles(app.Factory.MailFolder, "*.eml").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task AResetWithABadTokenIsRefusedAndKeepsTheEmail()
    {
        var email = await NewUserAsync();
        var client = app.Anonymous();
        var response = await client.PostFormAsync($"/Account/ResetPassword?email={Uri.EscapeDataString(email)}&token=bogus", new Dictionary<string, string>
        {
            ["Email"] = email, ["Token"] = "bogus", ["Password"] = "Nieuw-Wachtwoord-1", ["ConfirmPassword"] = "Nieuw-Wachtwoord-1",
        });
        var page = await response.ParseAsync();
        page.Text(".errors").ShouldContain("ongeldig of verlopen");
        page.QuerySelector("input[name=Email]")!.GetAttribute("value").ShouldBe(email);
    }

    [Fact]
    public async Task AnAdministratorInvitesAUserWhoseRoleAndInvitationAreAudited()
    {
        var admin = await app.As(Role.Administrator);
        var email = $"nieuw-{Guid.NewGuid():N}@touchstone.example";
        var response = await admin.PostFormAsync("/Admin/Users", new Dictionary<string, string>
        {
            ["Invite.DisplayName"] = "Nieuwe Examinator", ["Invite.Email"] = email, ["Invite.Role"] = "Examiner", ["Invite.Scheme"] = "LMP", ["Invite.Reason"] = "nieuwe examinator voor LMP",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await app.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var grant = await db.RoleGrants.SingleAsync(g => g.UserId == user.Id);
            grant.ToScope().ShouldBe(new RoleScope(Role.Examiner, "LMP"));
            (await db.Outbox.AnyAsync(m => m.To == email && m.Body.Contains("ResetPassword"))).ShouldBeTrue();
            var audit = await db.AuditRecords.Where(r => r.EntityType == nameof(RoleGrant) && r.EntityId == grant.Id.ToString()).SingleAsync();
            audit.Reason.ShouldBe("nieuwe examinator voor LMP");
            audit.ActorName.ShouldBe("Kees van Dijk");
        });

        // The link in the invitation opens the welcome page (not the plain password reset), and setting the password is audited as the invitation accepted.
        var mail = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Outbox.SingleAsync(m => m.To == email));
        var path = new Uri(mail.Body.Split('\n').First(l => l.StartsWith("http", StringComparison.Ordinal)).Trim()).PathAndQuery;
        var client = app.Anonymous();
        var welcome = await client.GetPageAsync(path);
        welcome.Text("h1").ShouldBe("Welkom — kies uw wachtwoord");
        var accepted = await client.PostFormAsync(path, new Dictionary<string, string>
        {
            ["Email"] = email, ["Token"] = welcome.QuerySelector("input[name=Token]")!.GetAttribute("value")!,
            ["Invite"] = welcome.QuerySelector("input[name=Invite]")!.GetAttribute("value")!,
            ["Password"] = "Nieuw-Wachtwoord-1", ["ConfirmPassword"] = "Nieuw-Wachtwoord-1",
        });
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var acceptedAudited = await app.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            return await db.AuditRecords.AnyAsync(r => r.EntityType == nameof(User) && r.EntityId == userId && r.Reason == "invitation accepted");
        });
        acceptedAudited.ShouldBeTrue();
    }

    [Fact]
    public async Task AnInvitationWithAnInvalidEmailIsRefusedAndKeepsWhatWasTyped()
    {
        var admin = await app.As(Role.Administrator);
        var response = await admin.PostFormAsync("/Admin/Users", new Dictionary<string, string>
        {
            ["Invite.DisplayName"] = "Iemand", ["Invite.Email"] = "geen-adres", ["Invite.Role"] = "Marker", ["Invite.Reason"] = "test",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ParseAsync();
        page.QuerySelector("input[name='Invite.DisplayName']")!.GetAttribute("value").ShouldBe("Iemand");
        page.Text("main").ShouldContain("geen geldig e-mailadres", customMessage: page.Text("main"));
    }

    [Fact]
    public async Task GrantingAndRevokingARoleIsAuditedWithItsReasonAndNeedsOne()
    {
        var email = await NewUserAsync(Role.Candidate);
        var userId = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var admin = await app.As(Role.Administrator);

        var granted = await admin.PostFormAsync($"/Admin/User/{userId}", new Dictionary<string, string> { ["role"] = "Marker", ["scheme"] = "LMP", ["reason"] = "corrector vanaf 2027" }, $"/Admin/User/{userId}?handler=Grant");
        granted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refused = await admin.PostFormAsync($"/Admin/User/{userId}", new Dictionary<string, string> { ["role"] = "Marker", ["scheme"] = "LMP", ["reason"] = "" }, $"/Admin/User/{userId}?handler=Revoke");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.ParseAsync()).Text(".errors").ShouldContain("reden");
        var revoked = await admin.PostFormAsync($"/Admin/User/{userId}", new Dictionary<string, string> { ["role"] = "Marker", ["scheme"] = "LMP", ["reason"] = "gestopt" }, $"/Admin/User/{userId}?handler=Revoke");
        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var reasons = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().AuditRecords
            .Where(r => r.EntityType == nameof(RoleGrant) && (r.Before!.Contains(userId) || r.After!.Contains(userId)))
            .OrderBy(r => r.Sequence).Select(r => r.Action + ":" + r.Reason).ToListAsync());
        reasons.ShouldContain("Created:corrector vanaf 2027");
        reasons.ShouldContain("Deleted:gestopt");
    }

    [Fact]
    public async Task TwoFactorLogInWithAnAuthenticatorApp()
    {
        var email = await NewUserAsync();
        var client = await WebTest.LoginAsync(app.Factory, email, Password);
        var page = await client.GetPageAsync("/Account/TwoFactor");
        var key = page.Text("code.key");
        key.ShouldNotBeNullOrEmpty();
        page.QuerySelector(".qr svg").ShouldNotBeNull();

        var wrong = await client.PostFormAsync("/Account/TwoFactor", new Dictionary<string, string> { ["Code"] = "000000" }, "/Account/TwoFactor?handler=Enable");
        (await wrong.ParseAsync()).Text("main").ShouldContain("onjuist");
        var enabled = await client.PostFormAsync("/Account/TwoFactor", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }, "/Account/TwoFactor?handler=Enable");
        enabled.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Next log-in: the password alone is not enough.
        var fresh = app.Anonymous();
        var step1 = await fresh.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        step1.Headers.Location!.OriginalString.ShouldStartWith("/Account/LoginWith2fa");
        (await fresh.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var step2 = await fresh.PostFormAsync(step1.Headers.Location.OriginalString, new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        step2.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await fresh.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>RFC 6238 time-based one-time password, as an authenticator app computes it.</summary>
    private static class Totp
    {
        public static string Code(string base32Key, DateTimeOffset at)
        {
            var key = Base32(base32Key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant());
            var counter = at.ToUnixTimeSeconds() / 30;
            var message = BitConverter.GetBytes(counter);
            if (BitConverter.IsLittleEndian)
            {
                Array.Reverse(message);
            }

#pragma warning disable CA5350 // RFC 6238 authenticator codes are defined over HMAC-SHA1.
            var hash = HMACSHA1.HashData(key, message);
#pragma warning restore CA5350
            var offset = hash[^1] & 0x0F;
            var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
            return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        }

        private static byte[] Base32(string text)
        {
            const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            var bytes = new List<byte>();
            int buffer = 0, bits = 0;
            foreach (var c in text.TrimEnd('='))
            {
                buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
                bits += 5;
                if (bits >= 8)
                {
                    bytes.Add((byte)(buffer >> (bits - 8)));
                    bits -= 8;
                }
            }

            return [.. bytes];
        }
    }
}

public sealed class AccountSqliteTests(SqliteApp app) : AccountTests(app);

public sealed class AccountPostgresTests(PostgresApp app) : AccountTests(app);
