package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.member.Sex;
import org.infoplaza.security.Role;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The month's release on the real database: made once when the finished month is first read, stored and
 * served from the store; every output reads the same cells; a change of the true counts makes a new
 * revision, audited together with the one already published.
 */
@IntegrationTest
class ReleasesIntegrationTest {

    @Autowired
    Releases releases;

    @Autowired
    ReleaseStore store;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ReleaseService releaseService;

    @Autowired
    StationUseDesk stationUse;

    @Autowired
    CentreService centres;

    @Autowired
    TestClock clock;

    MunicipalityOption colon;
    YearMonth month;

    @BeforeEach
    void setUp() {
        List<MunicipalityOption> all = SystemAuthentication.call(centres::municipalities);
        colon = all.get(all.size() / 4);
        // A centre the size of a real one: 25 women, 24 men and one person of another sex.
        List<Sex> people = new ArrayList<>(Collections.nCopies(25, Sex.FEMALE));
        people.addAll(Collections.nCopies(24, Sex.MALE));
        people.add(Sex.OTHER_OR_UNSAID);
        stationUse.morningOfWalkIns(colon.id(), people);
        month = YearMonth.from(WorkshopDesk.monday());
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void a_month_in_progress_publishes_no_count_of_people() {
        clock.standAt(WorkshopDesk.mondayAt(18, 0));

        PeoplePublisher publisher = releases.publisher(month);

        assertThat(publisher).isInstanceOf(PeoplePublisher.Pending.class);
        assertThat(store.revisions(month)).isEmpty();
    }

    @Test
    void a_finished_month_gets_one_release_that_passes_and_every_output_reads_it() {
        clock.standAt(month.plusMonths(1).atDay(2).atTime(9, 0));
        SignedIn.as(Role.SECRETARIAT);

        StationUseReport report = indicators.stationUse(month, colon.id(), Locale.ENGLISH);
        PublicMonth page = indicators.publicMonth(month, colon.id(), Locale.ENGLISH);

        List<ReleaseStore.Stored> revisions = store.revisions(month);
        assertThat(revisions).hasSize(1);
        assertThat(revisions.getFirst().findings()).as("the audit's findings").isEmpty();
        assertThat(revisions.getFirst().passed()).isTrue();
        int other = Sex.OTHER_OR_UNSAID.ordinal();
        assertThat(report.togetherBySex().cell(0, other).isHidden()).as("the one person of another sex").isTrue();
        assertThat(report.togetherBySex().cell(0, Sex.MALE.ordinal()).isHidden())
                .as("the men stay on the page (exact or rounded) to protect one person").isFalse();
        assertThat(page.membersBySex()).as("the public page publishes the same cells").isEqualTo(report.togetherBySex());

        indicators.stationUse(month, null, Locale.ENGLISH);
        indicators.trend(month, colon.id());
        assertThat(store.revisions(month)).as("served from the store, not protected again").hasSize(1);
        assertThat(releaseService.revisions(month)).singleElement().satisfies(r -> {
            assertThat(r.published()).isTrue();
            assertThat(r.cost()).extracting(ReleaseCost::kind).contains("served:sex", "served:centre×sex");
        });
    }

    @Test
    void a_correction_becomes_a_second_revision_audited_with_the_first() {
        clock.standAt(month.plusMonths(1).atDay(2).atTime(9, 0));
        SignedIn.as(Role.SECRETARIAT);
        indicators.stationUse(month, colon.id(), Locale.ENGLISH);
        SignedIn.nobody();

        // A late record: another centre of the same municipality had three visitors that month.
        stationUse.morningOfWalkIns(colon.id(), List.of(Sex.FEMALE, Sex.FEMALE, Sex.MALE));
        clock.standAt(month.plusMonths(1).atDay(3).atTime(9, 0));
        SignedIn.as(Role.SECRETARIAT);
        StationUseReport corrected = indicators.stationUse(month, colon.id(), Locale.ENGLISH);

        List<ReleaseService.Revision> revisions = releaseService.revisions(month);
        assertThat(revisions).extracting(ReleaseService.Revision::revision).containsExactly(1, 2);
        assertThat(revisions.getLast().passed()).as("the correction passes the audit together with revision 1: %s",
                revisions.getLast().findings()).isTrue();
        assertThat(revisions.getLast().published()).isTrue();
        assertThat(corrected.togetherBySex().cell(0, Sex.OTHER_OR_UNSAID.ordinal()).isHidden()).isTrue();
    }
}
