package org.infoplaza.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the desk enters to register a member. Rules that need today's date (age, a minor's guardian and
 * consent) are checked by the service with its clock. {@code ignoreDuplicates} is set when staff confirmed
 * that a suspected duplicate is a different person. {@code ethnicity} (empty when not asked) and
 * {@code disability} are sensitive: the service keeps them only with a SENSITIVE_DATA consent.
 */
public record MemberRegistration(
        @NotBlank(message = "{member.given-names.required}") @Size(max = 100, message = "{member.name.size}") String givenNames,
        @NotBlank(message = "{member.surnames.required}") @Size(max = 100, message = "{member.name.size}") String surnames,
        @NotNull(message = "{member.birth-date.required}") LocalDate dateOfBirth,
        @NotNull(message = "{member.sex.required}") Sex sex,
        @NotNull(message = "{member.id-type.required}") IdType idType,
        @Size(max = 30, message = "{member.id-number.format}") String idNumber,
        @Pattern(regexp = MemberRules.PHONE, message = "{member.phone.format}") String phone,
        @Size(max = 254, message = "{member.email.format}") @Email(message = "{member.email.format}") String email,
        @NotNull(message = "{member.language.required}") @Pattern(regexp = "es|en", message = "{member.language.required}") String preferredLanguage,
        SchoolStatus schoolStatus,
        @Size(max = 30, message = "{member.school-grade.size}") String schoolGrade,
        OccupationStatus occupationStatus,
        long homeCentreId,
        Long municipalityId,
        Long corregimientoId,
        @Size(max = 120, message = "{member.place.size}") String community,
        Set<Ethnicity> ethnicity,
        Disability disability,
        @Valid GuardianData guardian,
        @NotNull List<@Valid ConsentData> consents,
        boolean ignoreDuplicates) {

    /** A cédula must follow the documented pattern; other documents need a number; "none" has none. */
    @AssertTrue(message = "{member.id-number.format}")
    public boolean isIdNumberValid() {
        if (idType == null) {
            return true;
        }
        return switch (idType) {
            case CEDULA -> MemberRules.isCedula(idNumber);
            case PASSPORT -> idNumber != null && idNumber.strip().matches("[A-Za-z0-9-]{4,30}");
            case NONE -> idNumber == null || idNumber.isBlank();
        };
    }

    @AssertTrue(message = "{member.ethnicity.invalid}")
    public boolean isEthnicityValid() {
        return Ethnicity.isValidAnswer(ethnicity);
    }

    /** Whether any sensitive field is filled in. */
    public boolean hasSensitiveData() {
        return (ethnicity != null && !ethnicity.isEmpty()) || disability != null;
    }

    public MemberRegistration withIgnoreDuplicates() {
        return new MemberRegistration(givenNames, surnames, dateOfBirth, sex, idType, idNumber, phone, email,
                preferredLanguage, schoolStatus, schoolGrade, occupationStatus, homeCentreId, municipalityId,
                corregimientoId, community, ethnicity, disability, guardian, consents, true);
    }
}
