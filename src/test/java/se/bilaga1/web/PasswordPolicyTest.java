package se.bilaga1.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Only bcrypt hashes of cost 12 or more start the console; a weaker one refuses, naming the user. */
class PasswordPolicyTest {

    private static ConsoleUsers users(String name, String hash) {
        return new ConsoleUsers(List.of(new ConsoleUsers.User(name, hash, ConsoleUsers.Role.ANALYST)));
    }

    @Test
    void aHashOfCostTwelveIsAccepted() {
        String hash = new BCryptPasswordEncoder(12).encode("ett långt lösenord");
        assertThat(new SecurityConfiguration().consoleUsers(users("anna", hash)).loadUserByUsername("anna").getPassword())
                .isEqualTo(hash);
    }

    @Test
    void aWeakerHashRefusesToStartNamingTheUser() {
        String weak = new BCryptPasswordEncoder(4).encode("ett långt lösenord");
        assertThatThrownBy(() -> new SecurityConfiguration().consoleUsers(users("ville", weak)))
                .hasMessageContaining("bilaga1.web.users[0] (ville)").hasMessageContaining("cost 4")
                .hasMessageContaining("at least 12");
        assertThatThrownBy(() -> new SecurityConfiguration().consoleUsers(users("ville", "ett långt lösenord")))
                .hasMessageContaining("must be a bcrypt hash");
    }

    @Test
    void hashPasswordMakesHashesOfTheLeastCostAccepted() {
        assertThat(SecurityConfiguration.MIN_BCRYPT_COST).isEqualTo(12);
        assertThat(((BCryptPasswordEncoder) new SecurityConfiguration().passwordEncoder()).encode("x")).startsWith("$2a$12$");
    }
}
