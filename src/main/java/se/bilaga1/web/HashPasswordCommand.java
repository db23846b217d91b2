package se.bilaga1.web;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code hash-password}: reads a password (hidden on a terminal, else the first line of standard input) and prints
 * its bcrypt hash, for {@code bilaga1.web.users[n].password}. The password itself is never stored or printed.
 */
@Component
public class HashPasswordCommand implements ApplicationRunner, ExitCodeGenerator {

    private int exitCode;

    @Override
    public void run(ApplicationArguments args) throws Exception {
        List<String> command = args.getNonOptionArgs();
        if (command.isEmpty() || !command.get(0).equals("hash-password")) {
            return;
        }
        String password;
        if (System.console() != null) {
            char[] typed = System.console().readPassword("Lösenord: ");
            password = typed == null ? null : new String(typed);
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.length() < 12) {
            System.err.println("hash-password: give a password of at least 12 characters");
            exitCode = 2;
            return;
        }
        System.out.println(new BCryptPasswordEncoder(SecurityConfiguration.MIN_BCRYPT_COST).encode(password));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
