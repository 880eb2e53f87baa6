package org.convene.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;

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
}
