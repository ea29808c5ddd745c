package org.infoplaza.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A minor's parent or guardian: who answers for them and gives consent. */
public record GuardianData(
        @NotBlank(message = "{member.guardian.name.required}") @Size(max = 160, message = "{member.guardian.name.required}") String name,
        @NotBlank(message = "{member.guardian.relationship.required}") @Size(max = 60, message = "{member.guardian.relationship.required}") String relationship,
        @Pattern(regexp = MemberRules.PHONE, message = "{member.phone.format}") String phone,
        @Size(max = 254) @jakarta.validation.constraints.Email(message = "{member.email.format}") String email) {
}
