using System.ComponentModel.DataAnnotations;

namespace Touchstone.App.Mail;

public enum MailDelivery
{
    /// <summary>Write each message as an .eml file into <see cref="MailOptions.Folder"/> (demo set-up).</summary>
    Folder,

    /// <summary>Send through an SMTP server.</summary>
    Smtp,
}

public sealed class MailOptions : IValidatableObject
{
    public const string Section = "Mail";

    public MailDelivery Delivery { get; set; } = MailDelivery.Folder;

    [Required]
    [EmailAddress]
    public string From { get; set; } = "noreply@touchstone.example";

    public string Folder { get; set; } = "data/mail";

    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Delivery == MailDelivery.Smtp && string.IsNullOrWhiteSpace(SmtpHost))
        {
            yield return new ValidationResult("Mail:SmtpHost is required when Mail:Delivery is Smtp.", [nameof(SmtpHost)]);
        }
    }
}
