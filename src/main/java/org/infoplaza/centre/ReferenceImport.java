package org.infoplaza.centre;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The record that one reference file was imported: when, by whom, its checksum and what it changed. */
@Entity
@Table(name = "reference_import")
class ReferenceImport {

    static final String CORREGIMIENTOS = "CORREGIMIENTOS";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kind;
    private String fileName;
    private LocalDate effectiveDate;
    private String checksum;
    private Instant importedAt;
    private long importedBy;
    private int districtsAdded;
    private int added;
    private int retired;
    private int unchanged;

    protected ReferenceImport() {
    }

    ReferenceImport(String kind, String fileName, LocalDate effectiveDate, String checksum, Instant importedAt,
            long importedBy) {
        this.kind = kind;
        this.fileName = fileName;
        this.effectiveDate = effectiveDate;
        this.checksum = checksum;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    void record(ReferenceImportSummary summary) {
        this.districtsAdded = summary.districtsAdded().size();
        this.added = summary.added().size();
        this.retired = summary.retired().size();
        this.unchanged = summary.unchanged();
    }

    LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    String getChecksum() {
        return checksum;
    }
}
