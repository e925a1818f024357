namespace Touchstone.Domain.Cases;

/// <summary>
/// The admissibility checklist of an objection (Examenreglement 11.1, 14, 16), completed by staff.
/// Yes/no items are null until checked. Dates are facts from the envelope and the register.
/// </summary>
public sealed record ObjectionChecklist
{
    /// <summary>The date the result (or decision) objected to was sent.</summary>
    public required DateOnly ResultSentOn { get; init; }

    /// <summary>
    /// The objection is linked to what it contests (a CMC application) but no decision on it has been taken and
    /// sent yet: an objection made before the decision was known. <see cref="ResultSentOn"/> then says nothing.
    /// </summary>
    public bool DecisionNotYetSent { get; init; }

    /// <summary>The date the objection arrived.</summary>
    public required DateOnly ReceivedOn { get; init; }

    /// <summary>The postmark date; null when there is none or it is illegible.</summary>
    public DateOnly? PostmarkDate { get; init; }

    /// <summary>The sending date shown by the registered-post receipt, when the objector proves timely sending.</summary>
    public DateOnly? ProofOfSendingDate { get; init; }

    public bool? DirectlyHarmedCandidate { get; init; }

    /// <summary>Submitted by someone on the candidate's behalf.</summary>
    public bool? SubmittedByRepresentative { get; init; }

    public bool? RepresentativeIsDutchRegisteredLawyer { get; init; }

    public bool? SignedAuthorisationEnclosed { get; init; }

    /// <summary>Directed against what the scheme's objections concern (<see cref="ObjectionWording.Subject"/>: an exam result, a certification decision).</summary>
    public bool? AgainstResult { get; init; }

    /// <summary>Sent to the institute's address and addressed to the scheme's deciding body (<see cref="ObjectionWording.Addressee"/>).</summary>
    public bool? AddressedToExamCommittee { get; init; }

    public bool? IsSigned { get; init; }

    /// <summary>
    /// Submitted on the web form without the signed letter (bezwaarschrift) uploaded: a fact from the register, not a
    /// question. The objection is registered all the same and fails the signature requirement (16.4) by name.
    /// </summary>
    public bool SignedLetterMissing { get; init; }

    public bool? HasName { get; init; }

    public bool? HasHomeAddress { get; init; }

    public bool? HasPostcode { get; init; }

    public bool? HasTown { get; init; }

    public bool? HasDaytimePhone { get; init; }

    public bool? HasClearDescription { get; init; }

    public bool? HasGrounds { get; init; }

    public bool? HasPetitum { get; init; }

    /// <summary>The word "bezwaarschrift" appears in the heading or subject line.</summary>
    public bool? MarkedBezwaarschrift { get; init; }

    public bool? SentByRegisteredPost { get; init; }

    /// <summary>
    /// The date that counts as the sending date (16.3): the postmark; without a legible postmark the
    /// proven sending date; failing that the receipt date.
    /// </summary>
    public DateOnly ReferenceSendingDate => PostmarkDate ?? ProofOfSendingDate ?? ReceivedOn;

