package cn.lifeinfo.compliance.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV book: a header of flattened record paths ({@code policyholder.address.city}, {@code beneficiaries[0].name})
 * and one record per line, turned into the record's JSON. An empty cell is an absent value. {@code branchCode} is
 * not part of the record: it feeds the per-branch counts. Numbers and booleans that do not parse stay text, so that
 * the record is reported as malformed with the field's path, as a JSON line would be.
 */
final class CsvRows {

    record Row(String policyNo, String branchCode, String json) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d{1,2})])?");
    private static final Set<String> INTEGERS = Set.of("coverageTerm.value", "order");
    private static final Set<String> DECIMALS = Set.of("sharePercent");
    private static final Set<String> BOOLEANS = Set.of("hasDeathBenefit", "investmentLinked", "completed");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();

    private final String[][] paths;
    private final int policyNoColumn;
    private final int branchColumn;

    CsvRows(String headerLine) {
        List<String> header = cells(headerLine);
        paths = new String[header.size()][];
        int policy = -1;
        int branch = -1;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("CSV header column " + (i + 1) + " is empty");
            }
            String[] segments = name.split("\\.");
            for (String s : segments) {
                if (!SEGMENT.matcher(s).matches()) {
                    throw new IllegalArgumentException("CSV header column " + (i + 1) + " is not a record field path");
                }
            }
            paths[i] = segments;
            if (name.equals("policyNo")) {
                policy = i;
            } else if (name.equals("branchCode")) {
                branch = i;
            }
        }
        if (policy < 0) {
            throw new IllegalArgumentException("the CSV header has no policyNo column");
        }
        policyNoColumn = policy;
        branchColumn = branch;
    }

    Row parse(String line) {
        List<String> cells;
        try {
            cells = cells(line);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("malformed CSV (unbalanced quotes?)");
        }
        if (cells.size() != paths.length) {
            throw new IllegalArgumentException("expected " + paths.length + " cells, found " + cells.size());
        }
        ObjectNode record = NODES.objectNode();
        for (int i = 0; i < paths.length; i++) {
            String v = cells.get(i);
            if (i == branchColumn || v == null || v.isEmpty()) {
                continue;
            }
            put(record, paths[i], v);
        }
        String branch = branchColumn < 0 ? null : cells.get(branchColumn);
        return new Row(cells.get(policyNoColumn), branch, record.toString());
    }

    private static void put(ObjectNode root, String[] path, String value) {
        JsonNode node = root;
        for (int s = 0; s < path.length; s++) {
            Matcher m = SEGMENT.matcher(path[s]);
            m.matches();
            String field = m.group(1);
            boolean last = s == path.length - 1;
            ObjectNode parent = (ObjectNode) node;
            if (m.group(2) != null) {
                int index = Integer.parseInt(m.group(2));
                JsonNode existing = parent.get(field);
                ArrayNode array = existing instanceof ArrayNode a ? a : parent.putArray(field);
                while (array.size() <= index) {
                    array.addObject();
                }
                if (last) {
                    array.set(index, NODES.textNode(value));
                    return;
                }
                node = array.get(index);
            } else if (last) {
                parent.set(field, typed(path, field, value));
            } else {
                JsonNode existing = parent.get(field);
                node = existing instanceof ObjectNode o ? o : parent.putObject(field);
            }
        }
    }

    private static JsonNode typed(String[] path, String field, String value) {
        String joined = path.length >= 2 ? path[path.length - 2] + "." + field : field;
        try {
            if (INTEGERS.contains(field) || INTEGERS.contains(joined)) {
                return NODES.numberNode(Integer.parseInt(value.trim()));
            }
            if (DECIMALS.contains(field)) {
                return NODES.numberNode(new BigDecimal(value.trim()));
            }
        } catch (NumberFormatException e) {
            return NODES.textNode(value);
        }
        if (BOOLEANS.contains(field)) {
            String v = value.trim().toLowerCase();
            if (v.equals("true") || v.equals("是") || v.equals("1") || v.equals("y")) {
                return NODES.booleanNode(true);
            }
            if (v.equals("false") || v.equals("否") || v.equals("0") || v.equals("n")) {
                return NODES.booleanNode(false);
            }
        }
        return NODES.textNode(value);
    }

    private static List<String> cells(String line) {
        try (CSVParser p = CSVParser.parse(new StringReader(line), FORMAT)) {
            List<CSVRecord> records = p.getRecords();
            if (records.size() != 1) {
                throw new IllegalArgumentException("not one CSV row on the line");
            }
            return records.get(0).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
