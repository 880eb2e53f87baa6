package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AssessmentCsvTest {

    @Test
    void shouldWriteQuotedLinesAndLeaveTheCallersWriterOpen() {
        var closed = new boolean[1];
        var writer = new StringWriter() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        AssessmentCsv.write(writer, List.of(
                new AssessmentCsv.ExportRow("Unit A", "Shift handover", 4, "Audited, \"twice\"", null),
                new AssessmentCsv.ExportRow("Unit B", "Leak detection", 2, null, 12.5)));

        assertThat(closed[0]).as("the response's stream is the controller's to close").isFalse();
        assertThat(writer.toString().lines().toList()).containsExactly(
                "unit,dimension,level,evidence,metric",
                "Unit A,Shift handover,4,\"Audited, \"\"twice\"\"\",",
                "Unit B,Leak detection,2,,12.5");
    }

    @Test
    void shouldWriteCellsThatLookLikeFormulasAsTextAndReadThemBack() {
        var writer = new StringWriter();
        AssessmentCsv.write(writer, List.of(new AssessmentCsv.ExportRow("=Unit", "@Dimension", 1, "-1 +cmd", -3.5)));

        assertThat(writer.toString().lines().skip(1).toList()).containsExactly("'=Unit,'@Dimension,1,'-1 +cmd,-3.5");
        var vocabulary = new AssessmentCsv.Vocabulary(Map.of("=unit", 7L), Map.of("@dimension", 9L),
                List.of("One", "Two", "Three"));
        var parsed = AssessmentCsv.read(new StringReader(writer.toString()), vocabulary);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(row -> {
            assertThat(row.unitId()).isEqualTo(7L);
            assertThat(row.dimensionId()).isEqualTo(9L);
            assertThat(row.evidence()).isEqualTo("-1 +cmd");
            assertThat(row.metric()).isEqualTo(-3.5);
        });
    }
}
