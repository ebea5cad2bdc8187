package com.portfolioreview.report;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessUnitFileNameTest {

    private static String sha8(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 8);
    }

    @Test
    void lowerCaseWithEveryRunOfOtherCharactersOneDash() {
        assertThat(BusinessUnitFileName.of("Infrastructure & Cloud")).isEqualTo("infrastructure-cloud");
        assertThat(BusinessUnitFileName.of("  Service Desk ")).isEqualTo("service-desk");
        assertThat(BusinessUnitFileName.of("Réseau/Télécom")).isEqualTo("reseau-telecom");
    }

    @Test
    void aNameOf60CharactersIsKeptWhole() {
        String sixty = "a".repeat(60);
        assertThat(BusinessUnitFileName.of(sixty)).isEqualTo(sixty);
    }

    @Test
    void aLongerNameIsCutTo60CharactersEndingWithItsHash() throws Exception {
        String unit = "Global Infrastructure Operations ".repeat(10).substring(0, 300);
        String name = BusinessUnitFileName.of(unit);
        assertThat(name).hasSize(60).isEqualTo("global-infrastructure-operations-global-infrastruct-" + sha8(unit));
        assertThat(BusinessUnitFileName.of("a".repeat(61))).isEqualTo("a".repeat(51) + "-" + sha8("a".repeat(61)));
    }

    @Test
    void twoLongNamesThatDifferOnlyAfterTheCutGetDifferentNames() {
        String common = "Operations ".repeat(10);
        assertThat(BusinessUnitFileName.of(common + "North")).isNotEqualTo(BusinessUnitFileName.of(common + "South"));
    }

    @Test
    void aCutNeverEndsWithTheWordSeparatorBeforeTheHash() throws Exception {
        String unit = "x".repeat(50) + " and more words";
        assertThat(BusinessUnitFileName.of(unit)).isEqualTo("x".repeat(50) + "-" + sha8(unit));
    }

    @Test
    void aNameWithNoLetterOrDigitIsTheHashAlone() throws Exception {
        assertThat(BusinessUnitFileName.of("???")).isEqualTo("-" + sha8("???"));
        assertThat(BusinessUnitFileName.of("!!!")).isNotEqualTo(BusinessUnitFileName.of("???"));
    }

    @Test
    void theHashedFormTellsApartUnitsWhosePlainNamesCollide() throws Exception {
        assertThat(BusinessUnitFileName.hashed("Service-Desk")).isEqualTo("service-desk-" + sha8("Service-Desk"));
        assertThat(BusinessUnitFileName.hashed("Service-Desk")).isNotEqualTo(BusinessUnitFileName.hashed("Service Desk"));
    }
}
