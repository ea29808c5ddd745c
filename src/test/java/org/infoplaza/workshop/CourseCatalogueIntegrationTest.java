package org.infoplaza.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.shared.DomainException;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The national catalogue: the secretariat and administrators curate it; facilitators propose, and a
 * proposal is not a course until a curator accepts it.
 */
@IntegrationTest
class CourseCatalogueIntegrationTest {

    @Autowired
    CourseService courses;

    @Autowired
    CentreService centres;

    @Autowired
    Fixtures fixtures;

    CentreDetails centre;
    StaffPrincipal facilitator;
    StaffPrincipal secretariat;

    @BeforeEach
    void setUp() {
        centre = WorkshopDesk.centre(fixtures, centres);
        facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        secretariat = fixtures.staff(Role.SECRETARIAT, centre.id());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }

    @Test
    void facilitators_and_operators_cannot_write_the_catalogue_and_the_secretariat_can() {
        SignedIn.as(secretariat);
        CourseDetails course = courses.create(WorkshopDesk.courseData(Fixtures.unique("Robótica")));
        CourseDetails edited = courses.update(course.id(), course.toData());
        courses.setActive(edited.id(), edited.version(), false);

        for (Role role : new Role[] {Role.FACILITATOR, Role.OPERATOR}) {
            SignedIn.as(fixtures.staff(role, centre.id()));
            assertThatThrownBy(() -> courses.create(WorkshopDesk.courseData("Otro curso")))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> courses.update(course.id(), course.toData()))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> courses.setActive(course.id(), course.version(), true))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThat(courses.list(true)).as(role.name() + " reads it").extracting(CourseDetails::id)
                    .contains(course.id());
        }
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        assertThatThrownBy(() -> courses.propose(WorkshopDesk.courseData("Idea"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> courses.proposals()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_proposal_enters_the_catalogue_only_when_a_curator_accepts_it_as_edited() {
        String title = Fixtures.unique("Taller de podcasts");
        SignedIn.as(facilitator);
        CourseProposalDetails proposal = courses.propose(WorkshopDesk.courseData(title));

        assertThat(proposal.status()).isEqualTo(ProposalStatus.PENDING);
        assertThat(proposal.proposedByName()).isEqualTo("Test FACILITATOR");
        assertThat(courses.list(true)).extracting(CourseDetails::title).doesNotContain(title);
        assertThat(courses.proposals()).extracting(CourseProposalDetails::id).containsExactly(proposal.id());
        assertThatThrownBy(() -> courses.accept(proposal.id(), proposal.course()))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as(secretariat);
        assertThat(courses.proposals()).extracting(CourseProposalDetails::id).contains(proposal.id());
        CourseData edited = new CourseData(title + " (8 sesiones)", proposal.course().track(),
                proposal.course().description(), 13, 17, 8, proposal.course().plannedHours(), 75, false,
                proposal.course().questions(), proposal.version());
        CourseDetails course = courses.accept(proposal.id(), edited);

        assertThat(course.title()).isEqualTo(title + " (8 sesiones)");
        assertThat(course.minAge()).isEqualTo(13);
        assertThat(course.active()).isTrue();
        assertRefused(() -> courses.decline(proposal.id(), proposal.version() + 1, "tarde"), "workshop.proposal.decided");

        SignedIn.as(facilitator);
        assertThat(courses.list(false)).extracting(CourseDetails::id).contains(course.id());
        assertThat(courses.proposals()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ProposalStatus.ACCEPTED);
            assertThat(p.courseId()).isEqualTo(course.id());
        });
    }

    @Test
    void a_declined_proposal_keeps_its_reason_for_the_facilitator_and_stays_out_of_the_catalogue() {
        String title = Fixtures.unique("Taller repetido");
        SignedIn.as(facilitator);
        CourseProposalDetails proposal = courses.propose(WorkshopDesk.courseData(title));

        SignedIn.as(fixtures.staff(Role.ADMIN, centre.id()));
        assertRefused(() -> courses.decline(proposal.id(), proposal.version(), " "), "workshop.proposal.reason.required");
        courses.decline(proposal.id(), proposal.version(), "Ya existe «Alfabetización digital», que cubre lo mismo");

        SignedIn.as(facilitator);
        assertThat(courses.proposals()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ProposalStatus.DECLINED);
            assertThat(p.declineReason()).isEqualTo("Ya existe «Alfabetización digital», que cubre lo mismo");
            assertThat(p.courseId()).isNull();
        });
        assertThat(courses.list(true)).extracting(CourseDetails::title).doesNotContain(title);
        SignedIn.as(secretariat);
        assertRefused(() -> courses.accept(proposal.id(), courses.proposals().stream()
                .filter(p -> p.id() == proposal.id()).findFirst().orElseThrow().course()), "workshop.proposal.decided");
    }

    @Test
    void a_facilitator_sees_only_their_own_proposals() {
        SignedIn.as(facilitator);
        courses.propose(WorkshopDesk.courseData(Fixtures.unique("Mía")));
        SignedIn.as(fixtures.staff(Role.FACILITATOR, centre.id()));

        assertThat(courses.proposals()).isEmpty();
    }
}
