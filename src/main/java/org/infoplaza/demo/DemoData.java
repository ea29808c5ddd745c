package org.infoplaza.demo;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.infoplaza.booking.BookingRequest;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.centre.CentreData;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreFilter;
import org.infoplaza.centre.CentreRules;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.CorregimientoOption;
import org.infoplaza.centre.GeographyService;
import org.infoplaza.centre.HostKind;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.centre.OpeningPeriod;
import org.infoplaza.member.ConsentChannel;
import org.infoplaza.member.ConsentData;
import org.infoplaza.member.ConsentParty;
import org.infoplaza.member.ConsentPurpose;
import org.infoplaza.member.Ethnicity;
import org.infoplaza.member.GuardianData;
import org.infoplaza.member.IdType;
import org.infoplaza.member.MemberRegistration;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.OccupationStatus;
import org.infoplaza.member.SchoolStatus;
import org.infoplaza.member.Sex;
import org.infoplaza.notification.CalendarEvent;
import org.infoplaza.notification.MailRequest;
import org.infoplaza.notification.Outbox;
import org.infoplaza.notification.Recipient;
import org.infoplaza.security.Role;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.Translations;
import org.infoplaza.staff.StaffData;
import org.infoplaza.staff.StaffService;
import org.infoplaza.station.StationData;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationKind;
import org.infoplaza.station.StationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a small, realistic network: one Infoplaza in each of Panamá, San Miguelito
 * and Colón, 12 to 20 stations each, and one account per role, with regular visitors whose sessions of the
 * last months fill the reports ({@link DemoHistory}). Runs only once: a database that already has centres is
 * left alone, except that every start gives the facilitator a session today ({@link DemoToday}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@ConditionalOnProperty(name = "infoplaza.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    /** The demo password of every demo account; the README lists them. Never used outside the demo profile. */
    static final String PASSWORD = "demo-infoplaza";
    /** Regular visitors registered at each centre for the demo's past months, per station. */
    static final int REGULARS_PER_STATION = 4;
    private static final List<String> FEMALE_NAMES = List.of("María José", "Ana Belén", "Yessenia", "Katherine",
            "Dayanara", "Luz Marina", "Milagros", "Anyelis", "Itzel", "Génesis", "Rosa Elena", "Yamileth", "Xiomara",
            "Valentina", "Kimberly", "Nathalie", "Aracelis", "Iveth");
    private static final List<String> MALE_NAMES = List.of("José Luis", "Juan Carlos", "Luis Alberto", "Ricardo",
            "Abdiel", "Eric", "Joel", "Omar", "Rolando", "Ángel", "Édgar", "Félix", "Iván", "Alexis", "Anthony",
            "Brandon", "Jair", "Yoel");
    private static final List<String> SURNAMES = List.of("González", "Rodríguez", "Pérez", "Sánchez", "Martínez",
            "Castillo", "Herrera", "Jiménez", "Batista", "Ortega", "Vargas", "Moreno", "Araúz", "Ríos", "Díaz", "Gómez",
            "Quintero", "Barrios", "De León", "Samaniego", "Cedeño", "Pinzón", "Caballero", "Villarreal");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CentreService centres;
    private final StationService stations;
    private final StaffService staff;
    private final Outbox outbox;
    private final MemberService members;
    private final GeographyService geography;
    private final TransactionTemplate transactions;
    private final BookingService bookings;
    private final DemoWorkshops workshops;
    private final DemoHistory history;
    private final DemoToday today;

    DemoData(CentreService centres, StationService stations, StaffService staff, Outbox outbox,
            MemberService members, GeographyService geography, TransactionTemplate transactions,
            BookingService bookings, DemoWorkshops workshops, DemoHistory history, DemoToday today) {
        this.history = history;
        this.today = today;
        this.bookings = bookings;
        this.workshops = workshops;
        this.members = members;
        this.geography = geography;
        this.centres = centres;
        this.stations = stations;
        this.staff = staff;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(this::createIfEmpty);
        // At every start, not only the first: demo data is kept, and the facilitator needs a session today.
        SystemAuthentication.run(today::ensure);
    }

    private void createIfEmpty() {
        if (centres.page(CentreFilter.none(), Pageable.ofSize(1)).getTotalElements() > 0) {
            return;
        }
        Map<String, Long> municipality = centres.municipalities().stream()
                .collect(Collectors.toMap(MunicipalityOption::name, MunicipalityOption::id, (a, b) -> a));

        // Opened before the demo's history begins, so every month of it counts all three.
        LocalDate opened = LocalDate.now(PanamaTime.ZONE).minusYears(2).withDayOfMonth(1);
        CentreDetails curundu = centres.create(new CentreData("PAN-CUR", "Infoplaza Curundú",
                municipality.get("Panamá"), "Curundú", "Calle principal, junto a la casa comunal", "+507 512-3401",
                "curundu@infoplaza.example", "Junta Comunal de Curundú", HostKind.JUNTA_COMUNAL,
                CentreRules.defaults(), splitShifts(), opened, 0));
        CentreDetails torrijos = centres.create(new CentreData("SMI-TCA", "Infoplaza Torrijos-Carter",
                municipality.get("San Miguelito"), "Belisario Frías", "Vía Domingo Díaz, edificio municipal",
                "+507 512-3402", "torrijos@infoplaza.example", "Alcaldía de San Miguelito", HostKind.ALCALDIA,
                new CentreRules(45, 90, 10, 7), longDay(), opened.plusMonths(3), 0));
        CentreDetails colon = centres.create(new CentreData("COL-CRI", "Infoplaza Cristóbal",
                municipality.get("Colón"), "Cristóbal", "Avenida Roosevelt, salón parroquial", "+507 512-3403",
                null, "Fundación Juventud Colón", HostKind.NGO, CentreRules.defaults(), splitShifts(), opened.plusMonths(7), 0));

        List<StationDetails> curunduStations = addStations(curundu.id(), 16);
        List<StationDetails> torrijosStations = addStations(torrijos.id(), 20);
        List<StationDetails> colonStations = addStations(colon.id(), 12);
        StationDetails broken = colonStations.get(colonStations.size() - 1);
        stations.takeOutOfService(broken.id(), broken.version(), "Pantalla dañada; técnico avisado");

        account("admin", "Ana Administradora", Role.ADMIN, Set.of());
        account("operador", "Óscar Operador", Role.OPERATOR, Set.of(curundu.id()));
        account("operadora.colon", "Olga Operadora", Role.OPERATOR, Set.of(colon.id()));
        account("facilitadora", "Fabiola Facilitadora", Role.FACILITATOR, Set.of(curundu.id(), torrijos.id()));
        account("secretaria", "Sonia Secretaría", Role.SECRETARIAT, Set.of());
        queueExampleMail(curundu);
        List<Long> curunduMembers = registerMembers(curundu, colon);
        Random random = new Random(DemoHistory.SEED);
        List<DemoHistory.Regulars> regulars = new ArrayList<>();
        regulars.add(new DemoHistory.Regulars(curundu, curunduStations,
                registerRegulars(curundu, curunduStations.size(), List.of("Curundú", "Santa Ana", "Ancón"), random)));
        regulars.add(new DemoHistory.Regulars(torrijos, torrijosStations, registerRegulars(torrijos,
                torrijosStations.size(), List.of("Belisario Frías", "Belisario Porras", "Amelia Denis de Icaza",
                        "Omar Torrijos"), random)));
        regulars.add(new DemoHistory.Regulars(colon, colonStations,
                registerRegulars(colon, colonStations.size(), List.of("Cristóbal", "Barrio Sur", "Barrio Norte"), random)));
        int past = history.create(regulars);
        int booked = bookDays(curundu, curunduStations.getFirst(), curunduMembers);
        List<Long> teens = registerTeens(curundu, curunduMembers.subList(2, 4));
        List<Long> graduates = registerGraduates(curundu);
        workshops.create(curundu, teens, curunduMembers.subList(0, 2), graduates);
        log.info("Demo data created: 3 centres, 48 stations, 5 staff accounts, {} members, 2 example messages,"
                + " {} bookings and sessions at Curundú today and later, {} past sessions since {},"
                + " 3 courses and 3 workshop cohorts (one finished)", 8 + teens.size() - 2 + graduates.size() + regulars.stream()
                .mapToInt(r -> r.members().size()).sum(), booked, past,
                YearMonth.now(PanamaTime.ZONE).minusMonths(DemoHistory.MONTHS));
    }

    /**
     * Adults and minors (each minor with a guardian and the guardian's consent recorded on paper), living in
     * corregimientos of their centre's district; one adult answered the sensitive questions with consent.
     */
    private List<Long> registerMembers(CentreDetails curundu, CentreDetails colon) {
        LocalDate today = LocalDate.now(PanamaTime.ZONE);
        List<Long> atCurundu = new ArrayList<>();
        atCurundu.add(adult(curundu, "Curundú", "Carlos Alberto", "Mendoza Ríos", today.minusYears(34).minusDays(40), Sex.MALE,
                IdType.CEDULA, "8-745-1203", "6612-3344", OccupationStatus.UNEMPLOYED, Set.of()));
        atCurundu.add(adult(curundu, "Ancón", "Yaritza", "Batista de Gómez", today.minusYears(27).minusDays(100), Sex.FEMALE,
                IdType.NONE, null, null, OccupationStatus.SELF_EMPLOYED, Set.of()));
        adult(colon, "Barrio Sur", "Luis Enrique", "Archibold", today.minusYears(61).minusDays(12), Sex.MALE,
                IdType.CEDULA, "3-88-991", "6745-0012", OccupationStatus.RETIRED, Set.of(Ethnicity.AFRO_DESCENDANT));
        atCurundu.add(minor(curundu, "Curundú", "Ana Sofía", "Pérez Castillo", today.minusYears(13).minusDays(75), Sex.FEMALE, "Marta Castillo", "Madre"));
        atCurundu.add(minor(curundu, "Curundú", "Kevin", "Rodríguez", today.minusYears(15).minusDays(200), Sex.MALE, "José Rodríguez", "Padre"));
        atCurundu.add(minor(curundu, "Santa Ana", "Dayana", "Herrera Núñez", today.minusYears(11).minusDays(3), Sex.FEMALE, "Elena Núñez", "Abuela"));
        minor(colon, "Cristóbal", "Josué", "Valdés", today.minusYears(16).minusDays(150), Sex.MALE, "Iris Valdés", "Madre");
        minor(colon, "Barrio Norte", "Nicole", "Ábrego Martínez", today.minusYears(14).minusDays(30), Sex.FEMALE, "Rubén Ábrego", "Padre");
        return atCurundu;
    }

    /**
     * A centre's regular visitors for {@link DemoHistory}: {@value #REGULARS_PER_STATION} per station, of all ages
     * (more than half of them children and teenagers, as at an Infoplaza), living in the given corregimientos,
     * with made-up names.
     */
    private List<Long> registerRegulars(CentreDetails centre, int stationCount, List<String> corregimientos,
            Random random) {
        LocalDate today = LocalDate.now(PanamaTime.ZONE);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < REGULARS_PER_STATION * stationCount; i++) {
            boolean female = random.nextInt(100) < 52;
            Sex sex = random.nextInt(100) < 3 ? Sex.OTHER_OR_UNSAID : female ? Sex.FEMALE : Sex.MALE;
            String given = pick(female ? FEMALE_NAMES : MALE_NAMES, random);
            String mothers = pick(SURNAMES, random);
            String surnames = pick(SURNAMES, random) + " " + mothers;
            String corregimiento = corregimientos.get(random.nextInt(corregimientos.size()));
            int share = random.nextInt(100);
            int age = share < 25 ? 8 + random.nextInt(5) : share < 55 ? 13 + random.nextInt(5)
                    : share < 75 ? 18 + random.nextInt(12) : share < 93 ? 30 + random.nextInt(30) : 60 + random.nextInt(20);
            LocalDate born = today.minusYears(age).minusDays(random.nextInt(365));
            if (age < 18) {
                ids.add(minor(centre, corregimiento, given, surnames, born, sex, pick(FEMALE_NAMES, random) + " " + mothers,
                        "Madre"));
            } else {
                OccupationStatus occupation = OccupationStatus.values()[random.nextInt(OccupationStatus.values().length)];
                ids.add(adult(centre, corregimiento, given, surnames, born, sex, IdType.NONE, null, null, occupation,
                        Set.of()));
            }
        }
        return ids;
    }

    private static String pick(List<String> names, Random random) {
        return names.get(random.nextInt(names.size()));
    }

    /** The teenagers of Curundú's violence-prevention group: the two registered above and four more. */
    private List<Long> registerTeens(CentreDetails curundu, List<Long> registered) {
        LocalDate today = LocalDate.now(PanamaTime.ZONE);
        List<Long> teens = new ArrayList<>(registered);
        teens.add(minor(curundu, "Curundú", "Jean Carlos", "Moreno", today.minusYears(14).minusDays(20), Sex.MALE, "Lidia Moreno", "Madre"));
        teens.add(minor(curundu, "Curundú", "Yarisbeth", "Quintero Solís", today.minusYears(16).minusDays(90), Sex.FEMALE, "Aurelio Quintero", "Padre"));
        teens.add(minor(curundu, "Santa Ana", "Abdiel", "Cedeño", today.minusYears(13).minusDays(250), Sex.MALE, "Rosa Cedeño", "Tía"));
        teens.add(minor(curundu, "Ancón", "Keyla", "Barría", today.minusYears(15).minusDays(10), Sex.FEMALE, "Tomás Barría", "Abuelo"));
        return teens;
    }

    /** The teenagers of Curundú's morning group, which finished last week and awaits its certificates. */
    private List<Long> registerGraduates(CentreDetails curundu) {
        LocalDate today = LocalDate.now(PanamaTime.ZONE);
        return List.of(
                minor(curundu, "Curundú", "Dilan", "Ortega Ríos", today.minusYears(15).minusDays(60), Sex.MALE, "Carmen Ríos", "Madre"),
                minor(curundu, "Curundú", "Ashley", "Samaniego", today.minusYears(14).minusDays(120), Sex.FEMALE, "Ana Samaniego", "Madre"),
                minor(curundu, "Santa Ana", "Luis Ángel", "Pinzón", today.minusYears(16).minusDays(15), Sex.MALE, "Edwin Pinzón", "Padre"),
                minor(curundu, "Ancón", "Mariela", "Cedeño Vargas", today.minusYears(13).minusDays(200), Sex.FEMALE, "Rosa Vargas", "Abuela"),
                minor(curundu, "Curundú", "Josué", "Caballero", today.minusYears(17).minusDays(30), Sex.MALE, "Irma Caballero", "Madre"));
    }

    /**
     * A lived-in day board: two live sessions and a guest now (when the centre is open), and bookings later
     * today and on the next two days. The same rules apply as at the desk, so a slot the rules refuse (the
     * centre is closed then, or the time has passed) is simply left out.
     */
    private int bookDays(CentreDetails centre, StationDetails firstStation, List<Long> memberIds) {
        List<Runnable> attempts = new ArrayList<>();
        attempts.add(() -> bookings.startWalkIn(memberIds.get(0), centre.id(), VisitPurpose.EMPLOYMENT));
        attempts.add(() -> bookings.startWalkIn(memberIds.get(2), centre.id(), VisitPurpose.EDUCATION));
        attempts.add(() -> bookings.startGuestSession(centre.id(), firstStation.id(), VisitPurpose.GOVERNMENT_SERVICES));
        LocalDateTime now = LocalDateTime.now(PanamaTime.ZONE);
        List<LocalTime> times = List.of(LocalTime.of(9, 0), LocalTime.of(10, 30), LocalTime.of(14, 0), LocalTime.of(15, 30));
        for (int day = 0; day < 3; day++) {
            for (int i = 0; i < times.size(); i++) {
                LocalDateTime start = now.toLocalDate().plusDays(day).atTime(times.get(i));
                long member = memberIds.get((i + day) % memberIds.size());
                if (start.isAfter(now)) {
                    attempts.add(() -> bookings.book(new BookingRequest(member, centre.id(), null, start, 60)));
                }
            }
        }
        int done = 0;
        for (Runnable attempt : attempts) {
            try {
                attempt.run();
                done++;
            } catch (DomainException refused) {
                log.debug("Demo booking left out: {}", refused.messageKey());
            }
        }
        return done;
    }

    /** The id of a current corregimiento of the centre's district, or none if the reference list lacks it. */
    private Long corregimiento(CentreDetails centre, String name) {
        return geography.currentCorregimientos(centre.municipalityId()).stream()
                .filter(c -> c.name().equals(name))
                .map(CorregimientoOption::id)
                .findFirst()
                .orElse(null);
    }

    private long adult(CentreDetails centre, String corregimiento, String givenNames, String surnames, LocalDate born,
            Sex sex, IdType idType, String idNumber, String phone, OccupationStatus occupation, Set<Ethnicity> ethnicity) {
        LocalDate today = LocalDate.now(PanamaTime.ZONE);
        List<ConsentData> consents = new ArrayList<>();
        consents.add(new ConsentData(ConsentPurpose.DATA_PROCESSING, ConsentParty.MEMBER, today,
                ConsentChannel.IN_PERSON, ConsentData.CURRENT_TEXT_VERSION, false));
        if (!ethnicity.isEmpty()) {
            consents.add(new ConsentData(ConsentPurpose.SENSITIVE_DATA, ConsentParty.MEMBER, today,
                    ConsentChannel.IN_PERSON, ConsentData.CURRENT_TEXT_VERSION, false));
        }
        return members.register(new MemberRegistration(givenNames, surnames, born, sex, idType, idNumber, phone, null, "es",
                null, null, occupation, centre.id(), centre.municipalityId(), corregimiento(centre, corregimiento), null,
                ethnicity, null, null, consents, true)).id();
    }

    private long minor(CentreDetails centre, String corregimiento, String givenNames, String surnames, LocalDate born,
            Sex sex, String guardian, String relationship) {
        LocalDate today = LocalDate.now(PanamaTime.ZONE);
        return members.register(new MemberRegistration(givenNames, surnames, born, sex, IdType.NONE, null, null, null, "es",
                SchoolStatus.ENROLLED, null, null, centre.id(), centre.municipalityId(),
                corregimiento(centre, corregimiento), null, Set.of(), null,
                new GuardianData(guardian, relationship, "6000-1234", null),
                List.of(new ConsentData(ConsentPurpose.DATA_PROCESSING, ConsentParty.GUARDIAN, today,
                                ConsentChannel.PAPER_FORM, ConsentData.CURRENT_TEXT_VERSION, true),
                        new ConsentData(ConsentPurpose.STATION_USE, ConsentParty.GUARDIAN, today,
                                ConsentChannel.PAPER_FORM, ConsentData.CURRENT_TEXT_VERSION, true),
                        new ConsentData(ConsentPurpose.WORKSHOPS, ConsentParty.GUARDIAN, today,
                                ConsentChannel.PAPER_FORM, ConsentData.CURRENT_TEXT_VERSION, true)), true)).id();
    }

    /** One reminder that goes out (captured in the demo) and one for a member without e-mail, skipped. */
    private void queueExampleMail(CentreDetails centre) {
        Instant start = LocalDate.now(PanamaTime.ZONE).plusDays(2).atTime(15, 0).atZone(PanamaTime.ZONE).toInstant();
        Map<String, Object> model = Map.of("title", "Taller de habilidades digitales", "centre", centre.name(),
                "start", start);
        CalendarEvent event = new CalendarEvent("demo-workshop-1@infoplaza", start, start.plusSeconds(5400),
                "Taller de habilidades digitales", centre.name(), null);
        transactions.executeWithoutResult(status -> {
            outbox.enqueue(new MailRequest("session-reminder", new Recipient("Fabiola",
                    "facilitadora@infoplaza.example", Translations.SPANISH), withName(model, "Fabiola"), event, "demo"));
            outbox.enqueue(new MailRequest("session-reminder", new Recipient("Kevin", null, Translations.SPANISH),
                    withName(model, "Kevin"), event, "demo"));
        });
    }

    private static Map<String, Object> withName(Map<String, Object> model, String name) {
        Map<String, Object> copy = new HashMap<>(model);
        copy.put("name", name);
        return copy;
    }

    private List<StationDetails> addStations(long centreId, int count) {
        List<StationDetails> created = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            StationKind kind = i == count ? StationKind.ACCESSIBLE : i > count - 3 ? StationKind.LAPTOP : StationKind.DESKTOP;
            Integer maxAge = i <= 4 ? 12 : null;
            String notes = i <= 4 ? "Rincón infantil" : null;
            created.add(stations.create(centreId, new StationData("PC-%02d".formatted(i), kind, null, maxAge, notes, 0)));
        }
        return created;
    }

    private void account(String username, String name, Role role, Set<Long> centreIds) {
        staff.create(new StaffData(username, name, username + "@infoplaza.example", "es", role, centreIds, true, 0),
                PASSWORD);
    }

    /** Monday to Friday 08:00–12:00 and 13:00–17:00, Saturday morning. */
    private static List<OpeningPeriod> splitShifts() {
        List<OpeningPeriod> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)) {
            hours.add(new OpeningPeriod(day, LocalTime.of(8, 0), LocalTime.of(12, 0)));
            hours.add(new OpeningPeriod(day, LocalTime.of(13, 0), LocalTime.of(17, 0)));
        }
        hours.add(new OpeningPeriod(SATURDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
        return hours;
    }

    /** Monday to Friday 09:00–19:00 without a break, for after-school hours. */
    private static List<OpeningPeriod> longDay() {
        return List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY).stream()
                .map(day -> new OpeningPeriod(day, LocalTime.of(9, 0), LocalTime.of(19, 0)))
                .toList();
    }
}