    /// <summary>
    /// Evaluates the checklist against the scheme's objection terms. Every failed requirement is named
    /// with its article; the timeliness items are computed, not asked.
    /// </summary>
    public AdmissibilityVerdict Evaluate(CaseDeadlines deadlines)
    {
        var v = new VerdictBuilder();
        v.Require(DirectlyHarmedCandidate, nameof(DirectlyHarmedCandidate), "objection.not-harmed",
            "The objector is not a candidate directly harmed in his interests.", "Examenreglement 11.1");
        if (SubmittedByRepresentative is null)
        {
            v.Unanswered(nameof(SubmittedByRepresentative));
        }
        else if (SubmittedByRepresentative.Value)
        {
            if (RepresentativeIsDutchRegisteredLawyer is null)
            {
                v.Unanswered(nameof(RepresentativeIsDutchRegisteredLawyer));
            }
            else if (!RepresentativeIsDutchRegisteredLawyer.Value)
            {
                v.Require(SignedAuthorisationEnclosed, nameof(SignedAuthorisationEnclosed), "objection.no-authorisation",
                    "The representative is not a lawyer registered in the Netherlands and encloses no authorisation signed by the candidate.",
                    "Examenreglement 11.1");
            }
        }

        var wording = deadlines.Scheme.Offers(CaseType.Objection) ? deadlines.Scheme.For(CaseType.Objection).Wording : ObjectionWording.Exam;
        v.Require(AgainstResult, nameof(AgainstResult), "objection.not-against-result",
            $"An objection can only concern {wording.Subject}.", "Examenreglement 14", wording.SubjectNl);
        v.Require(AddressedToExamCommittee, nameof(AddressedToExamCommittee), "objection.not-addressed",
            $"The objection is not sent to the institute's address and addressed to {wording.Addressee}.", "Examenreglement 16.1", wording.AddresseeNl);
        v.Require(SentByRegisteredPost, nameof(SentByRegisteredPost), "objection.not-registered",
            "The objection was not sent by registered post.", "Examenreglement 16.2");
        if (SignedLetterMissing)
        {
            v.Fail("objection.no-signed-letter",
                "The objection was submitted on the web form without the signed letter uploaded: it is not signed.", "Examenreglement 16.4");
        }
        else
        {
            v.Require(IsSigned, nameof(IsSigned), "objection.unsigned", "The objection is not signed.", "Examenreglement 16.4");
        }
        v.Require(HasName, nameof(HasName), "objection.no-name", "The objector's name is missing.", "Examenreglement 16.4a");
        v.Require(HasHomeAddress, nameof(HasHomeAddress), "objection.no-address", "The home address is missing.", "Examenreglement 16.4a");
        v.Require(HasPostcode, nameof(HasPostcode), "objection.no-postcode", "The postcode is missing.", "Examenreglement 16.4a");
        v.Require(HasTown, nameof(HasTown), "objection.no-town", "The town is missing.", "Examenreglement 16.4a");
        v.Require(HasDaytimePhone, nameof(HasDaytimePhone), "objection.no-phone",
            "A telephone number reachable during office hours is missing.", "Examenreglement 16.4a");
        v.Require(HasClearDescription, nameof(HasClearDescription), "objection.no-description",
            "A clear and unambiguous description of the objection to the result is missing.", "Examenreglement 16.4b");
        v.Require(HasGrounds, nameof(HasGrounds), "objection.no-grounds",
            "The grounds of the objection are missing.", "Examenreglement 11.1, 16.4c");
        v.Require(HasPetitum, nameof(HasPetitum), "objection.no-petitum", "The petitum is missing.", "Examenreglement 16.4d");
        v.Require(MarkedBezwaarschrift, nameof(MarkedBezwaarschrift), "objection.not-marked",
            "The word 'bezwaarschrift' is not in the heading or subject line.", "Examenreglement 16.4");

        var sent = ReferenceSendingDate;
        if (DecisionNotYetSent)
        {
            // No term has started: the objection can only be inadmissible for coming before the decision (14).
            v.Fail("objection.before-decision",
                $"The objection was sent on {sent:yyyy-MM-dd}, before a decision on the application was taken and sent.",
                "Examenreglement 14", sent);
            return v.Build();
        }

        if (sent < ResultSentOn)
        {
            v.Fail("objection.premature",
                $"The objection was sent on {sent:yyyy-MM-dd}, before the result was sent on {ResultSentOn:yyyy-MM-dd}.",
                "Examenreglement 14", sent, ResultSentOn);
        }

        var filingDeadline = deadlines.ObjectionFilingDeadline(ResultSentOn);
        if (sent > filingDeadline)
        {
            v.IsLate = true;
            var basis = PostmarkDate is not null ? "postmark" : ProofOfSendingDate is not null ? "proof of sending" : "date of receipt (no legible postmark)";
            v.Fail("objection.sent-late",
                $"Sent on {sent:yyyy-MM-dd} ({basis}), after the last day {filingDeadline:yyyy-MM-dd}.",
                "Examenreglement 14, 16.3", sent, basis, filingDeadline);
        }

        var receiptDeadline = deadlines.ObjectionReceiptDeadline(ResultSentOn);
        if (ReceivedOn > receiptDeadline)
        {
            v.IsLate = true;
            v.Fail("objection.received-late",
                $"Received on {ReceivedOn:yyyy-MM-dd}, after the last day of receipt {receiptDeadline:yyyy-MM-dd}.",
                "Examenreglement 16.3", ReceivedOn, receiptDeadline);
        }

        return v.Build();
    }
}
