package org.infoplaza.centre;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.infoplaza.shared.DomainException;

/**
 * A corregimiento reference file, read completely before anything is written: UTF-8 text, one
 * {@code province;district;corregimiento} per line (a comma also separates), the province by ISO 3166-2 code
 * or by name. The effective date comes from a first line such as {@code # vigencia: 2025-01-01}, otherwise from
 * the file name. Lines starting with {@code #}, blank lines and a header line are skipped. Any bad line
 * rejects the whole file with a message naming the line.
 */
final class CorregimientoFile {

    static final int DISTRICT_MAX = 80;
    static final int CORREGIMIENTO_MAX = 120;
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    record Row(int line, Province province, String district, String corregimiento) {

        String districtKey() {
            return districtKey(province.getId(), district);
        }

        static String districtKey(long provinceId, String district) {
            return provinceId + "|" + normalise(district);
        }
    }

    private final LocalDate effectiveDate;
    private final List<Row> rows;
    private final String checksum;

    private CorregimientoFile(LocalDate effectiveDate, List<Row> rows, String checksum) {
        this.effectiveDate = effectiveDate;
        this.rows = rows;
        this.checksum = checksum;
    }

    LocalDate effectiveDate() {
        return effectiveDate;
    }

    List<Row> rows() {
        return rows;
    }

    String checksum() {
        return checksum;
    }

    static CorregimientoFile parse(String fileName, byte[] content, List<Province> provinces) {
        String text = decode(content);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String[] lines = text.split("\\r?\\n|\\r", -1);
        LocalDate effective = effectiveDate(lines.length > 0 && lines[0].strip().startsWith("#") ? lines[0] : null)
                .or(() -> effectiveDate(fileName))
                .orElseThrow(() -> new DomainException("centre.reference.no-date"));
        Map<String, Province> byName = new HashMap<>();
        for (Province province : provinces) {
            byName.put(normalise(province.getIsoCode()), province);
            byName.put(normalise(province.getName()), province);
            byName.put(normalise("Comarca " + province.getName()), province);
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String number = Integer.toString(i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(line.contains(";") ? ";" : ",", -1);
            if (rows.isEmpty() && seen.isEmpty() && isHeader(fields[0])) {
                continue;
            }
            if (fields.length != 3) {
                throw new DomainException("centre.reference.line.columns", number, Integer.toString(fields.length));
            }
            String provinceText = clean(fields[0]);
            String district = clean(fields[1]);
            String corregimiento = clean(fields[2]);
            if (provinceText.isEmpty() || district.isEmpty() || corregimiento.isEmpty()) {
                throw new DomainException("centre.reference.line.blank", number);
            }
            if (district.length() > DISTRICT_MAX || corregimiento.length() > CORREGIMIENTO_MAX) {
                throw new DomainException("centre.reference.line.size", number, DISTRICT_MAX, CORREGIMIENTO_MAX);
            }
            Province province = byName.get(normalise(provinceText));
            if (province == null) {
                throw new DomainException("centre.reference.line.province", number, provinceText);
            }
            Row row = new Row(i + 1, province, district, corregimiento);
            Integer earlier = seen.putIfAbsent(row.districtKey() + "|" + normalise(corregimiento), i + 1);
            if (earlier != null) {
                throw new DomainException("centre.reference.line.duplicate", number, corregimiento,
                        Integer.toString(earlier));
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new DomainException("centre.reference.empty");
        }
        return new CorregimientoFile(effective, List.copyOf(rows), sha256(content));
    }

    /**
     * The key under which names are the same: lower case, without accents, single spaces. The database's
     * collation compares names the same way, so the importer and the unique key agree.
     */
    static String normalise(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    private static boolean isHeader(String firstField) {
        String field = normalise(clean(firstField));
        return field.equals("provincia") || field.equals("province") || field.equals("provincia/comarca");
    }

    private static String clean(String field) {
        String value = field.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).strip();
        }
        return value.replaceAll("\\s+", " ");
    }

    private static Optional<LocalDate> effectiveDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = DATE.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(matcher.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DomainException("centre.reference.encoding");
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
