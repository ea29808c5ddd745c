package org.infoplaza.member;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.infoplaza.shared.AbstractEntity;

@Entity
@Table(name = "guardian")
class Guardian extends AbstractEntity {

    private long memberId;
    private String name;
    private String relationship;
    private String phone;
    private String email;

    protected Guardian() {
    }

    Guardian(long memberId, GuardianData data) {
        this.memberId = memberId;
        this.name = Member.clean(data.name());
        this.relationship = Member.clean(data.relationship());
        this.phone = Member.clean(data.phone());
        this.email = Member.clean(data.email());
    }

    /** Rectification: the same guardian row keeps its history, with the corrected details. */
    void update(GuardianData data) {
        this.name = Member.clean(data.name());
        this.relationship = Member.clean(data.relationship());
        this.phone = Member.clean(data.phone());
        this.email = Member.clean(data.email());
    }

    GuardianData toData() {
        return new GuardianData(name, relationship, phone, email);
    }
}
