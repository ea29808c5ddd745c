package org.infoplaza.centre;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What an administrator enters to create or change a centre. {@code version} is the version the form was
 * loaded from (0 for a new centre), so a stale save is refused. {@code openedOn} is the day the centre opened to
 * the public: reports count it from that month on.
 */
public record CentreData(
        @NotBlank(message = "{centre.code.required}") @Pattern(regexp = "[A-Z0-9-]{2,20}", message = "{centre.code.format}") String code,
        @NotBlank(message = "{centre.name.required}") @Size(max = 120, message = "{centre.name.size}") String name,
        @NotNull(message = "{centre.municipality.required}") Long municipalityId,
        @Size(max = 120, message = "{centre.corregimiento.size}") String corregimiento,
        @Size(max = 255, message = "{centre.address.size}") String address,
        @Pattern(regexp = "^$|^[+0-9 ()-]{7,30}$", message = "{centre.phone.format}") String phone,
        @Email(message = "{centre.email.format}") @Size(max = 254, message = "{centre.email.format}") String email,
        @Size(max = 160, message = "{centre.host.size}") String hostOrganisation,
        @NotNull(message = "{centre.host-kind.required}") HostKind hostKind,
        @NotNull @Valid CentreRules rules,
        @NotNull List<@NotNull(message = "{centre.hours.incomplete}") @Valid OpeningPeriod> openingHours,
        LocalDate openedOn,
        long version) {
}
