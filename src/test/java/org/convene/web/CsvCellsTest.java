package org.convene.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tlead", "\rlead"})
    void aCellThatStartsLikeAFormulaIsWrittenAsTextAndReadBackAsItWas(String cell) {
        assertThat(CsvCells.neutralise(cell)).isEqualTo("'" + cell);
        assertThat(CsvCells.restore(CsvCells.neutralise(cell))).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Northgate", "", "'quoted already", "a=b", "3-2"})
    void anyOtherCellIsLeftAsItIs(String cell) {
        assertThat(CsvCells.neutralise(cell)).isEqualTo(cell);
        assertThat(CsvCells.restore(cell)).isEqualTo(cell);
    }
}
