package org.infoplaza.centre;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.infoplaza.centre.ReferenceImportSummary.Outcome;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.shared.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provinces, districts and corregimientos: the residence selectors read them, and administrators import the
 * corregimiento list from a reference file (see {@link CorregimientoFile}). An import is all or nothing,
 * applies only a file newer than the last one, adds missing districts and corregimientos, and retires
 * (never deletes) the corregimientos the file no longer lists, so members keep pointing at them.
 */
@Service
@Transactional(readOnly = true)
public class GeographyService {

    /** Spanish order: "Ñ" after "N", accents do not push a name to the end. */
    private static final Comparator<Object> NAMES = Collator.getInstance(Locale.forLanguageTag("es-PA"));

    private final ProvinceRepository provinces;
    private final MunicipalityRepository municipalities;
    private final CorregimientoRepository corregimientos;
    private final ReferenceImportRepository imports;
    private final CentreRepository centres;
    private final CurrentUser currentUser;
    private final Clock clock;

    GeographyService(ProvinceRepository provinces, MunicipalityRepository municipalities,
            CorregimientoRepository corregimientos, ReferenceImportRepository imports, CentreRepository centres,
            CurrentUser currentUser, Clock clock) {
        this.provinces = provinces;
        this.municipalities = municipalities;
        this.corregimientos = corregimientos;
        this.imports = imports;
        this.centres = centres;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Provinces first, then the comarcas, each group by name. */
    @PreAuthorize("isAuthenticated()")
    public List<ProvinceOption> provinces() {
        return provinces.findAll().stream()
                .map(p -> new ProvinceOption(p.getId(), p.getName(), p.getIsoCode(), "COMARCA".equals(p.getKind())))
                .sorted(Comparator.comparing(ProvinceOption::comarca)
                        .thenComparing(ProvinceOption::name, NAMES))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public List<DistrictOption> districts(long provinceId) {
        return municipalities.findByProvinceId(provinceId).stream()
                .map(Municipality::toDistrict)
                .sorted(Comparator.comparing(DistrictOption::name, NAMES))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<DistrictOption> district(long municipalityId) {
        return municipalities.findById(municipalityId).map(Municipality::toDistrict);
    }

    /** The district a centre of the caller's scope is in: where most of its members live. */
    @PreAuthorize("isAuthenticated()")
    public Optional<DistrictOption> districtOfCentre(long centreId) {
        currentUser.checkCentre(centreId);
        return centres.findById(centreId).map(c -> c.getMunicipality().toDistrict());
    }

    /** The corregimientos of a district that are valid today, by name: the only ones offered for new data. */
    @PreAuthorize("isAuthenticated()")
    public List<CorregimientoOption> currentCorregimientos(long municipalityId) {
        LocalDate today = LocalDate.now(clock);
        return corregimientos.findByMunicipalityIdOrderByName(municipalityId).stream()
                .filter(c -> c.isCurrentOn(today))
                .map(c -> c.toOption(today))
                .sorted(Comparator.comparing(CorregimientoOption::name, NAMES))
                .toList();
    }

    /** Every corregimiento the district ever had, retired ones included. */
    @PreAuthorize("isAuthenticated()")
    public List<CorregimientoOption> allCorregimientos(long municipalityId) {
        LocalDate today = LocalDate.now(clock);
        return corregimientos.findByMunicipalityIdOrderByName(municipalityId).stream()
                .map(c -> c.toOption(today))
                .toList();
    }

    /** One corregimiento, current or retired. */
    @PreAuthorize("isAuthenticated()")
    public Optional<CorregimientoOption> corregimiento(long corregimientoId) {
        return corregimientos.findById(corregimientoId).map(c -> c.toOption(LocalDate.now(clock)));
    }

    /** The effective date of the last imported corregimiento file, if any. */
    @PreAuthorize("isAuthenticated()")
    public Optional<LocalDate> lastImportDate() {
        return imports.findFirstByKindOrderByEffectiveDateDesc(ReferenceImport.CORREGIMIENTOS)
                .map(ReferenceImport::getEffectiveDate);
    }

    /** What importing the file would change, without changing anything. A malformed file is refused. */
    @PreAuthorize("hasRole('ADMIN')")
    public ReferenceImportSummary previewCorregimientos(String fileName, byte[] content) {
        return compare(fileName, CorregimientoFile.parse(fileName, content, provinces.findAll()), false);
    }

    /**
     * Imports the file if it is newer than the last import (otherwise the outcome is {@code IGNORED}). A
     * malformed file is refused with the line at fault, and nothing is imported.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ReferenceImportSummary importCorregimientos(String fileName, byte[] content) {
        CorregimientoFile file = CorregimientoFile.parse(fileName, content, provinces.findAll());
        if (isNotNewer(file)) {
            return compare(fileName, file, false);
        }
        // The record goes in first: its unique key makes a concurrent import of the same file wait, then fail.
        ReferenceImport record = new ReferenceImport(ReferenceImport.CORREGIMIENTOS, fileName, file.effectiveDate(),
                file.checksum(), clock.instant(), currentUser.require().id());
        try {
            imports.saveAndFlush(record);
        } catch (DataIntegrityViolationException e) {
            throw new DomainException("centre.reference.concurrent");
        }
        ReferenceImportSummary summary = compare(fileName, file, true);
        record.record(summary);
        return summary;
    }

    private boolean isNotNewer(CorregimientoFile file) {
        return lastImportDate().filter(last -> !file.effectiveDate().isAfter(last)).isPresent();
    }

    private ReferenceImportSummary compare(String fileName, CorregimientoFile file, boolean apply) {
        if (isNotNewer(file) && !apply) {
            return new ReferenceImportSummary(fileName, file.effectiveDate(), Outcome.IGNORED, List.of(), List.of(),
                    List.of(), 0);
        }
        LocalDate effective = file.effectiveDate();
        Map<String, Municipality> districts = new HashMap<>();
        Map<Long, Municipality> districtsById = new HashMap<>();
        for (Municipality municipality : municipalities.findAll()) {
            districts.put(CorregimientoFile.Row.districtKey(municipality.getProvince().getId(), municipality.getName()),
                    municipality);
            districtsById.put(municipality.getId(), municipality);
        }
        Map<String, Corregimiento> existing = new HashMap<>();
        for (Corregimiento corregimiento : corregimientos.findAll()) {
            Municipality district = districtsById.get(corregimiento.getMunicipalityId());
            existing.put(CorregimientoFile.Row.districtKey(district.getProvince().getId(), district.getName()) + "|"
                    + CorregimientoFile.normalise(corregimiento.getName()), corregimiento);
        }
        List<String> districtsAdded = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> retired = new ArrayList<>();
        int unchanged = 0;
        Set<String> listed = new HashSet<>();
        List<Corregimiento> toSave = new ArrayList<>();
        for (CorregimientoFile.Row row : file.rows()) {
            String districtKey = row.districtKey();
            Municipality district = districts.get(districtKey);
            if (district == null && !districtsAdded.contains(districtKey)) {
                districtsAdded.add(districtKey);
                if (apply) {
                    district = municipalities.save(new Municipality(row.province(), row.district()));
                    districts.put(districtKey, district);
                }
            }
            String key = districtKey + "|" + CorregimientoFile.normalise(row.corregimiento());
            listed.add(key);
            Corregimiento known = existing.get(key);
            String label = label(row.corregimiento(), row.district(), row.province().getName());
            if (known == null) {
                added.add(label);
                if (apply) {
                    toSave.add(new Corregimiento(district.getId(), row.corregimiento(), effective));
                }
            } else if (known.isRetired()) {
                added.add(label);
                if (apply) {
                    known.reinstate(effective);
                }
            } else {
                unchanged++;
            }
        }
        for (Map.Entry<String, Corregimiento> entry : existing.entrySet()) {
            Corregimiento corregimiento = entry.getValue();
            if (!listed.contains(entry.getKey()) && !corregimiento.isRetired()) {
                Municipality district = districtsById.get(corregimiento.getMunicipalityId());
                retired.add(label(corregimiento.getName(), district.getName(), district.getProvince().getName()));
                if (apply) {
                    corregimiento.retire(effective);
                }
            }
        }
        if (apply) {
            corregimientos.saveAll(toSave);
            corregimientos.flush();
        }
        List<String> districtNames = file.rows().stream()
                .filter(row -> districtsAdded.contains(row.districtKey()))
                .map(row -> row.district() + " (" + row.province().getName() + ")")
                .distinct()
                .toList();
        added.sort(NAMES);
        retired.sort(NAMES);
        return new ReferenceImportSummary(fileName, effective, apply ? Outcome.IMPORTED : Outcome.PREVIEW,
                districtNames, List.copyOf(added), List.copyOf(retired), unchanged);
    }

    private static String label(String corregimiento, String district, String province) {
        return corregimiento + " (" + district + ", " + province + ")";
    }
}
