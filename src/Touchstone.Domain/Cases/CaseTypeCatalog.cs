using Touchstone.Domain.Common;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Touchstone.Domain.Cases;

/// <summary>
/// The case type configuration of every scheme, read from <c>frameworks/case-types.yaml</c>. The caller
/// reads the file; this type only parses text, so the domain stays free of I/O.
/// </summary>
public sealed record CaseTypeCatalog(IReadOnlyList<SchemeCaseConfig> Schemes)
{
    /// <summary>The scheme with this code (case-insensitive), or null.</summary>
    public SchemeCaseConfig? Find(string schemeCode) =>
        Schemes.FirstOrDefault(s => string.Equals(s.Code, schemeCode, StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses the YAML; every problem found is returned as an error naming the file and the scheme.</summary>
    public static Result<CaseTypeCatalog> Parse(string fileName, string yamlText)
    {
        CatalogDto? dto;
        try
        {
            dto = new DeserializerBuilder()
                .WithNamingConvention(CamelCaseNamingConvention.Instance)
                .Build()
                .Deserialize<CatalogDto>(yamlText);
        }
        catch (YamlException ex)
        {
            return Invalid(fileName, $"not valid YAML at line {ex.Start.Line}: {ex.Message}");
        }

        if (dto?.Schemes is not { Count: > 0 })
        {
            return Invalid(fileName, "no schemes listed.");
        }

        var errors = new List<DomainError>();
        var schemes = new List<SchemeCaseConfig>();
        foreach (var scheme in dto.Schemes)
        {
            var parsed = ParseScheme(fileName, scheme, errors);
            if (parsed is not null)
            {
                schemes.Add(parsed);
            }
        }

        foreach (var duplicate in schemes.GroupBy(s => s.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add(Error(fileName, $"scheme {duplicate.Key} is listed twice."));
        }

        return errors.Count > 0 ? Result<CaseTypeCatalog>.Failure(errors) : new CaseTypeCatalog(schemes);
    }

    private static SchemeCaseConfig? ParseScheme(string fileName, SchemeDto dto, List<DomainError> errors)
    {
        if (string.IsNullOrWhiteSpace(dto.Code))
        {
            errors.Add(Error(fileName, "a scheme has no code."));
            return null;
        }

        var where = $"scheme {dto.Code}";
        if (dto.ReminderWorkingDaysBefore is < 0)
        {
            errors.Add(Error(fileName, $"{where}: reminderWorkingDaysBefore cannot be negative."));
        }

        var types = new List<CaseTypeConfig>();
        foreach (var t in dto.CaseTypes ?? [])
        {
            if (!Enum.TryParse<CaseType>(t.Type, ignoreCase: true, out var type))
            {
                errors.Add(Error(fileName, $"{where}: unknown case type '{t.Type}'."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(t.Rule))
            {
                errors.Add(Error(fileName, $"{where}, {type}: every case type must cite its rule."));
            }

            var handlingFrom = HandlingTermStart.Receipt;
            if (t.HandlingFrom is not null && !Enum.TryParse(t.HandlingFrom, ignoreCase: true, out handlingFrom))
            {
                errors.Add(Error(fileName, $"{where}, {type}: unknown handlingFrom '{t.HandlingFrom}'."));
            }

            var decidedBy = type == CaseType.Complaint ? CaseRole.Director : CaseRole.ExamCommittee;
            if (t.DecidedBy is not null
                && (!Enum.TryParse(t.DecidedBy, ignoreCase: true, out decidedBy) || decidedBy is not (CaseRole.ExamCommittee or CaseRole.Director)))
            {
                errors.Add(Error(fileName, $"{where}, {type}: decidedBy must be ExamCommittee or Director, not '{t.DecidedBy}'."));
            }

            var wording = ObjectionWording.Exam;
            if (t.Checklist is { } w)
            {
                if (string.IsNullOrWhiteSpace(w.Subject) || string.IsNullOrWhiteSpace(w.SubjectNl)
                    || string.IsNullOrWhiteSpace(w.Addressee) || string.IsNullOrWhiteSpace(w.AddresseeNl))
                {
                    errors.Add(Error(fileName, $"{where}, {type}: checklist needs subject, subjectNl, addressee and addresseeNl."));
                }
                else
                {
                    wording = new ObjectionWording(w.Subject, w.SubjectNl, w.Addressee, w.AddresseeNl);
                }
            }

            var filingTerm = ParseTerm(fileName, $"{where}, {type}, filingTerm", t.FilingTerm, errors);
            if (handlingFrom == HandlingTermStart.FilingPeriodEnd && filingTerm is null)
            {
                errors.Add(Error(fileName, $"{where}, {type}: handlingFrom FilingPeriodEnd needs a filingTerm."));
            }

            types.Add(new CaseTypeConfig
            {
                Type = type,
                FilingTerm = filingTerm,
                ReceiptTerm = ParseTerm(fileName, $"{where}, {type}, receiptTerm", t.ReceiptTerm, errors),
                HandlingTerm = ParseTerm(fileName, $"{where}, {type}, handlingTerm", t.HandlingTerm, errors),
                HandlingFrom = handlingFrom,
                Rule = t.Rule ?? string.Empty,
                Interpretation = t.Interpretation,
                AppealBody = t.AppealBody,
                DecidedBy = decidedBy,
                Wording = wording,
            });
        }

        if (types.Count == 0)
        {
            errors.Add(Error(fileName, $"{where}: no case types listed."));
        }

        foreach (var duplicate in types.GroupBy(t => t.Type).Where(g => g.Count() > 1))
        {
            errors.Add(Error(fileName, $"{where}: case type {duplicate.Key} is listed twice."));
        }

        return new SchemeCaseConfig
        {
            Code = dto.Code,
            Name = dto.Name ?? dto.Code,
            ReminderWorkingDaysBefore = dto.ReminderWorkingDaysBefore ?? 5,
            CaseTypes = types,
        };
    }

    private static Term? ParseTerm(string fileName, string where, TermDto? dto, List<DomainError> errors)
    {
        if (dto is null)
        {
            return null;
        }

        if (!Enum.TryParse<TermUnit>(dto.Unit, ignoreCase: true, out var unit))
        {
            errors.Add(Error(fileName, $"{where}: unknown unit '{dto.Unit}'."));
            return null;
        }

        if (dto.Amount is not > 0)
        {
            errors.Add(Error(fileName, $"{where}: amount must be a positive number."));
            return null;
        }

        return new Term(dto.Amount.Value, unit);
    }

    private static DomainError Error(string fileName, string message) =>
        new("cases.config.invalid", $"{fileName}: {message}") { Args = [fileName, message] };

    private static Result<CaseTypeCatalog> Invalid(string fileName, string message) =>
        Result<CaseTypeCatalog>.Failure(Error(fileName, message));

    private sealed class CatalogDto
    {
        public List<SchemeDto>? Schemes { get; set; }
    }

    private sealed class SchemeDto
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public int? ReminderWorkingDaysBefore { get; set; }

        public List<CaseTypeDto>? CaseTypes { get; set; }
    }

    private sealed class CaseTypeDto
    {
        public string? Type { get; set; }

        public TermDto? FilingTerm { get; set; }

        public TermDto? ReceiptTerm { get; set; }

        public TermDto? HandlingTerm { get; set; }

        public string? HandlingFrom { get; set; }

        public string? Rule { get; set; }

        public string? Interpretation { get; set; }

        public string? AppealBody { get; set; }

        public string? DecidedBy { get; set; }

        public WordingDto? Checklist { get; set; }
    }

    private sealed class WordingDto
    {
        public string? Subject { get; set; }

        public string? SubjectNl { get; set; }

        public string? Addressee { get; set; }

        public string? AddresseeNl { get; set; }
    }

    private sealed class TermDto
    {
        public int? Amount { get; set; }

        public string? Unit { get; set; }
    }
}
