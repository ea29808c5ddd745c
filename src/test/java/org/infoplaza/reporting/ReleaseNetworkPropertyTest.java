package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A property over random networks of centres and municipalities with many small cells: every release the
 * joint protection makes passes the attacker's audit, and the same networks protected table by table (as
 * before) are found disclosed. Seeded, so a failure names the network that shows it.
 */
class ReleaseNetworkPropertyTest {

    static final int NETWORKS = Integer.getInteger("release.networks", 6);
    static final List<String> SEXES = List.of("sex=MALE", "sex=FEMALE", "sex=OTHER");
    static final List<String> BANDS = List.of("band=CHILD", "band=YOUTH", "band=ADULT");

    /** A network: per centre, people by sex (rows) and band (columns); municipalities and the country add up. */
    record Network(List<PeopleTable> tables, Map<String, List<String>> children) {
    }

    static Network network(long seed) {
        Random random = new Random(seed);
        int municipalities = 2 + random.nextInt(3);
        List<PeopleTable> tables = new ArrayList<>();
        Map<String, List<String>> children = new LinkedHashMap<>();
        int[][] nation = new int[3][3];
        long centreId = 1;
        for (int m = 1; m <= municipalities; m++) {
            int centres = 1 + random.nextInt(3);
            int[][] municipality = new int[3][3];
            List<Long> ids = new ArrayList<>();
            int[][] bySex = new int[centres][3];
            int[][] byBand = new int[centres][3];
            for (int c = 0; c < centres; c++) {
                ids.add(centreId++);
                for (int s = 0; s < 3; s++) {
                    for (int b = 0; b < 3; b++) {
                        // Mostly small counts, "other" rarer: the shape of a real month at small centres.
                        int n = s == 2 ? (random.nextInt(4) == 0 ? 1 : 0) : random.nextInt(random.nextBoolean() ? 4 : 12);
                        bySex[c][s] += n;
                        byBand[c][b] += n;
                        municipality[s][b] += n;
                        nation[s][b] += n;
                    }
                }
            }
            String unit = "U:M" + m;
            children.put(unit, ids.stream().map(PeopleTable::centreScope).toList());
            List<String> labels = ids.stream().map(String::valueOf).toList();
            tables.add(PeopleTable.perCentre("served", unit, CountTable.of(labels, SEXES, bySex), ids, SEXES));
            tables.add(PeopleTable.perCentre("served", unit, CountTable.of(labels, BANDS, byBand), ids, BANDS));
            tables.add(PeopleTable.crossTable("served", unit, CountTable.of(SEXES, BANDS, municipality), SEXES, BANDS));
        }
        children.put("U:N", java.util.stream.IntStream.rangeClosed(1, municipalities).mapToObj(m -> "U:M" + m).toList());
        tables.add(PeopleTable.crossTable("served", "U:N", CountTable.of(SEXES, BANDS, nation), SEXES, BANDS));
        return new Network(tables, children);
    }

    @Test
    void every_jointly_protected_network_passes_the_attackers_audit() {
        long cells = 0;
        long published = 0;
        for (long seed = 1; seed <= NETWORKS; seed++) {
            Network network = network(seed);
            ReleaseProtection.Result release = ReleaseProtection.protect(
                    ReleaseModel.of(network.tables(), network.children()), true);

            assertThat(release.findings()).as("network %d", seed).isEmpty();
            cells += release.cells().size();
            published += release.cells().values().stream().filter(cell -> !cell.isHidden()
                    || cell.equals(new PublishedCell.Hidden(SuppressionReason.PRIMARY))).count();
        }
        // And it is not passed by hiding everything: even in these crowded little networks, where a third of
        // the cells are under 5, well over a third of the figures stay published (shown, rounded or "<5"; about half in the networks
        // tried).
        assertThat((double) published / cells).isGreaterThan(0.4);
    }

    @Test
    void the_same_networks_protected_table_by_table_give_small_counts_away() {
        int disclosed = 0;
        for (long seed = 1; seed <= NETWORKS; seed++) {
            Network network = network(seed);
            ReleaseModel model = ReleaseModel.of(network.tables(), network.children());
            ReleaseProtectionTest.publishAsEachTableAlone(model, network.tables());
            // Exactly disclosed: a small count pinned to one value.
            if (ReleaseProtection.audit(model).stream().anyMatch(f -> f.low() == f.high())) {
                disclosed++;
            }
        }
        assertThat(disclosed).isGreaterThan(NETWORKS / 4);
    }
}
