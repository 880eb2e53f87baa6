package org.convene.benchmarking;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.convene.web.CsvCells;
import org.jspecify.annotations.Nullable;

/**
 * Assessments as CSV ({@code unit, dimension, level, evidence[, metric]}). Reading checks every
 * line and reports every problem with its line number, so that a file is taken whole or not at all.
 */
final class AssessmentCsv {

    static final List<String> HEADER = List.of("unit", "dimension", "level", "evidence", "metric");
    /** Past this many problems the rest of a file is not read: the report would be too long to help. */
    static final int MAX_ERRORS = 100;

    /** How names in the file map to the round: keys are compared without case. */
    record Vocabulary(Map<String, Long> units, Map<String, Long> dimensions, List<String> levelLabels) {
    }

    record Row(long line, long unitId, long dimensionId, int level, @Nullable String evidence, @Nullable Double metric) {
    }

    record LineError(long line, String messageKey, String value) {
    }

    record Parsed(List<Row> rows, List<LineError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    record ExportRow(String unit, String dimension, @Nullable Integer level, @Nullable String evidence,
            @Nullable Double metric) {
    }

    private AssessmentCsv() {
    }

    static Parsed read(Reader reader, Vocabulary vocabulary) {
        var rows = new ArrayList<Row>();
        var errors = new ArrayList<LineError>();
        var seen = new HashSet<String>();
        try (var parser = CSVParser.builder().setReader(reader)
                .setFormat(CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get()).get()) {
            for (var record : parser) {
                if (errors.size() >= MAX_ERRORS) {
                    errors.add(new LineError(record.getRecordNumber(), "csv.tooManyErrors", String.valueOf(MAX_ERRORS)));
                    break;
                }
                if (record.getRecordNumber() == 1 && "unit".equalsIgnoreCase(record.get(0))) {
                    continue;
                }
                readLine(record, vocabulary, seen, rows, errors);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // An unclosed quote or bytes that are no text: commons-csv fails while iterating.
            errors.add(new LineError(0, "csv.unreadable", String.valueOf(e.getMessage())));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(0, "csv.empty", ""));
        }
        return new Parsed(rows, errors);
    }

    private static void readLine(CSVRecord record, Vocabulary vocabulary, java.util.Set<String> seen, List<Row> rows,
            List<LineError> errors) {
        var line = record.getRecordNumber();
        if (record.size() < 3 || record.size() > 5) {
            errors.add(new LineError(line, "csv.columns", String.valueOf(record.size())));
            return;
        }
        var errorsBefore = errors.size();
        var unitId = vocabulary.units().get(key(cell(record, 0)));
        if (unitId == null) {
            errors.add(new LineError(line, "csv.unknownUnit", cell(record, 0)));
        }
        var dimensionId = vocabulary.dimensions().get(key(cell(record, 1)));
        if (dimensionId == null) {
            errors.add(new LineError(line, "csv.unknownDimension", cell(record, 1)));
        }
        var level = level(cell(record, 2), vocabulary.levelLabels());
        if (level == 0) {
            errors.add(new LineError(line, "csv.badLevel", cell(record, 2)));
        }
        var evidence = record.size() > 3 && !cell(record, 3).isBlank() ? cell(record, 3) : null;
        if (level == vocabulary.levelLabels().size() && evidence == null) {
            errors.add(new LineError(line, "csv.evidenceForTopLevel", cell(record, 2)));
        }
        if (evidence != null && evidence.length() > 2000) {
            errors.add(new LineError(line, "csv.evidenceTooLong", String.valueOf(evidence.length())));
        }
        Double metric = null;
        if (record.size() > 4 && !cell(record, 4).isBlank()) {
            try {
                metric = Double.valueOf(cell(record, 4).replace(',', '.'));
            } catch (NumberFormatException e) {
                metric = Double.NaN;
            }
            if (!AssessmentEntry.acceptsMetric(metric)) {
                errors.add(new LineError(line, "csv.badMetric", cell(record, 4)));
                metric = null;
            }
        }
        if (unitId != null && dimensionId != null && !seen.add(unitId + ":" + dimensionId)) {
            errors.add(new LineError(line, "csv.duplicate", cell(record, 0) + " / " + cell(record, 1)));
        }
        if (errors.size() == errorsBefore) {
            rows.add(new Row(line, unitId, dimensionId, level, evidence, metric));
        }
    }

    /** A cell as written, before {@link #write} made it safe for spreadsheets. */
    private static String cell(CSVRecord record, int column) {
        return CsvCells.restore(record.get(column));
    }

    /** A level by its number (1..L) or its label; 0 when it is neither. */
    private static int level(String value, List<String> labels) {
        try {
            var number = Integer.parseInt(value.strip());
            return number >= 1 && number <= labels.size() ? number : 0;
        } catch (NumberFormatException e) {
            for (int i = 0; i < labels.size(); i++) {
                if (labels.get(i).equalsIgnoreCase(value.strip())) {
                    return i + 1;
                }
            }
            return 0;
        }
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Writes the rows and flushes; the writer stays open, it belongs to the caller (e.g. the response). */
    static void write(Writer writer, List<ExportRow> rows) {
        try {
            // Not closed: closing the printer would close the response's stream under the controller.
            var printer = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get().print(writer);
            for (var row : rows) {
                printer.printRecord(CsvCells.neutralise(row.unit()), CsvCells.neutralise(row.dimension()),
                        row.level() == null ? "" : row.level(),
                        row.evidence() == null ? "" : CsvCells.neutralise(row.evidence()),
                        row.metric() == null ? "" : row.metric());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
