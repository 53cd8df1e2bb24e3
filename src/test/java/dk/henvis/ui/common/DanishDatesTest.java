package dk.henvis.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DanishDatesTest {
    @Test
    void datesShowAsDayMonthYearWithDotsAndReadShortFormsToo() {
        assertThat(DanishDates.CONVERTER.toString(LocalDate.of(2026, 12, 4))).isEqualTo("04.12.2026");
        assertThat(DanishDates.CONVERTER.fromString("04.12.2026")).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(DanishDates.CONVERTER.fromString("4.12.2026")).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(DanishDates.CONVERTER.fromString("12/4/2026")).as("the US form is not read as a date").isNull();
        assertThat(DanishDates.CONVERTER.toString(null)).isEmpty();
    }
}
