package org.infoplaza.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * One consent as recorded at the desk: purpose, who gave it, when and how, which version of the consent
 * text, and whether the young person assented too.
 */
public record ConsentData(
        @NotNull(message = "{member.consent.purpose.required}") ConsentPurpose purpose,
        @NotNull(message = "{member.consent.party.required}") ConsentParty givenBy,
        @NotNull(message = "{member.consent.date.required}") LocalDate grantedAt,
        @NotNull(message = "{member.consent.channel.required}") ConsentChannel channel,
        @NotBlank(message = "{member.consent.text-version.required}") String textVersion,
        boolean minorAssent) {

    /** The version of the consent text printed on the current forms. */
    public static final String CURRENT_TEXT_VERSION = "2026-01";
}
