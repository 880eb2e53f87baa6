package org.convene.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The plain parts of the directory: initials, unit options in tree order, paging arithmetic. */
class DirectoryShapesTest {

    @Test
    void shouldTakeInitialsOfFirstAndLastWord() {
        assertThat(Initials.of("ana maría lima")).isEqualTo("AL");
        assertThat(Initials.of("Ben")).isEqualTo("B");
        assertThat(Initials.of("  ")).isEqualTo("?");
        assertThat(Initials.of("Élodie Ünal")).isEqualTo("ÉÜ");
    }

    @Test
    void shouldListUnitsInTreeOrderWithDepth() {
        var europe = unit(1, null, "Europe");
        var americas = unit(2, null, "Americas");
        var madrid = unit(3, 1L, "Madrid");
        var berlin = unit(4, 1L, "Berlin");
        var lineA = unit(5, 3L, "Line A");

        var options = UnitOption.tree(List.of(europe, madrid, lineA, americas, berlin));

        assertThat(options).extracting(UnitOption::name)
                .containsExactly("Americas", "Europe", "Berlin", "Madrid", "Line A");
        assertThat(options).extracting(UnitOption::depth).containsExactly(0, 0, 1, 1, 2);
        assertThat(options.get(4).label()).startsWith("\u2003\u2003").endsWith("Line A");
    }

    @Test
    void shouldPageResults() {
        var page = new Directory.Page(List.of(), 2, 20, 41);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
        assertThat(new Directory.Page(List.of(), 3, 20, 41).hasNext()).isFalse();
        assertThat(new Directory.Page(List.of(), 1, 20, 0).totalPages()).isEqualTo(1);
    }

    @Test
    void shouldClampQueries() {
        var query = new Directory.Query("  ", " Lean ", null, null, 0, 1000);
        assertThat(query.q()).isNull();
        assertThat(query.tag()).isEqualTo("lean");
        assertThat(query.page()).isEqualTo(1);
        assertThat(query.size()).isEqualTo(Directory.MAX_PAGE_SIZE);
    }

    private static Unit unit(long id, Long parentId, String name) {
        var unit = new Unit(7L, parentId, name, "Site");
        ReflectionTestUtils.setField(unit, "id", id);
        return unit;
    }
}
