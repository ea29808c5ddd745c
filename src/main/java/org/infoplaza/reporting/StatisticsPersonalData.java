package org.infoplaza.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.PersonalDataContributor;
import org.infoplaza.member.PersonalDataEntry;
import org.infoplaza.member.PersonalDataRequest;
import org.infoplaza.member.PersonalDataSection;
import org.infoplaza.member.Sex;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rows the statistics keep about a member, for the member's data export: one per month and centre whose
 * stations they used (with their sex and age band as counted) and one per month and workshop group they were
 * enrolled in (whether they attended and completed). Only counts leave the reporting module, but these rows
 * name the member by id, so the person may see them.
 */
@Service
@Order(40)
@Transactional(readOnly = true)
class StatisticsPersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;
    private final CentreService centres;
    private final CohortService cohorts;

    StatisticsPersonalData(JdbcTemplate jdbc, CentreService centres, CohortService cohorts) {
        this.jdbc = jdbc;
        this.centres = centres;
        this.cohorts = cohorts;
    }

    private record StationRow(LocalDate month, long centreId, LocalDate firstDay, String sex, String ageBand) {
    }

    private record TrainingRow(LocalDate month, long cohortId, long centreId, boolean attended, boolean completed,
            String sex, String ageBand) {
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public List<PersonalDataSection> personalData(PersonalDataRequest request) {
        Map<Long, String> centreNames = new HashMap<>();
        List<StationRow> stationRows = jdbc.query("""
                SELECT use_month, centre_id, first_day, sex, age_band FROM rollup_station_member
                WHERE member_id = ? ORDER BY use_month DESC, centre_id
                """, (row, n) -> new StationRow(row.getObject("use_month", LocalDate.class), row.getLong("centre_id"),
                row.getObject("first_day", LocalDate.class), row.getString("sex"), row.getString("age_band")),
                request.memberId());
        List<TrainingRow> trainingRows = jdbc.query("""
                SELECT use_month, cohort_id, centre_id, attended, completed, sex, age_band FROM rollup_training_member
                WHERE member_id = ? ORDER BY use_month DESC, cohort_id
                """, (row, n) -> new TrainingRow(row.getObject("use_month", LocalDate.class), row.getLong("cohort_id"),
                row.getLong("centre_id"), row.getBoolean("attended"), row.getBoolean("completed"),
                row.getString("sex"), row.getString("age_band")), request.memberId());
        List<PersonalDataEntry> stationUse = stationRows.stream().map(r -> PersonalDataEntry.builder()
                .add("month", "reporting.export.month", r.month().toString().substring(0, 7))
                .add("centre", "reporting.export.centre", centre(centreNames, r.centreId()))
                .add("firstDay", "reporting.export.first-day", r.firstDay())
                .code("sex", "reporting.export.sex", Sex.valueOf(r.sex()), "member.sex.")
                .code("ageBand", "reporting.export.age-band", AgeBand.valueOf(r.ageBand()), "member.filter.age-band.")
                .build()).toList();
        Map<Long, String> groups = new HashMap<>();
        List<PersonalDataEntry> training = trainingRows.stream().map(r -> PersonalDataEntry.builder()
                .add("month", "reporting.export.month", r.month().toString().substring(0, 7))
                .add("group", "reporting.export.group", groups.computeIfAbsent(r.cohortId(), id -> {
                    CohortDetails cohort = SystemAuthentication.call(() -> cohorts.get(id));
                    return cohort.course().title() + " · " + cohort.name();
                }))
                .add("centre", "reporting.export.centre", centre(centreNames, r.centreId()))
                .add("attended", "reporting.export.attended", r.attended())
                .add("completed", "reporting.export.completed", r.completed())
                .code("sex", "reporting.export.sex", Sex.valueOf(r.sex()), "member.sex.")
                .code("ageBand", "reporting.export.age-band", AgeBand.valueOf(r.ageBand()), "member.filter.age-band.")
                .build()).toList();
        return List.of(new PersonalDataSection("statisticsStationUse", "reporting.export.station-use", stationUse),
                new PersonalDataSection("statisticsTraining", "reporting.export.training", training));
    }

    private String centre(Map<Long, String> names, long centreId) {
        return names.computeIfAbsent(centreId, id -> {
            // Statistics of the person's visits to other centres than the exporting operator's belong in it too.
            CentreDetails centre = SystemAuthentication.call(() -> centres.get(id));
            return centre.code() + " " + centre.name();
        });
    }
}
