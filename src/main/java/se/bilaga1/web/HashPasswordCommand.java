package se.bilaga1.web;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import se.bilaga1.jobs.Command;
import se.bilaga1.jobs.RebuildCommand;

/**
 * {@code hash-password}: reads a password (hidden on a terminal, else the first line of standard input) and prints
 * its bcrypt hash, for {@code bilaga1.web.users[n].password}. The password itself is never stored or printed.
 */
@Component
public class HashPasswordCommand extends Command {

    HashPasswordCommand() {
        super("hash-password");
    }

    @Override
    protected int execute(List<String> operands, ApplicationArguments args) throws Exception {
        String password;
        if (System.console() != null) {
            char[] typed = System.console().readPassword("Lösenord: ");
            password = typed == null ? null : new String(typed);
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.length() < 12) {
            return usage("hash-password: give a password of at least 12 characters");
        }
        System.out.println(new BCryptPasswordEncoder(SecurityConfiguration.MIN_BCRYPT_COST).encode(password));
        return RebuildCommand.ExitCodes.OK;
    }
}
