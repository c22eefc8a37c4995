package kz.kuzet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OsSupportTableTest {

    private final OsSupportTable table = OsSupportTable.load();

    @Test
    void theTableIsDatedAndNamesItsSources() {
        assertThat(table.compiled()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(String.join(" ", table.sources())).contains("Microsoft", "Canonical", "Red Hat", "Astra", "Debian");
    }

    @Test
    void everyOperatingSystemOfTheDemoWorldIsInTheTable() {
        List<String> demo = List.of("Windows 10 Pro 22H2", "Windows 11 Pro 23H2", "Windows 11 Pro 24H2",
                "Astra Linux SE 1.7", "Windows 7 SP1", "Alt Linux 10", "Windows Server 2019", "Windows Server 2022",
                "Ubuntu 22.04 LTS", "Red Hat Enterprise Linux 8", "CentOS 7", "Windows Server 2012 R2", "Debian 12");
        for (String os : demo) {
            assertThat(table.match(os)).as(os).isPresent();
        }
    }

    @Test
    void specificLinesWinOverGeneralOnes() {
        assertThat(end("Windows 11 Enterprise 23H2")).isEqualTo("2026-11-10");
        assertThat(end("Windows 11 Pro 23H2")).isEqualTo("2025-11-11");
        assertThat(end("Red Hat Enterprise Linux 9.8")).isEqualTo("2032-05-31");
        assertThat(end("RHEL 8.10")).isEqualTo("2029-05-31");
        assertThat(end("Windows Server 2012 R2")).isEqualTo("2023-10-10");
        assertThat(table.match("FreeDOS 1.3")).isEmpty();
        assertThat(table.match("Astra Linux SE 1.7").orElseThrow().endOfSupport()).isEmpty();
    }

    private String end(String os) {
        return table.match(os).orElseThrow().endOfSupport().orElseThrow().toString();
    }
}
