package dk.henvis.formats.common;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.AccessibilityText;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextRulesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Gratis|0", "Fri entré|0", "fri entre|0", "GRATIS – kaffe 10 kr.|0", "50 kr.|50", "Kr. 25,-|25",
        "250 kr. for 10 gange|250", "1.150 kr.|1150", "25,50 kr|25.5", "75|75", "Kaffe 10 kr, kage 15 kr|10",
        "Medlemskab 300 kroner om året|300"})
    void priceTexts(String text, String amount) {
        assertThat(CostText.amount(text)).isEqualByComparingTo(new BigDecimal(amount));
    }

    @Test
    void textWithoutPriceWordsIsUnknown() {
        assertThat(CostText.amount("Se hjemmesiden")).isNull();
        assertThat(CostText.amount(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Niveaufri adgang|STEP_FREE", "Der er elevator|STEP_FREE", "Egnet for kørestol|STEP_FREE",
        "Rampe ved bagindgangen, handicaptoilet|STEP_FREE", "Trappe eller elevator til 2. sal|STEP_FREE",
        "Ingen trapper|STEP_FREE", "Ikke trinfri|NOT_STEP_FREE", "Ikke egnet for kørestol|NOT_STEP_FREE",
        "Trapper til 1. sal, ingen elevator|NOT_STEP_FREE", "Tre trin ved indgangen|NOT_STEP_FREE",
        "Trappen er stejl|NOT_STEP_FREE", "Parkering ved døren|UNKNOWN", "Strinning|UNKNOWN"})
    void accessibilityTexts(String text, Access expected) {
        assertThat(AccessibilityText.classify(text)).isEqualTo(expected);
    }

    @Test
    void htmlBecomesPlainTextWithParagraphs() {
        assertThat(PlainText.fromHtml("<h2>Kor</h2><p>Vi&nbsp;synger <em>hver</em> tirsdag.</p><ul><li>Kaffe</li>"
                + "<li>Kage</li></ul><script>alert(1)</script>"))
                .isEqualTo("Kor\n\nVi synger hver tirsdag.\n\n- Kaffe\n- Kage");
        assertThat(PlainText.fromHtml("Æbler &amp; pærer<br/>og blåbær")).isEqualTo("Æbler & pærer\nog blåbær");
        assertThat(PlainText.fromHtml("  \t\u00A0 ")).isNull();
        assertThat(PlainText.clean(" Sølv\u00A0stænk\t\n kor ")).isEqualTo("Sølv stænk kor");
    }
}
