package org.infoplaza.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every count of people in one release as one system: a cell per distinct key (see {@link PeopleTable}), its
 * true count and how it is published, and the additive relations an outsider can use between them. Made by
 * {@link #of}; protected by {@link ReleaseProtection}; audited by {@link ReleaseAudit}.
 */
final class ReleaseModel {

    /** How a cell is published. */
    enum State {
        /** Shown as it is: a zero, or a count of 5 or more. */
        EXACT,
        /** A count of 1 to 4, shown as {@code <5}. */
        PRIMARY,
        /** A count of 5 or more shown rounded to the nearest multiple of 5, as {@code ≈r}, to protect another. */
        ROUNDED,
        /** A count of 5 or more hidden as {@code x}, to protect another. */
        HIDDEN,
        /** Part of a table that could not be protected cell by cell: hidden, saying nothing. */
        WITHHELD
    }

    /** {@code Σ coefficient × cell = 0}, or {@code ≤ 0} when {@code atMost}; {@code table} is -1 for a relation between tables. */
    record Equation(int[] cells, int[] coefficients, boolean atMost, int table) {
    }

    private final List<String> keys = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Integer> values = new ArrayList<>();
    private final List<Equation> equations = new ArrayList<>();
    private final Set<String> equationSignatures = new HashSet<>();
    private final Map<Integer, List<Integer>> equationsOfCell = new HashMap<>();
    private final Map<Integer, Set<Integer>> tablesOfCell = new HashMap<>();
    private final Map<Integer, List<Integer>> equationsOfTable = new HashMap<>();
    private final Set<Integer> totals = new HashSet<>();
    private final Map<Integer, List<Integer>> cellsOfTable = new LinkedHashMap<>();
    private State[] states;
    private boolean marksOnly;
    private long withheldChanges;
    /** Cells of an earlier revision: already published, so protection leaves them as they are. */
    private final Set<Integer> frozen = new HashSet<>();

    private ReleaseModel() {
    }

    /**
     * The system of {@code tables}, with the relations between levels: a unit's key equals the sum of the
     * same key at its children ({@code children}: {@code U:N} → municipalities, {@code U:M7} → its centres)
     * wherever the true counts add up.
     */
    static ReleaseModel of(List<PeopleTable> tables, Map<String, List<String>> children) {
        ReleaseModel model = new ReleaseModel();
        for (int t = 0; t < tables.size(); t++) {
            model.addTable(t, tables.get(t));
        }
        model.addHierarchy(children);
        model.states = new State[model.keys.size()];
        for (int cell = 0; cell < model.states.length; cell++) {
            int value = model.values.get(cell);
            model.states[cell] = value >= 1 && value < Suppression.SMALLEST_SHOWN ? State.PRIMARY : State.EXACT;
        }
        return model;
    }

    private void addTable(int t, PeopleTable table) {
        CountTable counts = table.counts();
        int rows = counts.rows();
        int columns = counts.columns();
        int[][] inner = new int[rows][columns];
        int[] rowTotals = new int[rows];
        int[] columnTotals = new int[columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                inner[r][c] = cell(t, table.cellKey(r, c), counts.count(r, c));
            }
            rowTotals[r] = cell(t, table.rowTotalKey(r), counts.rowTotal(r));
        }
        for (int c = 0; c < columns; c++) {
            columnTotals[c] = cell(t, table.columnTotalKey(c), counts.columnTotal(c));
        }
        int grand = cell(t, table.grandTotalKey(), counts.grandTotal());
        for (int r = 0; r < rows; r++) {
            Map<Integer, Integer> sum = new TreeMap<>();
            for (int c = 0; c < columns; c++) {
                sum.merge(inner[r][c], 1, Integer::sum);
            }
            sum.merge(rowTotals[r], -1, Integer::sum);
            addEquation(sum, false, t);
        }
        for (int c = 0; c < columns; c++) {
            Map<Integer, Integer> sum = new TreeMap<>();
            for (int r = 0; r < rows; r++) {
                sum.merge(inner[r][c], 1, Integer::sum);
            }
            sum.merge(columnTotals[c], -1, Integer::sum);
            addEquation(sum, false, t);
        }
        Map<Integer, Integer> sum = new TreeMap<>();
        for (int r = 0; r < rows; r++) {
            sum.merge(rowTotals[r], 1, Integer::sum);
        }
        sum.merge(grand, -1, Integer::sum);
        addEquation(sum, false, t);
    }

    /**
     * The cell of {@code key}; a key already known with another count names other people (a table's own
     * notion of the population), so it becomes a cell of its own and is linked to nothing.
     */
    private int cell(int table, String key, int value) {
        Integer existing = index.get(key);
        if (existing != null && values.get(existing) != value) {
            key = key + "#" + table;
            existing = index.get(key);
        }
        int cell;
        if (existing == null) {
            cell = keys.size();
            keys.add(key);
            values.add(value);
            index.put(key, cell);
        } else {
            cell = existing;
        }
        tablesOfCell.computeIfAbsent(cell, c -> new HashSet<>()).add(table);
        List<Integer> cells = cellsOfTable.computeIfAbsent(table, x -> new ArrayList<>());
        if (!cells.contains(cell)) {
            cells.add(cell);
        }
        return cell;
    }

    private void addEquation(Map<Integer, Integer> sum, boolean atMost, int table) {
        sum.values().removeIf(coefficient -> coefficient == 0);
        if (sum.size() < 2) {
            return;
        }
        int[] cells = sum.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] coefficients = sum.values().stream().mapToInt(Integer::intValue).toArray();
        String signature = Arrays.toString(cells) + Arrays.toString(coefficients) + atMost;
        if (!equationSignatures.add(signature)) {
            return;
        }
        int e = equations.size();
        equations.add(new Equation(cells, coefficients, atMost, table));
        for (int i = 0; i < cells.length; i++) {
            equationsOfCell.computeIfAbsent(cells[i], c -> new ArrayList<>()).add(e);
            if (coefficients[i] < 0) {
                totals.add(cells[i]);
            }
        }
        equationsOfTable.computeIfAbsent(table, x -> new ArrayList<>()).add(e);
    }

    private void addHierarchy(Map<String, List<String>> children) {
        List<String> known = List.copyOf(keys);
        for (String key : known) {
            String[] parts = key.split("\\|");
            int scopeAt = -1;
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].startsWith("U:")) {
                    scopeAt = i;
                }
            }
            if (scopeAt < 0 || key.contains("#")) {
                continue;
            }
            List<String> childScopes = children.getOrDefault(parts[scopeAt], List.of());
            if (childScopes.isEmpty()) {
                continue;
            }
            Map<Integer, Integer> sum = new TreeMap<>();
            long childTotal = 0;
            boolean complete = true;
            for (String childScope : childScopes) {
                String[] childParts = parts.clone();
                childParts[scopeAt] = childScope;
                String[] sorted = Arrays.copyOfRange(childParts, 1, childParts.length);
                Arrays.sort(sorted);
                Integer child = index.get(parts[0] + "|" + String.join("|", sorted));
                if (child == null) {
                    complete = false;
                    break;
                }
                childTotal += values.get(child);
                sum.merge(child, 1, Integer::sum);
            }
            int parent = index.get(key);
            if (complete && childTotal == values.get(parent)) {
                sum.merge(parent, -1, Integer::sum);
                addEquation(sum, false, -1);
            }
        }
    }

    /**
     * Adds what an earlier revision of the same period published, so that the audit looks at both versions
     * together: each figure whose count changed since becomes a cell of its own, published as it was then
     * (and frozen: it is out already), joined to the unchanged figures by the same relations. An outsider is
     * assumed to know which figures did not change, the worst case for the people counted.
     */
    void addEarlier(String revision, Map<String, PublishedCell> published, Map<String, Integer> counts) {
        Map<Integer, Integer> shadows = new HashMap<>();
        // Figures the earlier revision did not have (a centre added since) counted nobody then.
        Set<Integer> absent = new HashSet<>();
        int known = keys.size();
        for (int cell = 0; cell < known; cell++) {
            String key = publishedKey(cell);
            Integer before = counts.get(key);
            PublishedCell shown = published.get(key);
            if (before == null) {
                absent.add(cell);
            }
            if (before == null || shown == null || before == values.get(cell)) {
                continue;
            }
            int shadow = keys.size();
            keys.add(key + "~" + revision);
            values.add(before);
            index.put(keys.get(shadow), shadow);
            shadows.put(cell, shadow);
            frozen.add(shadow);
        }
        State[] extended = Arrays.copyOf(states, keys.size());
        shadows.forEach((cell, shadow) -> extended[shadow] = stateOf(published.get(publishedKey(cell))));
        states = extended;
        int equationCount = equations.size();
        for (int e = 0; e < equationCount; e++) {
            Equation equation = equations.get(e);
            boolean touches = false;
            Map<Integer, Integer> copy = new TreeMap<>();
            for (int i = 0; i < equation.cells().length; i++) {
                int cell = equation.cells()[i];
                Integer shadow = shadows.get(cell);
                touches |= shadow != null || absent.contains(cell);
                if (!absent.contains(cell)) {
                    copy.merge(shadow == null ? cell : shadow, equation.coefficients()[i], Integer::sum);
                }
            }
            if (touches) {
                addEquation(copy, equation.atMost(), -1);
            }
        }
    }

    private static State stateOf(PublishedCell cell) {
        return switch (cell) {
            case PublishedCell.Shown shown -> shown.rounded() ? State.ROUNDED : State.EXACT;
            case PublishedCell.Hidden hidden -> switch (hidden.reason()) {
                case PRIMARY -> State.PRIMARY;
                case COMPLEMENTARY -> State.HIDDEN;
                case WITHHELD, PENDING -> State.WITHHELD;
            };
        };
    }

    // --- reading

    boolean isFrozen(int cell) {
        return frozen.contains(cell);
    }

    int size() {
        return keys.size();
    }

    String key(int cell) {
        return keys.get(cell);
    }

    /** The key without the suffix that unlinks a conflicting count: what outputs look up. */
    String publishedKey(int cell) {
        String key = keys.get(cell);
        int hash = key.indexOf('#');
        return hash < 0 ? key : key.substring(0, hash);
    }


    Integer cellOf(String key) {
        return index.get(key);
    }

    /** The largest count of the release. */
    int largestCount() {
        return values.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    int trueValue(int cell) {
        return values.get(cell);
    }

    State state(int cell) {
        return states[cell];
    }

    void setState(int cell, State state) {
        if ((states[cell] == State.WITHHELD) != (state == State.WITHHELD)) {
            withheldChanges++;
        }
        states[cell] = state;
    }

    /** Goes up each time a cell is withheld or stops being so: what the marks alone say may have changed. */
    long withheldChanges() {
        return withheldChanges;
    }

    boolean isTotal(int cell) {
        return totals.contains(cell);
    }

    Equation equation(int e) {
        return equations.get(e);
    }

    int equationCount() {
        return equations.size();
    }

    List<Integer> equationsOf(int cell) {
        return equationsOfCell.getOrDefault(cell, List.of());
    }

    Set<Integer> tablesOf(int cell) {
        return tablesOfCell.getOrDefault(cell, Set.of());
    }

    List<Integer> equationsOfTable(int table) {
        return equationsOfTable.getOrDefault(table, List.of());
    }

    List<Integer> cellsOfTable(int table) {
        return cellsOfTable.getOrDefault(table, List.of());
    }

    /** The rounded figure a {@link State#ROUNDED} cell shows: the nearest multiple of 5 (never below 5). */
    static int rounded(int value) {
        return Math.max(Suppression.SMALLEST_SHOWN, (value + 2) / 5 * 5);
    }

    /** The shown figure: the count, or its rounding. Only for cells that are not hidden. */
    int published(int cell) {
        return states[cell] == State.ROUNDED ? rounded(values.get(cell)) : values.get(cell);
    }

    /** True when an outsider knows the cell's count exactly. */
    boolean known(int cell) {
        if (marksOnly) {
            return values.get(cell) == 0 && states[cell] != State.WITHHELD;
        }
        return states[cell] == State.EXACT;
    }

    int low(int cell) {
        if (marksOnly && states[cell] != State.PRIMARY && states[cell] != State.WITHHELD) {
            return values.get(cell) == 0 ? 0 : Suppression.SMALLEST_SHOWN;
        }
        return switch (states[cell]) {
            case EXACT -> values.get(cell);
            case PRIMARY -> 1;
            case ROUNDED -> Math.max(Suppression.SMALLEST_SHOWN, rounded(values.get(cell)) - 2);
            case HIDDEN -> Suppression.SMALLEST_SHOWN;
            case WITHHELD -> 0;
        };
    }

    int high(int cell) {
        if (marksOnly && states[cell] != State.PRIMARY && states[cell] != State.WITHHELD) {
            return values.get(cell) == 0 ? 0 : ReleaseAudit.UNBOUNDED;
        }
        return switch (states[cell]) {
            case EXACT -> values.get(cell);
            case PRIMARY -> Suppression.SMALLEST_SHOWN - 1;
            case ROUNDED -> rounded(values.get(cell)) + 2;
            case HIDDEN, WITHHELD -> ReleaseAudit.UNBOUNDED;
        };
    }

    /**
     * The same release as an outsider would see it with every published number blanked out and only the
     * marks kept: zeros, {@code <5} (1 to 4) and "5 or more" for everything else. What the marks alone say
     * about a cell is the most any protection can keep; the audit asks that the numbers narrow nothing more.
     */
    ReleaseModel marksOnly() {
        ReleaseModel view = new ReleaseModel();
        view.keys.addAll(keys);
        view.values.addAll(values);
        view.equations.addAll(equations);
        view.states = states;
        view.marksOnly = true;
        return view;
    }

    /** The connected parts of the release: cells not known exactly, joined by the relations they share. */
    Components components() {
        int[] parent = new int[keys.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Equation equation : equations) {
            int first = -1;
            for (int cell : equation.cells()) {
                if (!known(cell)) {
                    if (first < 0) {
                        first = cell;
                    } else {
                        union(parent, first, cell);
                    }
                }
            }
        }
        Map<Integer, List<Integer>> cells = new HashMap<>();
        for (int cell = 0; cell < parent.length; cell++) {
            if (!known(cell)) {
                cells.computeIfAbsent(find(parent, cell), r -> new ArrayList<>()).add(cell);
            }
        }
        Map<Integer, List<Integer>> equationsByRoot = new HashMap<>();
        for (int e = 0; e < equations.size(); e++) {
            for (int cell : equations.get(e).cells()) {
                if (!known(cell)) {
                    equationsByRoot.computeIfAbsent(find(parent, cell), r -> new ArrayList<>()).add(e);
                    break;
                }
            }
        }
        int[] roots = new int[parent.length];
        for (int cell = 0; cell < parent.length; cell++) {
            roots[cell] = find(parent, cell);
        }
        return new Components(roots, cells, equationsByRoot);
    }

    private static int find(int[] parent, int cell) {
        while (parent[cell] != cell) {
            parent[cell] = parent[parent[cell]];
            cell = parent[cell];
        }
        return cell;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** The components of {@link #components()}: each named by its root cell. */
    record Components(int[] roots, Map<Integer, List<Integer>> cellsByRoot, Map<Integer, List<Integer>> equationsByRoot) {

        int of(int cell) {
            return roots[cell];
        }

        List<Integer> cells(int root) {
            return cellsByRoot.getOrDefault(root, List.of());
        }

        List<Integer> equations(int root) {
            return equationsByRoot.getOrDefault(root, List.of());
        }
    }
}
