package se.bilaga1.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.bilaga1.jobs.AuditTrail;

/**
 * The console as a security review tries it, over the real filter chain: five wrong passwords lock a name out for 15
 * minutes (the right password is not even tried meanwhile) and the message never says which was wrong; after the
 * lockout the right password works; every login, failure, lockout, download, rebuild started and refusal is in the
 * audit trail (one row and one log line each), which only an ANALYST reads; every page carries a strict
 * Content-Security-Policy, and HSTS over HTTPS.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsoleHardeningIT {

    static final Path OUTPUT = Path.of(System.getProperty("user.dir"), "target", "test-data", "hardening-" + UUID.randomUUID());

    @DynamicPropertySource
    static void usersAndFolders(DynamicPropertyRegistry registry) {
        ConsoleTestUsers.register(registry, OUTPUT, "anna:ANALYST:anna-har-ett-langt-losen",
                "ville:VIEWER:ville-har-ett-langt-losen");
        registry.add("bilaga1.security.max-failures", () -> "5");
    }

    @TestConfiguration
    static class MovableClock {
        @Bean
        LoginThrottleTest.TestClock clock() {
            return new LoginThrottleTest.TestClock();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail audit;

    @Autowired
    LoginThrottleTest.TestClock clock;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String user,
            String password, String address) {
        return post("/logga-in").param("username", user).param("password", password).with(csrf()).with(from(address));
    }

    private List<AuditTrail.Entry> auditOf(String actor) {
        return audit.latest(500).stream().filter(e -> actor.equals(e.actor())).toList();
    }

    @Test
    void fiveWrongPasswordsLockTheNameOutUntilTheLockoutEnds() throws Exception {
        for (int i = 1; i <= 4; i++) {
            mvc.perform(login("ville", "fel-" + i, "192.0.2." + i))
                    .andExpect(redirectedUrl("/logga-in?error"));
        }
        mvc.perform(login("ville", "fel-5", "192.0.2.5"))
                .andExpect(redirectedUrl("/logga-in?sparrad"));
        // locked: the right password is not tried, and the answer is the same as for a wrong one
        mvc.perform(login("ville", "ville-har-ett-langt-losen", "192.0.2.6"))
                .andExpect(redirectedUrl("/logga-in?sparrad"));
        String lockedPage = mvc.perform(get("/logga-in?sparrad")).andReturn().getResponse().getContentAsString();
        assertThat(lockedPage).contains("För många misslyckade inloggningar").doesNotContain("lösenordet var fel")
                .doesNotContain("finns inte");
        // another name is not locked
        mvc.perform(login("anna", "anna-har-ett-langt-losen", "192.0.2.7"))
                .andExpect(redirectedUrl("/korningar"));

        clock.now = clock.now.plus(Duration.ofMinutes(15));
        mvc.perform(login("ville", "ville-har-ett-langt-losen", "192.0.2.6"))
                .andExpect(redirectedUrl("/korningar"));

        List<AuditTrail.Event> events = auditOf("ville").stream().map(AuditTrail.Entry::event).toList();
        assertThat(events).containsSubsequence(AuditTrail.Event.LOGIN, AuditTrail.Event.LOGIN_FAILED,
                AuditTrail.Event.LOCKOUT, AuditTrail.Event.LOGIN_FAILED);
        assertThat(events.stream().filter(e -> e == AuditTrail.Event.LOGIN_FAILED)).hasSize(6);
        assertThat(auditOf("ville")).anySatisfy(e -> assertThat(e.address()).isEqualTo("192.0.2.5"))
                .allSatisfy(e -> assertThat(e.what()).doesNotContain("fel-").doesNotContain("langt-losen"));
    }

    @Test
    void fiveFailuresFromOneAddressLockTheAddress() throws Exception {
        for (int i = 1; i <= 5; i++) {
            mvc.perform(login("gissning" + i, "x", "198.51.100.9"));
        }
        mvc.perform(login("anna", "anna-har-ett-langt-losen", "198.51.100.9"))
                .andExpect(redirectedUrl("/logga-in?sparrad"));
        assertThat(audit.latest(500)).anySatisfy(e -> {
            assertThat(e.event()).isEqualTo(AuditTrail.Event.LOCKOUT);
            assertThat(e.address()).isEqualTo("198.51.100.9");
        });
    }

    @Test
    void refusalsAndRebuildsAreAuditedAndOnlyAnAnalystReadsTheTrail() throws Exception {
        mvc.perform(post("/ombyggnad").param("year", "1999").with(csrf()).with(user("ville").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/revision").with(user("ville").roles("VIEWER"))).andExpect(status().isForbidden());
        assertThat(auditOf("ville")).anySatisfy(e -> {
            assertThat(e.event()).isEqualTo(AuditTrail.Event.REFUSED);
            assertThat(e.what()).isEqualTo("POST /ombyggnad");
        });
        mvc.perform(post("/ombyggnad").param("year", "2024").with(csrf()).with(user("anna").roles("ANALYST")))
                .andExpect(status().is3xxRedirection());
        assertThat(auditOf("anna")).anySatisfy(e -> {
            assertThat(e.event()).isEqualTo(AuditTrail.Event.REBUILD_STARTED);
            assertThat(e.what()).isEqualTo("ombyggnad 2024");
        });
        String page = mvc.perform(get("/revision").with(user("anna").roles("ANALYST"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Revisionslogg").contains("REFUSED").contains("POST /ombyggnad")
                .contains("REBUILD_STARTED");
    }

    @Test
    void everyPageHasAStrictContentSecurityPolicyAndHttpsGetsHsts() throws Exception {
        mvc.perform(get("/logga-in")).andExpect(header().string("Content-Security-Policy",
                SecurityConfiguration.CONTENT_SECURITY_POLICY));
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("script-src 'self'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").contains("frame-ancestors 'none'");
        mvc.perform(get("/logga-in")).andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/logga-in").secure(true)).andExpect(header().string("Strict-Transport-Security",
                "max-age=31536000 ; includeSubDomains"));
    }
}
