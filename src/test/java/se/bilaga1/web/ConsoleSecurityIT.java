package se.bilaga1.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import se.bilaga1.testsupport.TestRebuild;
import se.bilaga1.testsupport.SmallCounts;

/**
 * Who may do what in the console, over the real filter chain: only the health check without login, VIEWER reads
 * and downloads, ANALYST may also rebuild, every POST needs its CSRF token, a wrong password stays out, users'
 * passwords must be bcrypt hashes, no page ever shows a coordinator case's id, no page a VIEWER opens shows a small
 * count of a region's cases, and only an ANALYST opens a run's internal accounting.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsoleSecurityIT {

    static final Path OUTPUT = Path.of(System.getProperty("user.dir"), "target", "test-data", "console-" + UUID.randomUUID());

    @DynamicPropertySource
    static void usersAndFolders(DynamicPropertyRegistry registry) {
        ConsoleTestUsers.register(registry, OUTPUT, "anna:ANALYST:anna-har-ett-langt-losen",
                "ville:VIEWER:ville-har-ett-langt-losen");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRebuild rebuild;

    @Test
    void onlyTheHealthCheckAndTheLoginPageAnswerWithoutLogin() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/logga-in")).andExpect(status().isOk());
        for (String page : List.of("/korningar", "/korningar/1", "/ogonblicksbilder", "/ombyggnad",
                "/ogonblicksbilder/2024/1/bilaga1-2024.xlsx")) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/logga-in"));
        }
        // the operator's endpoints answer a program, not a browser: no login page, just 401
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    }

    @Test
    void theRightPasswordLogsInAndAWrongOneDoesNot() throws Exception {
        mvc.perform(formLogin("/logga-in").user("anna").password("anna-har-ett-langt-losen"))
                .andExpect(redirectedUrl("/korningar"));
        mvc.perform(formLogin("/logga-in").user("anna").password("fel-losen"))
                .andExpect(redirectedUrl("/logga-in?error"));
        mvc.perform(formLogin("/logga-in").user("okand").password("anna-har-ett-langt-losen"))
                .andExpect(redirectedUrl("/logga-in?error"));
    }

    @Test
    void aViewerReadsButMayNotRebuild() throws Exception {
        int runs = runs();
        mvc.perform(get("/korningar").with(user("ville").roles("VIEWER"))).andExpect(status().isOk());
        mvc.perform(get("/ogonblicksbilder").with(user("ville").roles("VIEWER"))).andExpect(status().isOk());
        mvc.perform(get("/ombyggnad").with(user("ville").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(post("/ombyggnad").param("year", "2024").with(csrf()).with(user("ville").roles("VIEWER")))
                .andExpect(status().isForbidden());
        String page = mvc.perform(get("/korningar").with(user("ville").roles("VIEWER"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("Starta ombyggnad").contains("Körningar");
        assertThat(runs()).isEqualTo(runs);
    }

    @Test
    void everyPostNeedsItsCsrfToken() throws Exception {
        int runs = runs();
        mvc.perform(post("/ombyggnad").param("year", "2024").with(user("anna").roles("ANALYST")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/ombyggnad").param("year", "2024").with(csrf().useInvalidToken()).with(user("anna").roles("ANALYST")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logga-in").param("username", "anna").param("password", "anna-har-ett-langt-losen"))
                .andExpect(status().isForbidden());
        assertThat(runs()).isEqualTo(runs);
    }

    @Test
    void forceAsksForConfirmationBeforeItStartsAnything() throws Exception {
        int runs = runs();
        String page = mvc.perform(post("/ombyggnad").param("year", "2024").param("force", "true").with(csrf())
                .with(user("anna").roles("ANALYST"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Ja, bygg om med --force").contains("name=\"confirmed\"");
        assertThat(runs()).isEqualTo(runs);
    }

    @Test
    void pagesShowAggregatesAndProvenanceButNeverACaseId() throws Exception {
        var run = rebuild.rebuild(2024, Path.of("input"), OUTPUT.resolve("output"));
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> caseIds = jdbc.queryForList("SELECT DISTINCT arende_id FROM regionkoordinator_case", String.class);
        assertThat(caseIds).hasSizeGreaterThan(600);

        String runPage = mvc.perform(get("/korningar/" + run.getId()).with(user("ville").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the planned duplicate in syd-2023.xlsx is quarantined: a viewer is not shown the row (it would count
        // Syd's quarantined cases), let alone its value
        assertThat(runPage).contains("regionkoordinatorer/syd-2023.xlsx").doesNotContain("(dold: ärendeuppgift)")
                .doesNotContain("given twice").contains("stodprogram.delar_mot_totalt").contains("status-FEL");
        String runsPage = mvc.perform(get("/korningar").with(user("ville").roles("VIEWER"))).andReturn().getResponse()
                .getContentAsString();
        String snapshotsPage = mvc.perform(get("/ogonblicksbilder").with(user("ville").roles("VIEWER"))).andReturn()
                .getResponse().getContentAsString();
        String everything = runPage + runsPage + snapshotsPage;
        assertThat(caseIds).noneMatch(everything::contains);

        // no count of cases per coordinator file or per region and year from 1 to 3 beside its name, on any page a
        // viewer opens: Syd 2023's one quarantined case, say, is .. as in the workbook
        List<SmallCounts.Sensitive> small = SmallCounts.of(jdbc, 3);
        assertThat(small).contains(new SmallCounts.Sensitive("regionkoordinatorer/syd-2023.xlsx", 1, "i karantän"));
        List<SmallCounts.Record> records = new java.util.ArrayList<>(SmallCounts.html("run page", runPage));
        records.addAll(SmallCounts.html("runs", runsPage));
        records.addAll(SmallCounts.html("snapshots", snapshotsPage));
        // a coordinator file's counts are never shown: read, loaded and quarantined all ..
        assertThat(records).anySatisfy(r -> assertThat(r.fields()).containsSubsequence("regionkoordinatorer/syd-2023.xlsx",
                "LOADED", "..", "..", ".."));
        assertThat(SmallCounts.leaks(records, small)).isEmpty();
        // a step that loads people's rows shows no counts (a night may load one region's file)
        assertThat(records).anySatisfy(r -> assertThat(r.fields()).startsWith("loadRegionkoordinatorer", "COMPLETED",
                "..", ".."));

        // downloads: the snapshot's own files, by name only
        byte[] workbook = mvc.perform(get("/ogonblicksbilder/2024/1/bilaga1-2024.xlsx").with(user("ville").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(workbook).isEqualTo(Files.readAllBytes(OUTPUT.resolve("output/bilaga1-2024.xlsx")));
        mvc.perform(get("/ogonblicksbilder/2024/1/application.yml").with(user("ville").roles("VIEWER")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ogonblicksbilder/2024/99/bilaga1-2024.xlsx").with(user("ville").roles("VIEWER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAnAnalystOpensARunsInternalAccountingAndItSaysSo() throws Exception {
        var run = rebuild.rebuild(2024, Path.of("input"), OUTPUT.resolve("output"));
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String internal = "/korningar/" + run.getId() + "/intern";
        mvc.perform(get(internal).with(user("ville").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get(internal)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/logga-in"));
        String page = mvc.perform(get(internal).with(user("anna").roles("ANALYST"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        // exact accounting, marked internal: Syd 2023's one quarantined case, which no viewer sees
        assertThat(page).contains("Intern uppgift, bara för analytiker");
        List<String> files = java.util.Arrays.stream(page.split("<tr class=\"intern-file\">")).skip(1).toList();
        assertThat(files).anySatisfy(row -> assertThat(row).contains("regionkoordinatorer/syd-2023.xlsx")
                .contains("<td class=\"num\">69</td><td class=\"num\">67</td>")
                .contains("<td class=\"num\">1</td><td class=\"num\">1</td>"));
        // where its quarantined cell is, never what it says nor a reason quoting the case
        String duplicate = jdbc.queryForObject("SELECT q.raw_value FROM quarantine_row q JOIN source_file f ON f.id ="
                + " q.source_file_id WHERE f.file_name = 'regionkoordinatorer/syd-2023.xlsx'", String.class);
        assertThat(page).contains("(dold: ärendeuppgift)", "samma id förekommer redan i filen").doesNotContain(duplicate)
                .doesNotContain("Syd 2023").doesNotContain("given twice");
        // the viewer's run page links to it for an analyst only
        assertThat(mvc.perform(get("/korningar/" + run.getId()).with(user("anna").roles("ANALYST"))).andReturn()
                .getResponse().getContentAsString()).contains(internal);
        assertThat(mvc.perform(get("/korningar/" + run.getId()).with(user("ville").roles("VIEWER"))).andReturn()
                .getResponse().getContentAsString()).doesNotContain(internal);
    }

    @Test
    void aPasswordInPlainTextIsRefusedAtStartup() {
        var config = new ConsoleUsers(List.of(new ConsoleUsers.User("anna", "hemligt-i-klartext", ConsoleUsers.Role.ANALYST)));
        assertThatThrownBy(() -> new SecurityConfiguration().consoleUsers(config))
                .hasMessageContaining("bilaga1.web.users[0] (anna): the password must be a bcrypt hash")
                .hasMessageContaining("hash-password");
    }

    private int runs() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class);
    }
}
