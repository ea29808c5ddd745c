package org.infoplaza.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A table of people as a release sees it: the counts with their labels, plus a key for every inner cell and
 * total that names the population it counts, in words that do not depend on the reader's language. Two
 * cells of different tables with the same key count the same people (the members of Colón by sex and by age
 * band share their grand total), which is how the release knows which published figures an outsider can
 * combine.
 *
 * <p>A key is the measure, then its parts sorted: a scope ({@code U:N} the country's centres together,
 * {@code U:M7} a municipality's, {@code C:12} one centre, {@code S:M7} the sum of a municipality's centre
 * rows) and attributes ({@code sex=FEMALE}). An inner cell has the table's base parts, its row's part and its
 * column's part; a row total leaves out the column's part; a column total puts {@code columnTotalPart} (or
 * nothing) in place of the row's part; the grand total has the base and {@code columnTotalPart} only.
 *
 * @param measure         what is counted, for example {@code served} or {@code training.ENROLLED}
 * @param counts          the counts and their labels
 * @param base            parts every key of the table has, for example the unit {@code U:M7}
 * @param rowParts        one part per row (a centre scope or an attribute); empty for a table's only row
 * @param columnParts     one part per column, an attribute
 * @param columnTotalPart the part of the column totals' keys instead of a row's, or null
 */
public record PeopleTable(String measure, CountTable counts, List<String> base, List<String> rowParts,
        List<String> columnParts, String columnTotalPart) {

    public PeopleTable {
        Objects.requireNonNull(measure, "measure");
        base = List.copyOf(base);
        rowParts = List.copyOf(rowParts);
        columnParts = List.copyOf(columnParts);
        if (rowParts.size() != counts.rows() || columnParts.size() != counts.columns()) {
            throw new IllegalArgumentException("One key part per row and per column");
        }
    }

    /** A one-way breakdown of a unit's people, such as the members of a municipality by sex. */
    static PeopleTable breakdown(String measure, String unitScope, CountTable counts, List<String> columnParts) {
        return new PeopleTable(measure, counts, List.of(unitScope), List.of(""), columnParts, null);
    }

    /** A table with one row per centre of a unit; its column totals are the sums of the centre rows. */
    static PeopleTable perCentre(String measure, String unitScope, CountTable counts, List<Long> centreIds,
            List<String> columnParts) {
        return new PeopleTable(measure, counts, List.of(),
                centreIds.stream().map(PeopleTable::centreScope).toList(), columnParts, "S:" + unitScope.substring(2));
    }

    /** A two-way table of a unit's people, such as its members by sex (rows) and age band (columns). */
    static PeopleTable crossTable(String measure, String unitScope, CountTable counts, List<String> rowParts,
            List<String> columnParts) {
        return new PeopleTable(measure, counts, List.of(unitScope), rowParts, columnParts, null);
    }

    /** The scope of the centres of a municipality together, or of the country's when {@code municipalityId} is null. */
    static String unitScope(Long municipalityId) {
        return municipalityId == null ? "U:N" : "U:M" + municipalityId;
    }

    static String centreScope(long centreId) {
        return "C:" + centreId;
    }

    static <E extends Enum<E>> List<String> attributes(String name, List<E> values) {
        return values.stream().map(v -> name + "=" + v.name()).toList();
    }

    public String cellKey(int row, int column) {
        return key(rowParts.get(row), columnParts.get(column));
    }

    public String rowTotalKey(int row) {
        return key(rowParts.get(row), "");
    }

    public String columnTotalKey(int column) {
        return key(columnTotalPart == null ? "" : columnTotalPart, columnParts.get(column));
    }

    public String grandTotalKey() {
        return key(columnTotalPart == null ? "" : columnTotalPart, "");
    }

    private String key(String rowPart, String columnPart) {
        TreeSet<String> parts = new TreeSet<>(base);
        if (!rowPart.isEmpty()) {
            parts.add(rowPart);
        }
        if (!columnPart.isEmpty()) {
            parts.add(columnPart);
        }
        List<String> all = new ArrayList<>();
        all.add(measure);
        all.addAll(parts);
        return String.join("|", all);
    }
}
